package com.hashinsight.economics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random difficulty growth: the log growth over d days is normal with mean g·d and variance σ²·d.
 *
 * <p>{@link #fit} takes g as the mean log growth per day over the last retargets of a history,
 * ln(D_last / D_first) / days, and σ² from the retargets' deviations from that trend, so σ²·d
 * matches the scatter of single retargets. The model does not tie difficulty to the BTC price.
 *
 * @param dailyLogGrowth      g, mean log growth per day, finite
 * @param dailyLogVolatility  σ, not negative
 */
public record DifficultyModel(double dailyLogGrowth, double dailyLogVolatility) {

    private static final double SECONDS_PER_DAY = 86_400.0;
    private static final int MIN_RETARGETS = 3;

    public DifficultyModel {
        if (!Double.isFinite(dailyLogGrowth) || !(dailyLogVolatility >= 0) || Double.isInfinite(dailyLogVolatility)) {
            throw new IllegalArgumentException("difficulty model parameters must be finite with volatility >= 0, got "
                    + dailyLogGrowth + " and " + dailyLogVolatility);
        }
    }

    /**
     * Fits the model to the retargets that started within {@code lookbackDays} before the last one.
     *
     * @param history      retargets in chronological order
     * @param lookbackDays length of the fitting window in days, positive
     * @throws IllegalArgumentException when fewer than three retargets fall in the window
     */
    public static DifficultyModel fit(List<DifficultyPoint> history, int lookbackDays) {
        if (lookbackDays <= 0) {
            throw new IllegalArgumentException("lookbackDays must be positive, got " + lookbackDays);
        }
        if (history.isEmpty()) {
            throw new IllegalArgumentException("no difficulty epochs to fit; import a difficulty epoch history");
        }
        Instant cutoff = history.getLast().start().minus(Duration.ofDays(lookbackDays));
        List<DifficultyPoint> window = new ArrayList<>();
        for (DifficultyPoint point : history) {
            if (!point.start().isBefore(cutoff)) {
                window.add(point);
            }
        }
        if (window.size() < MIN_RETARGETS) {
            throw new IllegalArgumentException("fitting difficulty growth needs at least " + MIN_RETARGETS
                    + " epochs in the last " + lookbackDays + " days, got " + window.size());
        }
        DifficultyPoint first = window.getFirst();
        DifficultyPoint last = window.getLast();
        double totalDays = days(first.start(), last.start());
        if (!(totalDays > 0)) {
            throw new IllegalArgumentException("difficulty epochs must be in chronological order, first " + first.start()
                    + " and last " + last.start());
        }
        double growth = Math.log(last.difficulty() / first.difficulty()) / totalDays;
        double squares = 0;
        for (int i = 1; i < window.size(); i++) {
            double spanDays = days(window.get(i - 1).start(), window.get(i).start());
            double residual = Math.log(window.get(i).difficulty() / window.get(i - 1).difficulty()) - growth * spanDays;
            squares += residual * residual;
        }
        return new DifficultyModel(growth, Math.sqrt(squares / totalDays));
    }

    /** Draws the natural-log growth of difficulty over {@code days} days. */
    public double sampleLogGrowth(SplittableRandom random, int days) {
        return dailyLogGrowth * days + dailyLogVolatility * Math.sqrt(days) * random.nextGaussian();
    }

    /** Mean growth per year as a fraction, exp(365.25·g) − 1, for reports. */
    public double annualGrowth() {
        return Math.expm1(dailyLogGrowth * 365.25);
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).getSeconds() / SECONDS_PER_DAY;
    }
}
