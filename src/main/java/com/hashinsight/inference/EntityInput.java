package com.hashinsight.inference;

import java.util.Objects;

/**
 * One entity to score in a workspace batch.
 *
 * @param entityId   miner serial or fleet id, unique within one call
 * @param history    its S-tokens, empty for a miner with no history
 * @param candidates its context and candidates under the current slider state
 */
public record EntityInput(String entityId, SequenceTokens history, CandidateTokens candidates) {

    public EntityInput {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(candidates, "candidates");
    }
}
