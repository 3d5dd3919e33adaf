package com.hashinsight.economics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Outcome of a payback calculation on cumulative cash flow.
 *
 * @param start                  first day of operation
 * @param paybackDate            day on which cumulative net profit first covers the capital cost; empty for "never"
 * @param peakCumulativeNetUsd   highest cumulative net profit (capital cost not subtracted) over the evaluated days, in USD
 * @param peakDate               day on which that peak was reached
 * @param daysEvaluated          days of cash flow evaluated before payback, the horizon, or a proof of "never"
 */
public record PaybackResult(LocalDate start, Optional<LocalDate> paybackDate, double peakCumulativeNetUsd, LocalDate peakDate,
        int daysEvaluated) {

    public PaybackResult {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(paybackDate, "paybackDate");
        Objects.requireNonNull(peakDate, "peakDate");
    }

    /** Returns true when the investment never pays back within the evaluated days. */
    public boolean isNever() {
        return paybackDate.isEmpty();
    }

    /** Days from the start to the payback date, at least 1; empty for "never". */
    public OptionalLong paybackDays() {
        return paybackDate.map(date -> OptionalLong.of(ChronoUnit.DAYS.between(start, date))).orElse(OptionalLong.empty());
    }
}
