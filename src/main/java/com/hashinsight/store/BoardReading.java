package com.hashinsight.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One hashboard's reading from a device API reply.
 *
 * @param time         UTC time of the reading
 * @param serial       miner serial
 * @param board        board index from 0
 * @param hashrateThs  board hashrate in TH/s; NaN when not reported
 * @param boardTempC   board temperature in °C; NaN when missing (a 0.0 reading on a hashing board is stored as missing)
 * @param chipTempC    hottest chip on the board in °C; NaN when missing
 * @param chips        chips detected on the board; -1 when unknown
 */
public record BoardReading(Instant time, String serial, int board, double hashrateThs, double boardTempC,
        double chipTempC, int chips) {

    public BoardReading {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(serial, "serial");
        if (board < 0) {
            throw new IllegalArgumentException("board index must not be negative, got " + board);
        }
    }
}
