package com.hashinsight.economics;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;

/**
 * Payback on cumulative cash flow: the first day on which the summed daily net profit covers the
 * capital cost.
 *
 * <p>The result is a date or "never", never a negative or infinite number of days. "Never" means
 * the sum stays below the capital cost over the whole horizon. For a non-increasing net profit it
 * also means that a day with net profit ≤ 0 came first, because from then on the sum can only fall.
 * A simple capital cost / daily profit division would give 75 days for 3,000 USD at 40 USD/day
 * even when the daily profit falls to zero long before that.
 */
public final class Payback {

    private Payback() {
    }

    /**
     * Computes payback from a series of daily net profits.
     *
     * @param capitalUsd   capital cost in USD, not negative; 0 pays back on the first day with a profit ≥ 0
     * @param start        first day of operation
     * @param dailyNetUsd  net profit of each day in USD from {@code start}; NaN days are rejected
     * @throws IllegalArgumentException when the capital cost is negative or NaN, or a day is not finite
     */
    public static PaybackResult fromDailyNet(double capitalUsd, LocalDate start, double[] dailyNetUsd) {
        return evaluate(capitalUsd, start, day -> dailyNetUsd[day], dailyNetUsd.length, false);
    }

    /**
     * Computes payback for a declining yield over at most {@code horizonDays}.
     *
     * @param capitalUsd  capital cost in USD, not negative
     * @param start       first day of operation
     * @param yield       daily net profit model
     * @param horizonDays days to evaluate at most, for example the hardware's service life, positive
     */
    public static PaybackResult withDecliningYield(double capitalUsd, LocalDate start, DecliningYield yield, int horizonDays) {
        if (horizonDays <= 0) {
            throw new IllegalArgumentException("horizonDays must be positive, got " + horizonDays);
        }
        return evaluate(capitalUsd, start, day -> yield.netUsdOnDay(start, day), horizonDays, yield.isNonIncreasing());
    }

    private static PaybackResult evaluate(double capitalUsd, LocalDate start, IntToDoubleFunction netUsdOnDay, int days,
            boolean nonIncreasing) {
        if (!(capitalUsd >= 0) || Double.isInfinite(capitalUsd)) {
            throw new IllegalArgumentException("capitalUsd must be a finite number >= 0, got " + capitalUsd);
        }
        double cumulative = 0;
        double peak = Double.NEGATIVE_INFINITY;
        int peakDay = 0;
        for (int day = 0; day < days; day++) {
            double net = netUsdOnDay.applyAsDouble(day);
            if (!Double.isFinite(net)) {
                throw new IllegalArgumentException("net profit of day " + day + " (" + start.plusDays(day) + ") must be finite, got " + net);
            }
            cumulative += net;
            if (cumulative > peak) {
                peak = cumulative;
                peakDay = day;
            }
            if (cumulative >= capitalUsd) {
                LocalDate date = start.plusDays(day + 1L);
                return new PaybackResult(start, Optional.of(date), peak, start.plusDays(peakDay), day + 1);
            }
            if (nonIncreasing && net <= 0) {
                return new PaybackResult(start, Optional.empty(), peak, start.plusDays(peakDay), day + 1);
            }
        }
        double reportedPeak = days == 0 ? 0 : peak;
        return new PaybackResult(start, Optional.empty(), reportedPeak, start.plusDays(peakDay), days);
    }
}
