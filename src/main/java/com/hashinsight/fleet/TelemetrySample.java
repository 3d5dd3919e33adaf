package com.hashinsight.fleet;

import java.time.Instant;
import java.util.Objects;

/**
 * One telemetry reading of one miner. Missing readings are NaN (or -1 for counts), never 0.
 *
 * @param time             UTC time of the reading
 * @param serial           miner serial
 * @param hashrateThs      hashrate in TH/s averaged over {@code windowSeconds}; NaN when not reported
 * @param windowSeconds    averaging window of the hashrate in seconds (5, 60, 900, or 0 for "since boot")
 * @param powerW           power at the wall in W; NaN when not reported
 * @param boardTempC       hottest hashboard in °C; NaN when missing
 * @param chipTempC        hottest chip in °C; NaN when missing
 * @param inletTempC       air or coolant inlet in °C; NaN when missing
 * @param outletTempC      air or coolant outlet in °C; NaN when missing
 * @param fanRpm           mean fan speed in rpm; NaN when missing or fanless
 * @param boardsActive     hashboards hashing; -1 when unknown
 * @param chipErrors       hardware errors since the previous reading; -1 when unknown
 * @param status           OK, INCOMPLETE (power but no hashrate or temperatures), WARN, FAULT or OFF
 * @param errorCodes       vendor error codes separated by ';', empty when none
 * @param source           where the reading came from: csv, pyasic, cgminer, luxos, simulator
 */
public record TelemetrySample(Instant time, String serial, double hashrateThs, int windowSeconds,
        double powerW, double boardTempC, double chipTempC, double inletTempC, double outletTempC,
        double fanRpm, int boardsActive, int chipErrors, String status, String errorCodes, String source) {

    public TelemetrySample {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(status, "status");
        errorCodes = errorCodes == null ? "" : errorCodes;
    }
}
