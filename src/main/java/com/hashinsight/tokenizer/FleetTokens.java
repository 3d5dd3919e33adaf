package com.hashinsight.tokenizer;

import java.time.Instant;
import java.util.Map;

/**
 * Tokens of every tokenizable miner of a workspace at one scoring time.
 *
 * @param scoringTime  time the tokens were built for
 * @param market       market state at that time, shared by every miner
 * @param scenario     scenario the NS rows were encoded with
 * @param bySerial     per miner, in workspace order
 */
public record FleetTokens(Instant scoringTime, MarketState market, Scenario scenario, Map<String, MinerTokens> bySerial) {

    public FleetTokens {
        bySerial = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bySerial));
    }

    /**
     * One miner's inputs.
     *
     * @param profile   the miner's fleet records plus only the rows the NS row and candidate rows read (its latest
     *                  telemetry sample and its site's prices in the window), so holding a fleet's tokens stays small
     * @param sequence  S-tokens
     * @param context   F_NS row
     */
    public record MinerTokens(EntityHistory profile, STokenSequence sequence, float[] context) {

        /** Returns the candidate row of {@code candidate} for this miner. */
        public float[] candidateRow(CandidateInput candidate) {
            return CandidateEncoder.encode(profile, candidate, sequence.scoringTime());
        }
    }
}
