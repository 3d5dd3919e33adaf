package com.hashinsight.strategy;

/**
 * Source of uptime, realised hashrate and failure rate for a candidate's fleet lines.
 *
 * <p>{@link PriorOperationalFactors} supplies documented prior values. A model that predicts
 * these from telemetry (HashTrans) implements this interface to replace them.
 */
public interface OperationalFactors {

    /**
     * Estimates the operational factors of {@code line} when run as {@code candidate} describes.
     *
     * @param candidate            the strategy
     * @param line                 one model's miners in its fleet mix
     * @param cyclesPerMinerYear   off/on cycles per miner per year that the curtailment policy is expected to cause
     */
    OperationalEstimate estimate(StrategyCandidate candidate, FleetLine line, double cyclesPerMinerYear);

    /** Short label for reports, for example "prior" or "HashTrans v1". */
    String label();
}
