package com.hashinsight.strategy;

import com.hashinsight.economics.Percentiles;
import com.hashinsight.economics.ProjectionResult;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A candidate's scores in a comparison.
 *
 * @param candidate              the strategy
 * @param projection             its Monte Carlo projection
 * @param capitalUsd             capital cost of its fleet mix in USD
 * @param hashrateThs            fleet hashrate at the operating point in TH/s, before uptime
 * @param powerW                 fleet power at the operating point in W
 * @param uptime                 hashrate-weighted uptime before curtailment, from the operational factors
 * @param realisedHashrateRatio  hashrate-weighted realised hashrate ratio
 * @param failuresPerMinerYear   miner-weighted failure rate
 */
public record CandidateOutcome(StrategyCandidate candidate, ProjectionResult projection, double capitalUsd, double hashrateThs,
        double powerW, double uptime, double realisedHashrateRatio, double failuresPerMinerYear) {

    private static final double HOURS_PER_YEAR = 365.25 * 24;

    public CandidateOutcome {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(projection, "projection");
    }

    /** Median month in which cumulative net profit covers the capital; empty for "never" within the horizon. */
    public OptionalInt medianPaybackMonth() {
        return projection.medianPaybackMonth();
    }

    /** Median annualised return as a fraction, for example 0.25 for 25 %. */
    public double annualisedReturnP50() {
        return projection.annualisedReturn().p50();
    }

    /** P10, P50 and P90 of cumulative net profit by month (months 1..N), in USD. */
    public List<Percentiles> cumulativeNetUsdByMonth() {
        return projection.cumulativeNetUsdByMonth();
    }

    /** Metered energy per PH/s·day of realised hashrate, in kWh. */
    public double kwhPerPhDay() {
        return projection.meanMeteredKwhPerPhDay();
    }

    /** Off/on cycles per miner per year. */
    public double cyclesPerMinerYear() {
        return projection.meanCyclesPerMinerYear();
    }

    /** Expected share of time down for curtailment and failures, 0 to 1. */
    public double expectedDowntimeShare() {
        return projection.meanDowntimeHoursPerMinerYear() / HOURS_PER_YEAR;
    }
}
