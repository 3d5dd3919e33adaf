package com.hashinsight.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KvCacheTest {

    /** Floats per test entry: 1,000 floats = 4,000 native bytes plus the token heap bytes. */
    private static final int FLOATS = 1_000;

    private NDManager base;

    @BeforeEach
    void openManager() {
        base = NDManager.newBaseManager("OnnxRuntime");
    }

    @AfterEach
    void closeManager() {
        base.close();
    }

    private EncodedHistory entry(String entity, float marker) {
        SequenceTokens tokens = new SequenceTokens(new float[] {marker}, new long[] {1}, 1);
        NDManager manager = base.newSubManager();
        float[] values = new float[FLOATS];
        values[0] = marker;
        NDList kv = new NDList(manager.create(values));
        return new EncodedHistory(CacheKey.of("v-test", entity, tokens), List.of(tokens), manager, kv);
    }

    @Test
    void leastRecentlyUsedEntryIsEvictedFirst() {
        EncodedHistory a = entry("a", 1);
        long size = a.bytes();
        try (KvCache cache = new KvCache(2 * size)) {
            cache.put(a).close();
            cache.put(entry("b", 2)).close();
            cache.get(a.key()).orElseThrow().close();

            EncodedHistory c = entry("c", 3);
            cache.put(c).close();

            assertTrue(cache.get(a.key()).isPresent(), "a was used last and must stay");
            assertTrue(cache.get(c.key()).isPresent());
            assertEquals(1, cache.stats().evictions());
            assertEquals(2 * size, cache.usedBytes());
        }
    }

    @Test
    void usedBytesNeverExceedsBudget() {
        long size = entry("probe", 0).bytes();
        try (KvCache cache = new KvCache(3 * size + size / 2)) {
            for (int i = 0; i < 20; i++) {
                cache.put(entry("e" + i, i)).close();
                assertTrue(cache.usedBytes() <= cache.budgetBytes(), "after put " + i + ": " + cache.usedBytes());
            }
            assertEquals(3, cache.stats().entries());
        }
    }

    @Test
    void evictedEntryStaysReadableWhileLeased() {
        EncodedHistory a = entry("a", 7);
        try (KvCache cache = new KvCache(a.bytes())) {
            KvCache.Lease lease = cache.put(a);
            cache.put(entry("b", 8)).close();

            assertFalse(a.isFreed(), "a is evicted but still leased");
            assertEquals(7f, lease.entry().kv().get(0).toFloatArray()[0]);

            lease.close();
            assertTrue(a.isFreed(), "last lease closed, native memory must be freed");
        }
    }

    @Test
    void entryLargerThanBudgetIsNotCached() {
        EncodedHistory a = entry("a", 1);
        try (KvCache cache = new KvCache(a.bytes() - 1)) {
            KvCache.Lease lease = cache.put(a);

            assertEquals(0, cache.stats().entries());
            assertFalse(a.isFreed());
            lease.close();
            assertTrue(a.isFreed());
        }
    }

    @Test
    void secondPutOfSameKeyKeepsFirstEntry() {
        EncodedHistory first = entry("a", 1);
        EncodedHistory duplicate = entry("a", 1);
        try (KvCache cache = new KvCache(10 * first.bytes())) {
            cache.put(first).close();
            try (KvCache.Lease lease = cache.put(duplicate)) {
                assertSame(first, lease.entry());
            }
            assertTrue(duplicate.isFreed(), "the duplicate must be freed at once");
            assertEquals(first.bytes(), cache.usedBytes());
        }
    }

    @Test
    void differentContentIsDifferentKey() {
        try (KvCache cache = new KvCache(1 << 20)) {
            cache.put(entry("a", 1)).close();
            SequenceTokens other = new SequenceTokens(new float[] {2}, new long[] {1}, 1);

            assertTrue(cache.get(CacheKey.of("v-test", "a", other)).isEmpty());
            assertTrue(cache.get(CacheKey.of("v-other", "a", new SequenceTokens(new float[] {1}, new long[] {1}, 1)))
                    .isEmpty(), "another model version must miss");
        }
    }

    @Test
    void latestOfReturnsNewestEntryOfEntity() {
        try (KvCache cache = new KvCache(1 << 20)) {
            cache.put(entry("a", 1)).close();
            EncodedHistory newer = entry("a", 2);
            cache.put(newer).close();

            try (KvCache.Lease lease = cache.latestOf("v-test", "a").orElseThrow()) {
                assertSame(newer, lease.entry());
            }
            assertTrue(cache.latestOf("v-other", "a").isEmpty());
        }
    }

    @Test
    void closeFreesAllEntries() {
        EncodedHistory a = entry("a", 1);
        KvCache cache = new KvCache(1 << 20);
        cache.put(a).close();

        cache.close();

        assertTrue(a.isFreed());
        assertEquals(0, cache.usedBytes());
    }
}
