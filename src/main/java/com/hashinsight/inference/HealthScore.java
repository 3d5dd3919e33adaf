package com.hashinsight.inference;

import java.util.Objects;

/**
 * Failure risk of one miner under its current operation.
 *
 * @param entityId                 miner serial
 * @param failProb7d               probability of a failure or RMA within 7 days, 0..1
 * @param failProb30d              probability of a failure or RMA within 30 days, 0..1
 * @param expectedDowntimeHours30d expected hours down in the next 30 days: the model's 30-day downtime share for
 *                                 the current-operation candidate times 720 hours
 * @param fromHistory              false when the miner had no S-tokens and the score comes from the NS-only path
 */
public record HealthScore(String entityId, double failProb7d, double failProb30d, double expectedDowntimeHours30d,
        boolean fromHistory) {

    /** Hours in the 30-day horizon of the downtime head. */
    public static final double HOURS_30D = 720.0;

    public HealthScore {
        Objects.requireNonNull(entityId, "entityId");
        if (!(expectedDowntimeHours30d >= 0 && expectedDowntimeHours30d <= HOURS_30D)) {
            throw new IllegalArgumentException("expectedDowntimeHours30d must be in 0..720, got "
                    + expectedDowntimeHours30d + " for " + entityId);
        }
    }

    /** Returns the health of {@code scores}, whose first candidate is the miner's current operation. */
    public static HealthScore of(EntityScores scores, boolean fromHistory) {
        double downtimeShare = scores.candidates().get(0).configRisk();
        return new HealthScore(scores.entityId(), scores.failProb7d(), scores.failProb30d(),
                downtimeShare * HOURS_30D, fromHistory);
    }
}
