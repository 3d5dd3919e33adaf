package com.hashinsight.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stage I output for one entity or a batch of entities: the per-layer K/V of their S-tokens, in native ONNX Runtime
 * memory, plus the tokens they were computed from. A context cache entry has the same form, with the K/V of the
 * context tokens before the scenario token.
 *
 * <p>Reference counted, because the cache may evict an entry while a Stage II call still reads it: the cache holds
 * one reference, every {@link KvCache.Lease} one more, and the native memory is freed when the last is released.
 */
public final class EncodedHistory {

    private final CacheKey key;
    private final List<SequenceTokens> rows;
    private final NDManager manager;
    private final NDList kv;
    private final long bytes;
    private final AtomicInteger references = new AtomicInteger(1);

    /**
     * Takes ownership of {@code manager}, which must hold the arrays of {@code kv} and nothing that outlives
     * this entry.
     */
    EncodedHistory(CacheKey key, List<SequenceTokens> rows, NDManager manager, NDList kv) {
        this(key, rows, manager, kv, rows.stream().mapToLong(SequenceTokens::heapBytes).sum());
    }

    /**
     * As above, with the heap bytes the budget counts besides the native arrays given: a context cache entry shares
     * its rows with the Stage I entry and counts only its key columns.
     */
    EncodedHistory(CacheKey key, List<SequenceTokens> rows, NDManager manager, NDList kv, long heapBytes) {
        if (key.entityIds().size() != rows.size()) {
            throw new IllegalArgumentException(key.entityIds().size() + " entity ids for " + rows.size() + " rows");
        }
        this.key = key;
        this.rows = List.copyOf(rows);
        this.manager = manager;
        this.kv = kv;
        this.bytes = nativeBytes(kv) + heapBytes;
    }

    public CacheKey key() {
        return key;
    }

    /** Tokens of each batch row, in row order. */
    public List<SequenceTokens> rows() {
        return rows;
    }

    /**
     * Graph outputs in graph order: {@code s_k_l, s_v_l, s_mask_l} for each layer {@code l}, or in a context cache
     * entry {@code ctx_k_l, ctx_v_l}.
     */
    NDList kv() {
        return kv;
    }

    /** {@code B}, the number of batch rows. */
    public int batchSize() {
        return rows.size();
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
