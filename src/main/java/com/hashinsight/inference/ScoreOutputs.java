package com.hashinsight.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Scorer outputs copied to the heap, for {@code B} entities and {@code N} candidates each.
 *
 * @param siteScore   {@code [B, N]} site ranking score (higher ranks first)
 * @param policyValue {@code [B, N]} curtailment policy value, USD per nominal TH/s over 30 days
 * @param configValue {@code [B, N]} config preset value, USD per nominal TH/s over 30 days
 * @param configRisk  {@code [B, N]} failure or downtime share over 30 days, 0..1
 * @param failProb    {@code [B, N, 2]} failure probability within 7 and 30 days
 * @param profitQ     {@code [B, N, 3, 3]} net profit at 30, 90 and 365 days, P10/P50/P90, USD per nominal TH/s
 */
record ScoreOutputs(float[] siteScore, float[] policyValue, float[] configValue, float[] configRisk,
        float[] failProb, float[] profitQ, int batch, int candidates) {

    static ScoreOutputs read(NDList outputs, int batch, int candidates) {
        return new ScoreOutputs(
                read(outputs, "site_score", new Shape(batch, candidates)),
                read(outputs, "policy_value", new Shape(batch, candidates)),
                read(outputs, "config_value", new Shape(batch, candidates)),
                read(outputs, "config_risk", new Shape(batch, candidates)),
                read(outputs, "fail_prob", new Shape(batch, candidates, 2)),
                read(outputs, "profit_q", new Shape(batch, candidates, 3, 3)),
                batch, candidates);
    }

    private static float[] read(NDList outputs, String name, Shape expected) {
        NDArray array = outputs.get(name);
        if (array == null) {
            throw new IllegalStateException("scorer output " + name + " is missing; outputs are "
                    + outputs.stream().map(NDArray::getName).toList());
        }
        if (!array.getShape().equals(expected)) {
            throw new IllegalStateException("scorer output " + name + " has shape " + array.getShape()
                    + ", expected " + expected);
        }
        return array.toFloatArray();
    }

    /** Returns the scores of row {@code b}, candidates {@code 0..count-1}. */
    EntityScores entity(String entityId, int b, int count) {
        if (count > candidates) {
            throw new IllegalArgumentException(count + " candidates requested, " + candidates + " scored");
        }
        CandidateScore[] scores = new CandidateScore[count];
        for (int n = 0; n < count; n++) {
            int at = b * candidates + n;
            scores[n] = new CandidateScore(siteScore[at], policyValue[at], configValue[at], configRisk[at]);
        }
        // fail_prob and profit_q come from the entity's context state, so every candidate column holds the same value.
        int first = b * candidates;
        return new EntityScores(entityId, failProb[first * 2], failProb[first * 2 + 1],
                ProfitQuantiles.of(profitQ, first * 9), List.of(scores));
    }
}
