package com.hashinsight.ui.comparison;

import java.util.List;

/**
 * Cumulative return on investment by month, as a band of quantiles. Index 0 is month 0 (the purchase), so a
 * 36-month curve has 37 points. Values are percent of the capital spent: -100 at purchase, 0 at payback.
 *
 * @param p10 10th percentile by month
 * @param p50 median by month
 * @param p90 90th percentile by month
 */
public record RoiCurve(List<Double> p10, List<Double> p50, List<Double> p90) {

    public RoiCurve {
        p10 = List.copyOf(p10);
        p50 = List.copyOf(p50);
        p90 = List.copyOf(p90);
        if (p10.size() != p50.size() || p50.size() != p90.size() || p50.isEmpty()) {
            throw new IllegalArgumentException("quantile curves must be non-empty and equally long, got "
                    + p10.size() + ", " + p50.size() + " and " + p90.size() + " points");
        }
    }

    /** Number of months after the purchase that the curve covers. */
    public int months() {
        return p50.size() - 1;
    }
}
