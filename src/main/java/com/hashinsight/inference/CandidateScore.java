package com.hashinsight.inference;

/**
 * Model outputs for one candidate. Each head is trained on its own candidate kind, so read the field that matches
 * the candidate: {@code siteScore} for sites, {@code policyValue} for curtailment policies, {@code configValue} and
 * {@code configRisk} for config presets and A/B/C strategies.
 *
 * @param siteScore   site ranking score, comparable only between candidates of one request (higher ranks first)
 * @param policyValue 30-day net profit under the policy, USD per nominal TH/s
 * @param configValue 30-day net profit under the preset, USD per nominal TH/s
 * @param configRisk  30-day failure or downtime share under the preset, 0..1
 */
public record CandidateScore(double siteScore, double policyValue, double configValue, double configRisk) {

    public CandidateScore {
        if (!(configRisk >= 0 && configRisk <= 1)) {
            throw new IllegalArgumentException("configRisk must be in 0..1, got " + configRisk);
        }
    }
}
