package com.hashinsight.importer;

import com.hashinsight.fleet.TelemetrySample;
import com.hashinsight.store.BoardReading;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stores telemetry samples and board readings of one import, and checks serials against the miner table. */
final class TelemetryWriter implements AutoCloseable {

    private final KeyedWriter samples;
    private final KeyedWriter boards;
    private final Set<String> knownSerials = new HashSet<>();

    TelemetryWriter(ImportContext context) throws SQLException {
        this.samples = new KeyedWriter(context, "miner_telemetry", List.of("serial", "ts", "hashrate_window_s"),
                List.of("hashrate_ths", "power_w", "board_temp_c", "chip_temp_c", "inlet_temp_c", "outlet_temp_c", "fan_rpm",
                        "boards_active", "chip_errors", "status", "error_codes", "source"));
        this.boards = new KeyedWriter(context, "board_telemetry", List.of("serial", "ts", "board"),
                List.of("hashrate_ths", "board_temp_c", "chip_temp_c", "chips"));
        try (var statement = context.connection().createStatement(); var rows = statement.executeQuery("SELECT serial FROM miner")) {
            while (rows.next()) {
                knownSerials.add(rows.getString(1));
            }
        }
    }

    boolean isKnown(String serial) {
        return knownSerials.contains(serial);
    }

    /** Stores {@code sample} after applying {@link TelemetryRules}. */
    void add(long line, TelemetrySample sample) throws SQLException {
        TelemetrySample s = TelemetryRules.apply(sample);
        samples.add(line, s.serial(), s.time(), s.windowSeconds(), s.hashrateThs(), s.powerW(), s.boardTempC(), s.chipTempC(),
                s.inletTempC(), s.outletTempC(), s.fanRpm(), count(s.boardsActive()), count(s.chipErrors()), s.status(),
                s.errorCodes(), s.source());
    }

    /** Stores one board reading; a 0.0 °C temperature on a hashing board is stored as missing. */
    void add(long line, BoardReading board) throws SQLException {
        boards.add(line, board.serial(), board.time(), board.board(), board.hashrateThs(),
                TelemetryRules.hashboardTemp(board.boardTempC(), board.hashrateThs()),
                TelemetryRules.hashboardTemp(board.chipTempC(), board.hashrateThs()), count(board.chips()));
    }

    /** Writes the queued rows, so {@link #counts()} is final. */
    void flush() throws SQLException {
        samples.flush();
        boards.flush();
    }

    ImportCounts counts() {
        return new ImportCounts(samples.accepted() + boards.accepted(), samples.unchanged() + boards.unchanged());
    }

    @Override
    public void close() throws SQLException {
        try {
            samples.close();
        } finally {
            boards.close();
        }
    }

    private static Integer count(int value) {
        return value < 0 ? null : value;
    }
}
