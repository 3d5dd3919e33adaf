package com.hashinsight.economics;

/**
 * Expected repair, RMA and downtime cost from a failure rate.
 *
 * <p>Each failure costs an on-site repair; a share of failures also needs an RMA (shipping the
 * miner or a hashboard to the vendor), which costs more and keeps the unit off longer. The
 * expected cost per day is failures per year / 365.2425 × the mean cost per failure.
 *
 * @param repairUsdPerEvent        on-site repair cost per failure in USD, not negative
 * @param repairDowntimeHours      hours a miner is off for an on-site repair, not negative
 * @param rmaShare                 fraction of failures that need an RMA, 0 to 1
 * @param rmaUsdPerEvent           extra cost of an RMA in USD (shipping, vendor fee), not negative
 * @param rmaDowntimeHours         hours a miner is off for an RMA, not negative
 */
public record MaintenanceCost(double repairUsdPerEvent, double repairDowntimeHours, double rmaShare,
        double rmaUsdPerEvent, double rmaDowntimeHours) {

    private static final double DAYS_PER_YEAR = 365.2425;
    private static final double HOURS_PER_YEAR = DAYS_PER_YEAR * 24.0;

    public MaintenanceCost {
        requireNonNegative("repairUsdPerEvent", repairUsdPerEvent);
        requireNonNegative("repairDowntimeHours", repairDowntimeHours);
        requireNonNegative("rmaUsdPerEvent", rmaUsdPerEvent);
        requireNonNegative("rmaDowntimeHours", rmaDowntimeHours);
        if (!(rmaShare >= 0 && rmaShare <= 1)) {
            throw new IllegalArgumentException("rmaShare must be between 0 and 1, got " + rmaShare);
        }
    }

    /** Mean cost of one failure in USD. */
    public double usdPerFailure() {
        return repairUsdPerEvent + rmaShare * rmaUsdPerEvent;
    }

    /** Mean hours off per failure. */
    public double downtimeHoursPerFailure() {
        return (1 - rmaShare) * repairDowntimeHours + rmaShare * rmaDowntimeHours;
    }

    /**
     * Returns the expected repair and RMA cost per miner per day in USD.
     *
     * @param failuresPerMinerYear failures per miner per year, not negative
     */
    public double usdPerMinerDay(double failuresPerMinerYear) {
        requireNonNegative("failuresPerMinerYear", failuresPerMinerYear);
        return failuresPerMinerYear / DAYS_PER_YEAR * usdPerFailure();
    }

    /**
     * Returns the expected fraction of time a miner is off for repairs, capped at 1.
     *
     * @param failuresPerMinerYear failures per miner per year, not negative
     */
    public double downtimeFraction(double failuresPerMinerYear) {
        requireNonNegative("failuresPerMinerYear", failuresPerMinerYear);
        return Math.min(1.0, failuresPerMinerYear * downtimeHoursPerFailure() / HOURS_PER_YEAR);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }
}
