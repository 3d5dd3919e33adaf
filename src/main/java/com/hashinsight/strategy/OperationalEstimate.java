package com.hashinsight.strategy;

/**
 * Operational factors of one fleet line under one candidate.
 *
 * @param uptime                 share of time the miners are up, before curtailment: failures, repairs and
 *                               pool or network outages take it below 1; 0 to 1
 * @param realisedHashrateRatio  hashrate the pool credits / hashrate of the operating point while up, above 0 and at most 1.5
 * @param failuresPerMinerYear   failures that need a repair or RMA, per miner per year, not negative
 */
public record OperationalEstimate(double uptime, double realisedHashrateRatio, double failuresPerMinerYear) {

    public OperationalEstimate {
        if (!(uptime >= 0 && uptime <= 1)) {
            throw new IllegalArgumentException("uptime must be between 0 and 1, got " + uptime);
        }
        if (!(realisedHashrateRatio > 0 && realisedHashrateRatio <= 1.5)) {
            throw new IllegalArgumentException("realisedHashrateRatio must be in (0, 1.5], got " + realisedHashrateRatio);
        }
        if (!(failuresPerMinerYear >= 0) || Double.isInfinite(failuresPerMinerYear)) {
            throw new IllegalArgumentException("failuresPerMinerYear must be a finite number >= 0, got " + failuresPerMinerYear);
        }
    }
}
