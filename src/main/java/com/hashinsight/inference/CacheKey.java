package com.hashinsight.inference;

import java.util.Objects;

/**
 * Identity of one Stage I result: the model that computed it, the entity and the exact S-token content.
 *
 * @param modelVersion  model version from the bundle, so a new model never sees an old model's K/V
 * @param entityId      miner serial or fleet id
 * @param contentDigest {@link SequenceTokens#digest()} of the tokens the entry was built from
 */
public record CacheKey(String modelVersion, String entityId, String contentDigest) {

    public CacheKey {
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(contentDigest, "contentDigest");
    }

    static CacheKey of(String modelVersion, String entityId, SequenceTokens tokens) {
        return new CacheKey(modelVersion, entityId, tokens.digest());
    }
}
