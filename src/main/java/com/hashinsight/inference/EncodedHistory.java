package com.hashinsight.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stage I output for one entity: the per-layer K/V of its S-tokens, in native ONNX Runtime memory, plus the tokens
 * it was computed from.
 *
 * <p>Reference counted, because the cache may evict an entry while a Stage II call still reads it: the cache holds
 * one reference, every {@link KvCache.Lease} one more, and the native memory is freed when the last is released.
 */
public final class EncodedHistory {

    private final CacheKey key;
    private final SequenceTokens tokens;
    private final NDManager manager;
    private final NDList kv;
    private final EncoderState state;
    private final long bytes;
    private final AtomicInteger references = new AtomicInteger(1);

    /**
     * Takes ownership of {@code manager}, which must hold the arrays of {@code kv} and nothing that outlives
     * this entry.
     */
    EncodedHistory(CacheKey key, SequenceTokens tokens, NDManager manager, NDList kv, EncoderState state) {
        this.key = key;
        this.tokens = tokens;
        this.manager = manager;
        this.kv = kv;
        this.state = state;
        this.bytes = nativeBytes(kv) + tokens.heapBytes();
    }

    public CacheKey key() {
        return key;
    }

    public SequenceTokens tokens() {
        return tokens;
    }

    /** K/V arrays named after the scorer inputs they feed, for example {@code past_k_0}. */
    NDList kv() {
        return kv;
    }

    EncoderState state() {
        return state;
    }

    /** Native K/V plus token heap bytes, the size the cache budget counts. */
    public long bytes() {
        return bytes;
    }

    /** Adds a reference; returns false when the entry is already freed. */
    boolean retain() {
        while (true) {
            int current = references.get();
            if (current == 0) {
                return false;
            }
            if (references.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** Drops a reference and frees the native memory when it was the last. */
    void release() {
        int left = references.decrementAndGet();
        if (left == 0) {
            manager.close();
        } else if (left < 0) {
            throw new IllegalStateException("EncodedHistory " + key + " released more often than retained");
        }
    }

    boolean isFreed() {
        return references.get() == 0;
    }

    static long nativeBytes(NDList arrays) {
        long total = 0;
        for (NDArray array : arrays) {
            total += array.getShape().size() * array.getDataType().getNumOfBytes();
        }
        return total;
    }
}
