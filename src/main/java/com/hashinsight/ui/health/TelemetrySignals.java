package com.hashinsight.ui.health;

import com.hashinsight.fleet.TelemetrySample;

/**
 * Condition of one miner over a window of its telemetry.
 *
 * @param readings           readings in the window, one per timestamp
 * @param maxChipTempC       hottest chip, or hottest board where chips are not reported, in °C; NaN when neither is
 * @param chipErrorsPerHour  hardware errors per hour of the window; NaN when the miner reports none of its counts
 * @param hashrateRatio      mean hashrate while up divided by the model's nameplate hashrate; NaN when never up
 * @param faultShare         share of readings with status FAULT, 0 to 1
 */
public record TelemetrySignals(int readings, double maxChipTempC, double chipErrorsPerHour, double hashrateRatio,
        double faultShare) {

    /** Running sums over one miner's readings; rows that share a timestamp count once, the largest window wins. */
    static final class Accumulator {

        private TelemetrySample pending;
        private int readings;
        private int faults;
        private double maxTempC = Double.NaN;
        private long errors;
        private boolean errorsReported;
        private double hashrateSum;
        private int upReadings;

        void add(TelemetrySample sample) {
            if (pending != null && !pending.time().equals(sample.time())) {
                count(pending);
            }
            pending = sample;
        }

        /** Returns the signals of the readings added so far, over a window of {@code hours} hours. */
        TelemetrySignals signals(double nominalThs, double hours) {
            if (pending != null) {
                count(pending);
                pending = null;
            }
            double errorsPerHour = errorsReported ? errors / hours : Double.NaN;
            double ratio = upReadings == 0 ? Double.NaN : hashrateSum / upReadings / nominalThs;
            double faultShare = readings == 0 ? 0 : (double) faults / readings;
            return new TelemetrySignals(readings, maxTempC, errorsPerHour, ratio, faultShare);
        }

        private void count(TelemetrySample sample) {
            readings++;
            if ("FAULT".equals(sample.status())) {
                faults++;
            }
            double temp = Double.isFinite(sample.chipTempC()) ? sample.chipTempC() : sample.boardTempC();
            if (Double.isFinite(temp) && !(temp <= maxTempC)) {
                maxTempC = temp;
            }
            if (sample.chipErrors() >= 0) {
                errors += sample.chipErrors();
                errorsReported = true;
            }
            boolean up = ("OK".equals(sample.status()) || "WARN".equals(sample.status())) && sample.hashrateThs() > 0;
            if (up) {
                hashrateSum += sample.hashrateThs();
                upReadings++;
            }
        }
    }
}
