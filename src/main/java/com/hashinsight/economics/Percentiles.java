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

    /**
     * Computes the same percentiles as {@link #ofSortingInPlace} by selection instead of a full sort,
     * in linear expected time. The array is reordered in place.
     */
    public static Percentiles ofSelectingInPlace(double[] values) {
        int count = moveNaNToEnd(values);
        if (count == 0) {
            return new Percentiles(Double.NaN, Double.NaN, Double.NaN);
        }
        double[] result = new double[3];
        double[] quantiles = {0.10, 0.50, 0.90};
        int from = 0;
        for (int i = 0; i < quantiles.length; i++) {
            double position = quantiles[i] * (count - 1);
            int below = (int) Math.floor(position);
            select(values, from, count - 1, below);
            double lower = values[below];
            double upper = lower;
            if (below + 1 < count && position > below) {
                upper = values[below + 1];
                for (int j = below + 2; j < count; j++) {
                    upper = Math.min(upper, values[j]);
                }
            }
            result[i] = lower + (position - below) * (upper - lower);
            from = below;
        }
        return new Percentiles(result[0], result[1], result[2]);
    }

    /** Moves NaN values behind the numbers and returns how many numbers there are. */
    private static int moveNaNToEnd(double[] values) {
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                double swap = values[count];
                values[count++] = values[i];
                values[i] = swap;
            }
        }
        return count;
    }

    /** Reorders {@code values[low..high]} so that index {@code k} has the value it would have if sorted (Hoare's quickselect). */
    private static void select(double[] values, int low, int high, int k) {
        while (high > low) {
            int middle = (low + high) >>> 1;
            double pivot = medianOfThree(values[low], values[middle], values[high]);
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                return;
            }
        }
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
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
