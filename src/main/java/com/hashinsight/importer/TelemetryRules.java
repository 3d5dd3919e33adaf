package com.hashinsight.importer;

import com.hashinsight.fleet.TelemetrySample;
import java.util.Set;

/**
 * Rules every telemetry importer applies before storing a reading.
 * <ul>
 *   <li>A board or chip temperature of exactly 0.0 °C on a miner that is hashing is a failed sensor
 *       read, stored as missing. Inlet and outlet temperatures keep 0.0, a real winter air temperature.</li>
 *   <li>A reading with power but neither hashrate nor any temperature is INCOMPLETE, not a dead
 *       (OFF or FAULT) miner.</li>
 *   <li>Without a status, a reading is OK when it hashes and OFF when it does not.</li>
 * </ul>
 */
final class TelemetryRules {

    static final Set<String> STATUSES = Set.of("OK", "INCOMPLETE", "WARN", "FAULT", "OFF");
    /** Plausible range of any temperature reading in °C; values outside are rejected. */
    static final double MIN_TEMP_C = -50;
    static final double MAX_TEMP_C = 150;

    private TelemetryRules() {
    }

    /** Returns NaN for a 0.0 °C reading while hashing, else {@code tempC} unchanged. */
    static double hashboardTemp(double tempC, double hashrateThs) {
        return tempC == 0.0 && hashrateThs > 0 ? Double.NaN : tempC;
    }

    /** Returns the status to store for a reading, given the status read from the file (null when absent). */
    static String status(String given, double hashrateThs, double powerW, double boardTempC, double chipTempC,
            double inletTempC, double outletTempC) {
        boolean noTemps = Double.isNaN(boardTempC) && Double.isNaN(chipTempC) && Double.isNaN(inletTempC)
                && Double.isNaN(outletTempC);
        if (powerW > 0 && Double.isNaN(hashrateThs) && noTemps) {
            return "INCOMPLETE";
        }
        if (given != null) {
            return given;
        }
        return hashrateThs > 0 ? "OK" : "OFF";
    }

    /** Returns {@code sample} with the rules applied. */
    static TelemetrySample apply(TelemetrySample sample) {
        double board = hashboardTemp(sample.boardTempC(), sample.hashrateThs());
        double chip = hashboardTemp(sample.chipTempC(), sample.hashrateThs());
        String status = status(sample.status(), sample.hashrateThs(), sample.powerW(), board, chip, sample.inletTempC(),
                sample.outletTempC());
        return new TelemetrySample(sample.time(), sample.serial(), sample.hashrateThs(), sample.windowSeconds(), sample.powerW(),
                board, chip, sample.inletTempC(), sample.outletTempC(), sample.fanRpm(), sample.boardsActive(), sample.chipErrors(),
                status, sample.errorCodes(), sample.source());
    }
}
