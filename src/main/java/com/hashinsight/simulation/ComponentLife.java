package com.hashinsight.simulation;

import java.util.SplittableRandom;

/**
 * The random life of one installed component, drawn once from its own stream so that every
 * counterfactual run of the miner gets the same life.
 *
 * <p>The component's failure process starts (onset) when its cumulative onset hazard passes
 * {@code onsetThreshold}, an Exp(1) draw, so P(onset before t) = 1 − exp(−H(t)). It then shows
 * precursors for {@code latencyHours} before it fails.
 *
 * @param onsetThreshold  Exp(1) threshold of the cumulative onset hazard
 * @param latencyHours    precursor phase from onset to failure, uniform in {@link #latencyRangeHours}
 * @param detectionHours  hours a miner keeps hashing on its other boards before the operator pulls it
 *                        (hashboards only; 0 for fans and PSUs, which stop the miner at once)
 * @param downtimeHours   hours from pull to return to service
 * @param repairCostUsd   parts, labour and shipping in USD
 * @param shippedForRma   true when no spare was on site and the part went back to the vendor
 */
record ComponentLife(double onsetThreshold, double latencyHours, double detectionHours, double downtimeHours,
        double repairCostUsd, boolean shippedForRma) {

    private static final double[][] LATENCY_RANGE_HOURS = {{48, 240}, {12, 72}, {6, 48}};
    private static final double SPARE_BOARD_SHARE = 0.6;

    /** Precursor latency range [min, max] in hours of component {@code componentIndex}. */
    static double[] latencyRangeHours(int componentIndex) {
        return LATENCY_RANGE_HOURS[componentIndex];
    }

    /** Draws installation {@code installation} of {@code component} in miner {@code minerIndex}. */
    static ComponentLife draw(long seed, int minerIndex, Component component, int installation, ModelPhysics model) {
        SplittableRandom random = RandomStreams.stream(seed, RandomStreams.COMPONENT_LIFE, minerIndex, component.ordinal(),
                installation);
        double threshold = -Math.log(1.0 - random.nextDouble());
        double[] latency = LATENCY_RANGE_HOURS[component.ordinal()];
        double latencyHours = latency[0] + (latency[1] - latency[0]) * random.nextDouble();
        double spareDraw = random.nextDouble();
        double durationDraw = random.nextDouble();
        double detectionDraw = random.nextDouble();
        return switch (component) {
            case HASHBOARD -> {
                boolean rma = spareDraw >= SPARE_BOARD_SHARE;
                double downtime = rma ? 24 * (14 + 14 * durationDraw) : 24 + 48 * durationDraw;
                double cost = model.hashboardRepairUsd() + 60 + (rma ? 80 : 0);
                yield new ComponentLife(threshold, latencyHours, 4 + 20 * detectionDraw, downtime, cost, rma);
            }
            case FAN -> new ComponentLife(threshold, latencyHours, 0, 2 + 22 * durationDraw, 45, false);
            case PSU -> new ComponentLife(threshold, latencyHours, 0, 24 + 48 * durationDraw, 220, false);
        };
    }
}
