package com.hashinsight.inference;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LRU cache of Stage I results, bounded by a memory budget in bytes.
 *
 * <p>An entry is found only by its exact {@link CacheKey}, so it is never reused for other inputs. Callers get a
 * {@link Lease} and close it when done. An evicted entry stays valid for leases already handed out and is freed when
 * the last one closes. An entry larger than the whole budget is not cached, and its lease alone owns it.
 *
 * <p>Thread-safe: all bookkeeping runs under one lock, and no model call runs under it.
 */
public final class KvCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KvCache.class);

    private final long budgetBytes;
    private final LinkedHashMap<CacheKey, EncodedHistory> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, CacheKey> latestByEntity = new HashMap<>();
    private long usedBytes;
    private long hits;
    private long misses;
    private long evictions;

    /** @param budgetBytes maximum bytes the cached entries may hold, ≥ 0 (0 disables caching) */
    public KvCache(long budgetBytes) {
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("budgetBytes must be ≥ 0, got " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /** Returns a lease on the entry for {@code key}, or empty on a miss. */
    public synchronized Optional<Lease> get(CacheKey key) {
        EncodedHistory entry = entries.get(key);
        if (entry == null || !entry.retain()) {
            misses++;
            return Optional.empty();
        }
        hits++;
        return Optional.of(new Lease(entry));
    }

    /**
     * Returns a lease on the most recent entry of {@code entityId} under {@code modelVersion}, whatever its content,
     * as the base for an incremental append. It does not count as a hit or miss.
     */
    synchronized Optional<Lease> latestOf(String modelVersion, String entityId) {
        CacheKey key = latestByEntity.get(entityId);
        if (key == null || !key.modelVersion().equals(modelVersion)) {
            return Optional.empty();
        }
        EncodedHistory entry = entries.get(key);
        return entry != null && entry.retain() ? Optional.of(new Lease(entry)) : Optional.empty();
    }

    /**
     * Stores {@code entry} and returns a lease on it, evicting least recently used entries until the budget holds.
     * When an entry with the same key is already cached, that one is kept, {@code entry} is freed and the lease is
     * on the cached one.
     */
    public synchronized Lease put(EncodedHistory entry) {
        CacheKey key = entry.key();
        EncodedHistory existing = entries.get(key);
        if (existing != null && existing.retain()) {
            entry.release();
            return new Lease(existing);
        }
        if (entry.bytes() > budgetBytes) {
            LOG.debug("Entry {} of {} bytes exceeds the KV cache budget of {} bytes; not cached", key, entry.bytes(),
                    budgetBytes);
            return new Lease(entry);
        }
        evictUntilFree(entry.bytes());
        entries.put(key, entry);
        if (key.isSingle()) {
            latestByEntity.put(key.entityIds().get(0), key);
        }
        usedBytes += entry.bytes();
        entry.retain();
        return new Lease(entry);
    }

    private void evictUntilFree(long needed) {
        Iterator<Map.Entry<CacheKey, EncodedHistory>> eldest = entries.entrySet().iterator();
        while (usedBytes + needed > budgetBytes && eldest.hasNext()) {
            EncodedHistory victim = eldest.next().getValue();
            eldest.remove();
            forget(victim);
            evictions++;
        }
    }

    private void forget(EncodedHistory victim) {
        usedBytes -= victim.bytes();
        if (victim.key().isSingle()) {
            latestByEntity.remove(victim.key().entityIds().get(0), victim.key());
        }
        victim.release();
    }

    /** Removes the entry for {@code key}, when cached. Leases already handed out stay valid until closed. */
    public synchronized void remove(CacheKey key) {
        EncodedHistory entry = entries.remove(key);
        if (entry != null) {
            forget(entry);
        }
    }

    /** Removes every entry. Leases already handed out stay valid until closed. */
    public synchronized void clear() {
        entries.values().forEach(this::forget);
        entries.clear();
        latestByEntity.clear();
    }

    public synchronized long usedBytes() {
        return usedBytes;
    }

    public long budgetBytes() {
        return budgetBytes;
    }

    public synchronized Stats stats() {
        return new Stats(entries.size(), usedBytes, budgetBytes, hits, misses, evictions);
    }

    @Override
    public void close() {
        clear();
    }

    /**
     * Counters since the cache was created.
     *
     * @param entries   entries now cached
     * @param usedBytes bytes they hold
     */
    public record Stats(int entries, long usedBytes, long budgetBytes, long hits, long misses, long evictions) {
    }

    /** One reference to an entry, closed when its K/V are no longer read. Closing it again has no effect. */
    public static final class Lease implements AutoCloseable {

        private final EncodedHistory entry;
        private final AtomicBoolean closed = new AtomicBoolean();

        Lease(EncodedHistory entry) {
            this.entry = entry;
        }

        public EncodedHistory entry() {
            if (closed.get()) {
                throw new IllegalStateException("Lease on " + entry.key() + " is closed");
            }
            return entry;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                entry.release();
            }
        }
    }
}
