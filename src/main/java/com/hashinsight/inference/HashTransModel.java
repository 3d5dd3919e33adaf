package com.hashinsight.inference;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.onnxruntime.OrtEnvironment;
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
 * ({@link #score}) runs the NS side for any number of candidates against that cache in one scorer call. The context
 * tokens before the scenario token depend only on the S side and the non-scenario {@code ns_num} columns, so their
 * K/V are cached too, in a second, smaller cache: a slider move, which changes scenario columns only, runs just the
 * scenario token and the candidates. A request
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

    /** The context cache's budget is the KV cache budget divided by this; one miner's entry takes 12 KiB. */
    static final int CONTEXT_BUDGET_DIVISOR = 8;

    private static final String ENGINE = "OnnxRuntime";

    private final ModelBundle bundle;
    private final HashTransGraphs graphs;
    private final KvCache cache;
    private final KvCache contextCache;
    private final boolean[] contextColumns;
    private final String provider;
    private final AtomicLong fullEncodes = new AtomicLong();
    private final AtomicLong appendEncodes = new AtomicLong();
    private final AtomicLong contextEncodes = new AtomicLong();

    private HashTransModel(ModelBundle bundle, HashTransGraphs graphs, long cacheBudgetBytes, String provider) {
        this.bundle = bundle;
        this.graphs = graphs;
        this.cache = new KvCache(cacheBudgetBytes);
        this.contextCache = new KvCache(cacheBudgetBytes / CONTEXT_BUDGET_DIVISOR);
        this.contextColumns = bundle.config().cachedContextColumns();
        this.provider = provider;
    }

    /**
     * Loads the graphs of a verified bundle through DJL's ONNX Runtime engine.
     *
     * @param cacheBudgetBytes maximum bytes the KV cache may hold; the context cache may hold an eighth of that
     *                         besides
     * @throws InferenceException when the device request is invalid or a graph cannot be loaded
     */
    public static HashTransModel load(ModelBundle bundle, long cacheBudgetBytes) throws InferenceException {
        DeviceSelector.Choice choice = DeviceSelector.select(Engine.getEngine(ENGINE));
        return load(bundle, cacheBudgetBytes, choice.device(), choice.cpuFallback());
    }

    /**
     * Loads the graphs on {@code device}. When that fails on a GPU and {@code cpuFallback} is set, logs why and loads
     * them on the CPU.
     */
    static HashTransModel load(ModelBundle bundle, long cacheBudgetBytes, Device device, boolean cpuFallback)
            throws InferenceException {
        long started = System.nanoTime();
        Device used = device;
        HashTransGraphs graphs;
        try {
            graphs = HashTransGraphs.load(bundle.dir(), bundle.config(), device);
        } catch (InferenceException e) {
            if (!device.isGpu() || !cpuFallback) {
                throw e;
            }
            LOG.warn("CUDA execution provider failed to start, so HashTrans runs on the CPU: {}", e.getMessage());
            used = Device.cpu();
            graphs = HashTransGraphs.load(bundle.dir(), bundle.config(), used);
        }
        String provider = DeviceSelector.providerName(used);
        LOG.info("Loaded HashTrans model {} (feature spec {}) on {} with ONNX Runtime {} in {} ms; KV cache budget {} MiB",
                bundle.modelVersion(), bundle.featureSpecVersion(), provider, runtimeVersion(),
                (System.nanoTime() - started) / 1_000_000, cacheBudgetBytes >> 20);
        return new HashTransModel(bundle, graphs, cacheBudgetBytes, provider);
    }

    /**
     * Returns the version of the ONNX Runtime library on the class path. DJL's {@code Engine.getVersion()} gives the
     * version DJL was built against, which differs when the build picks another ONNX Runtime jar.
     */
    private static String runtimeVersion() {
        return OrtEnvironment.getEnvironment().getVersion();
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

    /** Returns the Stage I cache: the S side's K/V per entity or batch. */
    public KvCache cache() {
        return cache;
    }

    /** Returns the context cache: K/V of the context tokens before the scenario token, per entry and context. */
    public KvCache contextCache() {
        return contextCache;
    }

    /** Empties the Stage I cache and the context cache. Leases already handed out stay valid until closed. */
    public void clearCaches() {
        cache.clear();
        contextCache.clear();
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
        return scoreBatch(history, candidates, true);
    }

    /**
     * Runs Stage II for one entity with its context computed now, neither read from nor left in the context cache:
     * the uncached reference of tests and benchmarks.
     */
    public EntityScores scoreWithoutContextCache(KvCache.Lease history, CandidateTokens candidates) {
        return scoreBatch(history, List.of(candidates), false).get(0);
    }

    private List<EntityScores> scoreBatch(KvCache.Lease history, List<CandidateTokens> candidates,
            boolean cachedContext) {
        EncodedHistory entry = history.entry();
        if (candidates.size() != entry.batchSize()) {
            throw new IllegalArgumentException(candidates.size() + " candidate sets for " + entry.batchSize()
                    + " history rows");
        }
        ModelConfig config = bundle.config();
        CandidateBatch batch = CandidateBatch.padded(candidates, config.featureWidthNs(), config.featureWidthCand());
        ScoreOutputs outputs;
        try (KvCache.Lease context = context(entry, batch, cachedContext)) {
            outputs = graphs.score(entry.kv(), context.entry().kv(), batch);
        }
        List<EntityScores> result = new ArrayList<>(candidates.size());
        for (int b = 0; b < candidates.size(); b++) {
            result.add(outputs.entity(entry.key().entityIds().get(b), b, candidates.get(b).count()));
        }
        return result;
    }

    /**
     * Returns a lease on the context cache of {@code history} under the non-scenario columns of {@code batch}, from
     * the context cache or computed now (and then cached when {@code cached}).
     */
    private KvCache.Lease context(EncodedHistory history, CandidateBatch batch, boolean cached) {
        CacheKey key = CacheKey.context(history.key(), batch.nsNum(), contextColumns);
        Optional<KvCache.Lease> hit = cached ? contextCache.get(key) : Optional.empty();
        if (hit.isPresent()) {
            return hit.get();
        }
        NDManager manager = graphs.newEntryManager();
        try {
            NDList kv = graphs.encodeContext(manager, history.kv(), batch.nsNum(), batch.batch());
            contextEncodes.incrementAndGet();
            EncodedHistory entry = new EncodedHistory(key, history.rows(), manager, kv, 0);
            return cached ? contextCache.put(entry) : new KvCache.Lease(entry);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** Counters for logs, tests and benchmarks. */
    public Counters counters() {
        return new Counters(fullEncodes.get(), appendEncodes.get(), contextEncodes.get(), graphs.liveCallArrays(),
                graphs.liveCacheArrays(), cache.stats(), contextCache.stats());
    }

    /**
     * @param fullEncodes      Stage I runs over a whole sequence or batch
     * @param appendEncodes    Stage I runs over appended tokens only
     * @param contextEncodes   context graph runs (context cache misses)
     * @param liveCallArrays   native arrays held outside the caches, 0 between calls
     * @param liveCacheArrays  native arrays held by cache entries and open leases
     * @param cache            Stage I cache counters
     * @param contextCache     context cache counters
     */
    public record Counters(long fullEncodes, long appendEncodes, long contextEncodes, int liveCallArrays,
            int liveCacheArrays, KvCache.Stats cache, KvCache.Stats contextCache) {
    }

    @Override
    public void close() {
        cache.close();
        contextCache.close();
        graphs.close();
        LOG.info("Closed HashTrans model {}", modelVersion());
    }
}
