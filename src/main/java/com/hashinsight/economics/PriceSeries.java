package com.hashinsight.economics;

import com.hashinsight.fleet.EnergyPrice;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Energy prices on a regular grid of intervals, in USD/MWh, starting at a UTC instant.
 *
 * <p>Intervals without a price are NaN. Negative prices are valid. The array is copied in and
 * never handed out, so a series is immutable.
 */
public final class PriceSeries {

    private final String settlementPoint;
    private final Instant start;
    private final int intervalMinutes;
    private final double[] usdPerMwh;

    /**
     * Creates a series.
     *
     * @param settlementPoint price node, for example "HB_WEST"
     * @param start           UTC start of the first interval
     * @param intervalMinutes interval length in minutes, dividing 60
     * @param usdPerMwh       price of each interval in USD/MWh; NaN for a missing interval, never infinite
     */
    public PriceSeries(String settlementPoint, Instant start, int intervalMinutes, double[] usdPerMwh) {
        this.settlementPoint = Objects.requireNonNull(settlementPoint, "settlementPoint");
        this.start = Objects.requireNonNull(start, "start");
        if (intervalMinutes <= 0 || 60 % intervalMinutes != 0) {
            throw new IllegalArgumentException("intervalMinutes must divide 60, got " + intervalMinutes);
        }
        this.intervalMinutes = intervalMinutes;
        this.usdPerMwh = usdPerMwh.clone();
        for (int i = 0; i < this.usdPerMwh.length; i++) {
            if (Double.isInfinite(this.usdPerMwh[i])) {
                throw new IllegalArgumentException("price of interval " + i + " is infinite");
            }
        }
    }

    /**
     * Builds a series from imported prices of one settlement point, market and interval length.
     * Prices may come in any order. Intervals between the first and the last price that have no
     * price become NaN.
     *
     * @throws IllegalArgumentException when the list is empty, mixes points, markets or interval
     *         lengths, holds two prices for one interval, or has a start off the interval grid
     */
    public static PriceSeries of(List<EnergyPrice> prices) {
        if (prices.isEmpty()) {
            throw new IllegalArgumentException("no prices to build a series from");
        }
        List<EnergyPrice> sorted = new ArrayList<>(prices);
        sorted.sort(Comparator.comparing(EnergyPrice::intervalStart));
        EnergyPrice first = sorted.getFirst();
        long stepSeconds = first.intervalMinutes() * 60L;
        long firstSecond = first.intervalStart().getEpochSecond();
        long lastSecond = sorted.getLast().intervalStart().getEpochSecond();
        double[] values = new double[Math.toIntExact((lastSecond - firstSecond) / stepSeconds + 1)];
        Arrays.fill(values, Double.NaN);
        for (EnergyPrice price : sorted) {
            requireSameSeries(first, price);
            long offset = price.intervalStart().getEpochSecond() - firstSecond;
            if (offset % stepSeconds != 0) {
                throw new IllegalArgumentException("price at " + price.intervalStart() + " is off the "
                        + first.intervalMinutes() + "-minute grid that starts at " + first.intervalStart());
            }
            int index = (int) (offset / stepSeconds);
            if (!Double.isNaN(values[index])) {
                throw new IllegalArgumentException("two prices for " + first.settlementPoint() + " at " + price.intervalStart());
            }
            values[index] = price.usdPerMwh();
        }
        return new PriceSeries(first.settlementPoint(), first.intervalStart(), first.intervalMinutes(), values);
    }

    private static void requireSameSeries(EnergyPrice first, EnergyPrice price) {
        if (!first.settlementPoint().equals(price.settlementPoint()) || !first.market().equals(price.market())
                || first.intervalMinutes() != price.intervalMinutes()) {
            throw new IllegalArgumentException("a price series must have one settlement point, market and interval length, got "
                    + first.settlementPoint() + "/" + first.market() + "/" + first.intervalMinutes() + " min and "
                    + price.settlementPoint() + "/" + price.market() + "/" + price.intervalMinutes() + " min at "
                    + price.intervalStart());
        }
    }

    public String settlementPoint() {
        return settlementPoint;
    }

    public Instant start() {
        return start;
    }

    public int intervalMinutes() {
        return intervalMinutes;
    }

    /** Interval length in hours, for example 0.25 for 15 minutes. */
    public double intervalHours() {
        return intervalMinutes / 60.0;
    }

    /** Number of intervals. */
    public int size() {
        return usdPerMwh.length;
    }

    /** UTC start of interval {@code index}. */
    public Instant intervalStart(int index) {
        return start.plus(Duration.ofMinutes((long) intervalMinutes * index));
    }

    /** Epoch second of the start of interval {@code index}. */
    public long intervalStartEpochSecond(int index) {
        return start.getEpochSecond() + (long) intervalMinutes * 60L * index;
    }

    /** Price of interval {@code index} in USD/MWh; NaN when missing. */
    public double usdPerMwh(int index) {
        return usdPerMwh[index];
    }

    /** A copy of all prices in USD/MWh. */
    public double[] toArray() {
        return usdPerMwh.clone();
    }
}
