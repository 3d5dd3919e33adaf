package com.hashinsight.inference;

/**
 * Projected net profit quantiles at three horizons, USD per nominal TH/s.
 *
 * @param days30  horizon of 30 days
 * @param days90  horizon of 90 days
 * @param days365 horizon of 365 days
 */
public record ProfitQuantiles(Band days30, Band days90, Band days365) {

    /**
     * P10, P50 and P90 of one horizon, which the model orders by construction.
     */
    public record Band(double p10, double p50, double p90) {

        public Band {
            if (!(p10 <= p50 && p50 <= p90)) {
                throw new IllegalArgumentException("quantiles must be ordered, got P10=" + p10 + ", P50=" + p50
                        + ", P90=" + p90);
            }
        }
    }

    /** Reads 9 values {@code [horizon 30/90/365][P10/P50/P90]} from {@code values[offset..]}. */
    static ProfitQuantiles of(float[] values, int offset) {
        return new ProfitQuantiles(band(values, offset), band(values, offset + 3), band(values, offset + 6));
    }

    private static Band band(float[] values, int offset) {
        return new Band(values[offset], values[offset + 1], values[offset + 2]);
    }
}
