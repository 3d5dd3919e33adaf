package com.hashinsight.economics;

import java.util.SplittableRandom;

/**
 * Geometric Brownian motion for the BTC price: the log return over d days is normal with mean
 * m·d and variance s²·d, where m and s are the mean and sample standard deviation of daily log
 * returns. The GBM drift is then μ = m + s²/2 per day.
 *
 * @param meanDailyLogReturn  m, finite
 * @param dailyLogVolatility  s, finite and not negative
 */
public record GbmPriceModel(double meanDailyLogReturn, double dailyLogVolatility) implements PriceModel {

    public GbmPriceModel {
        if (!Double.isFinite(meanDailyLogReturn) || !(dailyLogVolatility >= 0) || Double.isInfinite(dailyLogVolatility)) {
            throw new IllegalArgumentException("GBM parameters must be finite with volatility >= 0, got "
                    + meanDailyLogReturn + " and " + dailyLogVolatility);
        }
    }

    /**
     * Fits m and s to chronological daily closes by their sample moments.
     *
     * @throws IllegalArgumentException when fewer than three valid closes are given
     */
    public static GbmPriceModel fit(double[] chronologicalCloses) {
        double[] returns = PriceModel.dailyLogReturns(chronologicalCloses);
        if (returns.length < 2) {
            throw new IllegalArgumentException("fitting GBM needs at least 3 daily closes, got " + (returns.length + 1)
                    + "; import a longer BTC price history");
        }
        double mean = 0;
        for (double value : returns) {
            mean += value;
        }
        mean /= returns.length;
        double squares = 0;
        for (double value : returns) {
            squares += (value - mean) * (value - mean);
        }
        return new GbmPriceModel(mean, Math.sqrt(squares / (returns.length - 1)));
    }

    @Override
    public double sampleLogReturn(SplittableRandom random, int days) {
        return meanDailyLogReturn * days + dailyLogVolatility * Math.sqrt(days) * random.nextGaussian();
    }

    /** Returns this model with the mean daily log return set to 0, keeping the volatility. */
    public GbmPriceModel withoutDrift() {
        return new GbmPriceModel(0, dailyLogVolatility);
    }

    @Override
    public String label() {
        return meanDailyLogReturn == 0 ? "GBM, zero drift" : "GBM";
    }
}
