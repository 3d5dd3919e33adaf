package com.hashinsight.economics;

import java.util.SplittableRandom;

/**
 * Draws BTC price returns by resampling historical daily log returns with replacement.
 *
 * <p>With a block length of 1 each day of the horizon gets an independent historical day, which is
 * the plain bootstrap. A longer block draws runs of consecutive historical days, which keeps
 * volatility clustering inside a block. Prefix sums make a block cost one draw whatever its length.
 */
public final class BootstrapPriceModel implements PriceModel {

    private final double[] prefixSums;
    private final int blockDays;
    private final boolean centered;

    /**
     * Creates the model.
     *
     * @param dailyLogReturns historical daily log returns, at least {@code blockDays} of them, all finite
     * @param blockDays       length of each resampled run of days, positive
     * @throws IllegalArgumentException when there are too few returns or one is not finite
     */
    public BootstrapPriceModel(double[] dailyLogReturns, int blockDays) {
        this(dailyLogReturns, blockDays, false);
    }

    /**
     * Creates the model, optionally with the history's mean return removed from every day, so the
     * drawn paths keep the history's volatility but have zero drift. Centering suits a short
     * history, whose mean return predicts little of the years ahead.
     *
     * @param dailyLogReturns historical daily log returns, at least {@code blockDays} of them, all finite
     * @param blockDays       length of each resampled run of days, positive
     * @param centered        true to remove the mean return
     */
    public BootstrapPriceModel(double[] dailyLogReturns, int blockDays, boolean centered) {
        if (blockDays <= 0) {
            throw new IllegalArgumentException("blockDays must be positive, got " + blockDays);
        }
        if (dailyLogReturns.length < Math.max(2, blockDays)) {
            throw new IllegalArgumentException("the bootstrap needs at least " + Math.max(2, blockDays)
                    + " daily returns, got " + dailyLogReturns.length + "; import a longer BTC price history");
        }
        double mean = 0;
        for (int i = 0; i < dailyLogReturns.length; i++) {
            if (!Double.isFinite(dailyLogReturns[i])) {
                throw new IllegalArgumentException("daily log return " + i + " is not finite: " + dailyLogReturns[i]);
            }
            mean += dailyLogReturns[i] / dailyLogReturns.length;
        }
        double shift = centered ? mean : 0;
        prefixSums = new double[dailyLogReturns.length + 1];
        for (int i = 0; i < dailyLogReturns.length; i++) {
            prefixSums[i + 1] = prefixSums[i] + dailyLogReturns[i] - shift;
        }
        this.blockDays = blockDays;
        this.centered = centered;
    }

    /** Creates a plain daily bootstrap from chronological daily closes. */
    public static BootstrapPriceModel fromCloses(double[] chronologicalCloses) {
        return new BootstrapPriceModel(PriceModel.dailyLogReturns(chronologicalCloses), 1);
    }

    @Override
    public double sampleLogReturn(SplittableRandom random, int days) {
        int returns = prefixSums.length - 1;
        double sum = 0;
        int remaining = days;
        while (remaining > 0) {
            int length = Math.min(blockDays, remaining);
            int start = random.nextInt(returns - length + 1);
            sum += prefixSums[start + length] - prefixSums[start];
            remaining -= length;
        }
        return sum;
    }

    @Override
    public String label() {
        String label = blockDays == 1 ? "bootstrap" : "bootstrap/" + blockDays + "d";
        return centered ? label + ", zero drift" : label;
    }
}
