package com.hashinsight.inference;

import java.util.List;
import java.util.Objects;

/**
 * Model outputs for one entity and its candidates.
 *
 * @param entityId     miner serial or fleet id
 * @param failProb7d   probability of a failure within 7 days under current operation, 0..1
 * @param failProb30d  probability of a failure within 30 days under current operation, 0..1
 * @param profit       projected net profit quantiles of the entity
 * @param candidates   one score per candidate, in request order
 */
public record EntityScores(String entityId, double failProb7d, double failProb30d, ProfitQuantiles profit,
        List<CandidateScore> candidates) {

    public EntityScores {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(profit, "profit");
        candidates = List.copyOf(candidates);
        if (!(failProb7d >= 0 && failProb7d <= 1 && failProb30d >= 0 && failProb30d <= 1)) {
            throw new IllegalArgumentException("failure probabilities must be in 0..1, got " + failProb7d + " and "
                    + failProb30d + " for " + entityId);
        }
    }
}
