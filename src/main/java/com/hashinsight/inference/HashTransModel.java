package com.hashinsight.inference;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HashTrans two-stage scoring with a KV cache.
 *
 * <p>Stage I ({@link #encode}) runs the S side of an entity once and caches the per-layer K/V. Stage II
 * ({@link #score}) runs the NS side for any number of candidates against that cache in one scorer call. A request
 * whose S-tokens extend a cached entity's tokens reuses the entry and computes K/V for the new tokens only, when the
 * {@link PyramidWindow} rule allows it. Otherwise Stage I runs over the whole sequence.
 *
 * <pre>{@code
 * try (HashTransModel model = HashTransModel.load(bundle, 256L << 20);
 *      KvCache.Lease history = model.encode("S19-0001", tokens)) {
 *     EntityScores scores = model.score(history, candidates);
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class HashTransModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HashTransModel.class);

    private final ModelBundle bundle;
    private final HashTransGraphs graphs;
    private final KvCache cache;
    private final String provider;
    private final AtomicLong fullEncodes = new AtomicLong();
    private final AtomicLong appendEncodes = new AtomicLong();

    private HashTransModel(ModelBundle bundle, HashTransGraphs graphs, KvCache cache, String provider) {
        this.bundle = bundle;
        this.graphs = graphs;
        this.cache = cache;
        this.provider = provider;
    }

    /**
     * Loads the graphs of a verified bundle through DJL's ONNX Runtime engine.
     *
     * @param cacheBudgetBytes maximum bytes the KV cache may hold
     * @throws InferenceException when the device request is invalid or a graph cannot be loaded
     */
    public static HashTransModel load(ModelBundle bundle, long cacheBudgetBytes) throws InferenceException {
        Engine engine = Engine.getEngine("OnnxRuntime");
        Device device = DeviceSelector.select(engine);
        String provider = DeviceSelector.providerName(device);
        long started = System.nanoTime();
        HashTransGraphs graphs = HashTransGraphs.load(bundle.dir(), bundle.config(), device);
        LOG.info("Loaded HashTrans model {} (feature spec {}) on {} with ONNX Runtime {} in {} ms; KV cache budget {} MiB",
                bundle.modelVersion(), bundle.featureSpecVersion(), provider, engine.getVersion(),
                (System.nanoTime() - started) / 1_000_000, cacheBudgetBytes >> 20);
        return new HashTransModel(bundle, graphs, new KvCache(cacheBudgetBytes), provider);
    }

    public ModelBundle bundle() {
        return bundle;
    }

    public String modelVersion() {
        return bundle.modelVersion();
    }

    /** ONNX Runtime execution provider in use: {@code CUDAExecutionProvider} or {@code CPUExecutionProvider}. */
    public String executionProvider() {
        return provider;
    }

    public KvCache cache() {
        return cache;
    }

    HashTransGraphs graphs() {
        return graphs;
    }

    /**
     * Runs Stage I for one entity, or reuses the cached result, and returns a lease on it.
     *
     * <p>It tries, in order, an entry for exactly these tokens, then the entity's latest entry when its tokens are a
     * prefix of these and the window rule allows an append, and otherwise encodes the whole sequence.
     */
    public KvCache.Lease encode(String entityId, SequenceTokens tokens) {
        CacheKey key = CacheKey.of(modelVersion(), entityId, tokens);
        Optional<KvCache.Lease> hit = cache.get(key);
        if (hit.isPresent()) {
            return hit.get();
        }
        Optional<KvCache.Lease> base = cache.latestOf(modelVersion(), entityId);
        if (base.isPresent()) {
            try (KvCache.Lease previous = base.get()) {
                SequenceTokens cached = previous.entry().rows().get(0);
                if (tokens.length() > cached.length() && tokens.startsWith(cached)
                        && bundle.config().window().canAppend(cached.length(), tokens.length())) {
                    KvCache.Lease appended = append(key, previous.entry(), tokens);
                    cache.remove(previous.entry().key());
                    return appended;
                }
            }
        }
        return cache.put(encodeFresh(key, List.of(tokens)));
    }

    /**
     * Runs Stage I for a batch of entities in one encoder call, or reuses the cached batch with the same ids and
     * tokens in the same order.
     */
    public KvCache.Lease encodeBatch(List<String> entityIds, List<SequenceTokens> rows) {
        CacheKey key = CacheKey.of(modelVersion(), entityIds, rows);
        Optional<KvCache.Lease> hit = cache.get(key);
        return hit.orElseGet(() -> cache.put(encodeFresh(key, rows)));
    }

    /** Runs Stage I over the whole sequence without reading or writing the cache. The caller closes the lease. */
    public KvCache.Lease encodeUncached(String entityId, SequenceTokens tokens) {
        return new KvCache.Lease(encodeFresh(CacheKey.of(modelVersion(), entityId, tokens), List.of(tokens)));
    }

    private EncodedHistory encodeFresh(CacheKey key, List<SequenceTokens> rows) {
        NDManager manager = graphs.newEntryManager();
        try {
            NDList kv = graphs.encode(manager, TokenBatch.leftPadded(rows, bundle.config().featureWidthS()));
            fullEncodes.incrementAndGet();
            return new EncodedHistory(key, rows, manager, kv);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    private KvCache.Lease append(CacheKey key, EncodedHistory base, SequenceTokens tokens) {
        SequenceTokens added = tokens.slice(base.rows().get(0).length(), tokens.length());
        NDManager manager = graphs.newEntryManager();
        try {
            NDList kv = graphs.encodeStep(manager, base.kv(),
                    TokenBatch.leftPadded(List.of(added), bundle.config().featureWidthS()));
            appendEncodes.incrementAndGet();
            LOG.debug("Appended {} S-tokens to {} cached for {}", added.length(), base.rows().get(0).length(),
                    key.entityIds());
            return cache.put(new EncodedHistory(key, List.of(tokens), manager, kv));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** Runs Stage II for every candidate of one entity against its Stage I result. */
    public EntityScores score(KvCache.Lease history, CandidateTokens candidates) {
        EncodedHistory entry = history.entry();
        if (entry.batchSize() != 1) {
            throw new IllegalArgumentException("score takes a single-entity history, got " + entry.batchSize()
                    + " rows; use scoreBatch");
        }
        return scoreBatch(history, List.of(candidates)).get(0);
    }

    /** Runs Stage II for a batch history, with one candidate set per row in row order. */
    public List<EntityScores> scoreBatch(KvCache.Lease history, List<CandidateTokens> candidates) {
        EncodedHistory entry = history.entry();
        if (candidates.size() != entry.batchSize()) {
            throw new IllegalArgumentException(candidates.size() + " candidate sets for " + entry.batchSize()
                    + " history rows");
        }
        ModelConfig config = bundle.config();
        ScoreOutputs outputs = graphs.score(entry.kv(),
                CandidateBatch.padded(candidates, config.featureWidthNs(), config.featureWidthCand()));
        List<EntityScores> result = new ArrayList<>(candidates.size());
        for (int b = 0; b < candidates.size(); b++) {
            result.add(outputs.entity(entry.key().entityIds().get(b), b, candidates.get(b).count()));
        }
        return result;
    }

    /** Counters for logs, tests and benchmarks. */
    public Counters counters() {
        return new Counters(fullEncodes.get(), appendEncodes.get(), graphs.liveCallArrays(),
                graphs.liveCacheArrays(), cache.stats());
    }

    /**
     * @param fullEncodes      Stage I runs over a whole sequence or batch
     * @param appendEncodes    Stage I runs over appended tokens only
     * @param liveCallArrays   native arrays held outside the cache, 0 between calls
     * @param liveCacheArrays  native arrays held by cache entries and open leases
     * @param cache            cache counters
     */
    public record Counters(long fullEncodes, long appendEncodes, int liveCallArrays, int liveCacheArrays,
            KvCache.Stats cache) {
    }

    @Override
    public void close() {
        cache.close();
        graphs.close();
        LOG.info("Closed HashTrans model {}", modelVersion());
    }
}
