package com.hashinsight.economics;

import java.util.Arrays;

/**
 * The 10th, 50th and 90th percentiles of a distribution.
 *
 * @param p10 10th percentile
 * @param p50 median
 * @param p90 90th percentile
 */
public record Percentiles(double p10, double p50, double p90) {

    /**
     * Computes the percentiles of {@code values} by linear interpolation between order statistics
     * (Hyndman and Fan type 7, the default of R and NumPy). NaN values are left out, and an array
     * with no numbers gives NaN percentiles. The array is sorted in place.
     */
    public static Percentiles ofSortingInPlace(double[] values) {
        Arrays.sort(values);
        int count = values.length;
        while (count > 0 && Double.isNaN(values[count - 1])) {
            count--;
        }
        return new Percentiles(quantile(values, count, 0.10), quantile(values, count, 0.50), quantile(values, count, 0.90));
    }

    /** Type-7 quantile {@code q} of the first {@code count} sorted values; NaN when {@code count} is 0. */
    static double quantile(double[] sorted, int count, double q) {
        if (count == 0) {
            return Double.NaN;
        }
        double position = q * (count - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, count - 1);
        double weight = position - below;
        return sorted[below] + weight * (sorted[above] - sorted[below]);
    }
}
