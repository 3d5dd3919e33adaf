package com.hashinsight.inference;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Identity of one Stage I result: the model that computed it, the entities in batch order and the exact S-token
 * content of each. A context cache key adds the non-scenario {@code ns_num} values ({@link #context}).
 *
 * @param modelVersion  model version from the bundle, so a new model never sees an old model's K/V
 * @param entityIds     miner serials or fleet ids, one per batch row, so a single-entity entry has one id
 * @param contentDigest SHA-256 over the {@link SequenceTokens#digest()} of every row, in row order
 */
public record CacheKey(String modelVersion, List<String> entityIds, String contentDigest) {

    private static final byte[] CONTEXT_TAG = "context cache v1\n".getBytes(StandardCharsets.US_ASCII);

    public CacheKey {
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(contentDigest, "contentDigest");
        entityIds = List.copyOf(entityIds);
        if (entityIds.isEmpty()) {
            throw new IllegalArgumentException("a cache key needs at least one entity id");
        }
    }

    static CacheKey of(String modelVersion, String entityId, SequenceTokens tokens) {
        return of(modelVersion, List.of(entityId), List.of(tokens));
    }

    static CacheKey of(String modelVersion, List<String> entityIds, List<SequenceTokens> rows) {
        if (entityIds.size() != rows.size()) {
            throw new IllegalArgumentException(entityIds.size() + " entity ids for " + rows.size() + " token rows");
        }
        if (rows.size() == 1) {
            return new CacheKey(modelVersion, entityIds, rows.get(0).digest());
        }
        MessageDigest sha = sha256();
        for (SequenceTokens row : rows) {
            sha.update(row.digest().getBytes(StandardCharsets.US_ASCII));
        }
        return new CacheKey(modelVersion, entityIds, HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * Returns the key of a context cache entry: the Stage I entry {@code history} plus the non-scenario
     * {@code ns_num} columns of each row, value for value. Slider moves change only scenario columns, so they find
     * the same key.
     *
     * @param nsNum   {@code [B, F_NS]} row-major, B = the history's entity count
     * @param columns which of the {@code F_NS} columns the context reads
     */
    static CacheKey context(CacheKey history, float[] nsNum, boolean[] columns) {
        MessageDigest sha = sha256();
        sha.update(CONTEXT_TAG);
        sha.update(history.contentDigest().getBytes(StandardCharsets.US_ASCII));
        ByteBuffer bits = ByteBuffer.allocate(4);
        for (int i = 0; i < nsNum.length; i++) {
            if (columns[i % columns.length]) {
                sha.update(bits.putInt(0, Float.floatToIntBits(nsNum[i])).array());
            }
        }
        return new CacheKey(history.modelVersion(), history.entityIds(), HexFormat.of().formatHex(sha.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    /** Returns true for an entry of one entity, the only kind that takes incremental appends. */
    boolean isSingle() {
        return entityIds.size() == 1;
    }
}
