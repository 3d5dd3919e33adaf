package com.hashinsight.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The readings that one device API reply (or several replies of the same device) report about a
 * miner, in stored units, before they become telemetry rows. Fields stay NaN, null or empty when the reply
 * lacks them. Parsers fill it; {@link DeviceRepliesImporter} stores it.
 */
final class DeviceReading {

    /** One hashboard. */
    static final class Board {
        final int index;
        double hashrateThs = Double.NaN;
        double boardTempC = Double.NaN;
        double chipTempC = Double.NaN;
        int chips = -1;

        Board(int index) {
            this.index = index;
        }
    }

    /** Position of the reading in its file, for the rejected-row report. */
    String path = "";
    String serial;
    String mac;
    String model;
    String firmware;
    Instant time;
    /** Hashrate in TH/s by averaging window in seconds (0 = since boot). */
    final TreeMap<Integer, Double> hashrateByWindow = new TreeMap<>();
    double powerW = Double.NaN;
    double inletTempC = Double.NaN;
    double outletTempC = Double.NaN;
    /** Hottest board in °C, when the reply gives it directly rather than per board. */
    double boardTempC = Double.NaN;
    /** Hottest chip in °C, when the reply gives it directly rather than per board. */
    double chipTempC = Double.NaN;
    final List<Double> fanRpms = new ArrayList<>();
    final List<Board> boards = new ArrayList<>();
    final Set<String> errorCodes = new LinkedHashSet<>();
    /** Values that could not be read, reported as rejected but not stopping the rest of the reading. */
    final List<String[]> invalidValues = new ArrayList<>();

    Board board(int index) {
        for (Board board : boards) {
            if (board.index == index) {
                return board;
            }
        }
        Board board = new Board(index);
        boards.add(board);
        return board;
    }

    boolean hasData() {
        return !hashrateByWindow.isEmpty() || !Double.isNaN(powerW) || !boards.isEmpty() || !errorCodes.isEmpty()
                || !Double.isNaN(boardTempC) || !fanRpms.isEmpty();
    }

    /** Records a value that is not a valid reading: field path, value as read, reason key. */
    void invalid(String field, String value, String reasonKey) {
        invalidValues.add(new String[] {field, value, reasonKey});
    }
}
