package com.hashinsight.economics;

import java.util.Arrays;
import java.util.SplittableRandom;

/** A random model of the BTC price used by the Monte Carlo projection. */
public interface PriceModel {

    /**
     * Draws the natural-log return of the BTC price over {@code days} days.
     *
     * @param random the path's random source
     * @param days   horizon in days, positive
     */
    double sampleLogReturn(SplittableRandom random, int days);

    /** Short label for reports, for example "bootstrap" or "GBM". */
    String label();

    /** Returns daily log returns ln(p[t+1] / p[t]) of chronological closes; non-positive or NaN closes are skipped. */
    static double[] dailyLogReturns(double[] chronologicalCloses) {
        double[] returns = new double[Math.max(0, chronologicalCloses.length - 1)];
        int count = 0;
        double previous = Double.NaN;
        for (double close : chronologicalCloses) {
            if (!(close > 0) || Double.isInfinite(close)) {
                continue;
            }
            if (!Double.isNaN(previous)) {
                returns[count++] = Math.log(close / previous);
            }
            previous = close;
        }
        return Arrays.copyOf(returns, count);
    }
}
