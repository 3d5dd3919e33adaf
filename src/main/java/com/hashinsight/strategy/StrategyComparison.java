package com.hashinsight.strategy;

import java.util.List;

/**
 * Scored candidates of one comparison, in input order, with the one recommended for the client.
 *
 * @param outcomes           one outcome per candidate
 * @param recommended        index of the recommended outcome
 * @param recommendationKey  message key of the reason, in the {@code economics} bundle
 * @param months             horizon in months
 * @param paths              Monte Carlo paths per candidate
 * @param seed               random seed, the same for every candidate
 * @param factorsLabel       label of the operational factors used
 */
public record StrategyComparison(List<CandidateOutcome> outcomes, int recommended, String recommendationKey, int months, int paths,
        long seed, String factorsLabel) {

    public StrategyComparison {
        outcomes = List.copyOf(outcomes);
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one outcome");
        }
        if (recommended < 0 || recommended >= outcomes.size()) {
            throw new IllegalArgumentException("recommended index " + recommended + " is outside 0.." + (outcomes.size() - 1));
        }
    }

    /** Returns the recommended outcome. */
    public CandidateOutcome recommendedOutcome() {
        return outcomes.get(recommended);
    }
}
