package com.hashinsight.inference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of HashTrans for the app: loading the bundle, scoring one entity's candidates, scoring a workspace's
 * health, and re-scoring a workspace after a slider move.
 *
 * <pre>{@code
 * try (HashTransService service = HashTransService.open()) {
 *     EntityScores abc = service.scoreCandidates("S19-0001", history, candidates);
 *     HashTransService.Workspace workspace = service.prepare(histories);   // Stage I for every batch
 *     List<EntityScores> moved = workspace.rescore(newCandidatesByEntity);  // Stage II only
 * }
 * }</pre>
 *
 * <p>Thread-safe. Methods block, so the UI calls them off the FX thread.
 */
public final class HashTransService implements AutoCloseable {

    /** System property setting the KV cache budget in MiB. */
    public static final String CACHE_MIB_PROPERTY = "hashinsight.inference.cacheMiB";

    /** System property choosing the execution provider: {@code auto} (default), {@code cpu} or {@code cuda}. */
    public static final String DEVICE_PROPERTY = DeviceSelector.DEVICE_PROPERTY;

    /** Default KV cache budget: a 500-miner workspace at L_S = 256 takes about 190 MiB. */
    public static final long DEFAULT_CACHE_MIB = 512;

    private static final Logger LOG = LoggerFactory.getLogger(HashTransService.class);

    private final HashTransModel model;
    private final WorkspaceScorer workspaceScorer;

    private HashTransService(HashTransModel model, int batchSize) {
        this.model = model;
        this.workspaceScorer = new WorkspaceScorer(model, batchSize);
    }

    /**
     * Finds the bundle with {@link ModelLocator}, verifies it against this app's tokenizer and loads it.
     *
     * @throws InferenceException when the bundle is missing or any check or load step fails
     */
    public static HashTransService open() throws InferenceException {
        Path dir = ModelLocator.locate();
        TokenizerInputs.checkFeatureSpec(dir);
        return open(dir, TokenizerInputs.SPEC_VERSION);
    }

    /**
     * Verifies and loads the bundle in {@code dir} with the default cache budget and batch size.
     *
     * @param expectedSpecVersion the feature-spec version the app's tokenizer writes
     * @throws InferenceException when a checksum, the spec version, the device or a graph fails
     */
    public static HashTransService open(Path dir, String expectedSpecVersion) throws InferenceException {
        long budgetMiB = Long.getLong(CACHE_MIB_PROPERTY, DEFAULT_CACHE_MIB);
        return open(dir, expectedSpecVersion, budgetMiB << 20, WorkspaceScorer.DEFAULT_BATCH_SIZE);
    }

    public static HashTransService open(Path dir, String expectedSpecVersion, long cacheBudgetBytes, int batchSize)
            throws InferenceException {
        try {
            ModelBundle bundle = ModelBundle.open(dir, expectedSpecVersion);
            return new HashTransService(HashTransModel.load(bundle, cacheBudgetBytes), batchSize);
        } catch (InferenceException e) {
            LOG.error("Cannot load the HashTrans model from {}", dir, e);
            throw e;
        }
    }

    public String modelVersion() {
        return model.modelVersion();
    }

    public String executionProvider() {
        return model.executionProvider();
    }

    public ModelConfig config() {
        return model.bundle().config();
    }

    /** Returns false for a bundle whose model card marks its weights as untrained, so its scores mean nothing. */
    public boolean trained() {
        return model.bundle().trained();
    }

    /** Hits, misses and bytes of the Stage I KV cache so far. */
    public KvCache.Stats cacheStats() {
        return model.cache().stats();
    }

    /** Hits, misses and bytes of the context cache so far (the context tokens before the scenario token). */
    public KvCache.Stats contextCacheStats() {
        return model.contextCache().stats();
    }

    /** Scores every candidate of one entity. Stage I comes from the KV cache when the history was seen before. */
    public EntityScores scoreCandidates(String entityId, SequenceTokens history, CandidateTokens candidates) {
        try (KvCache.Lease encoded = model.encode(entityId, history)) {
            return model.score(encoded, candidates);
        }
    }

    /**
     * Scores every entity with all of its candidates and returns the results in input order. Stage I comes from the
     * KV cache when the same entities with the same S-tokens were scored together before.
     *
     * @throws IllegalArgumentException when two inputs share an entity id
     */
    public List<EntityScores> score(List<EntityInput> entities) {
        return workspaceScorer.score(entities);
    }

    /**
     * Returns the health of every miner, in input order. The first candidate of each input must be the miner's
     * current operation as a config-preset candidate (kind 3), because the downtime share comes from that head.
     * A miner with an empty history gets a finite score from the NS-only path.
     */
    public List<HealthScore> healthScores(List<EntityInput> miners) {
        List<EntityScores> scores = workspaceScorer.score(miners);
        List<HealthScore> health = new ArrayList<>(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            health.add(HealthScore.of(scores.get(i), miners.get(i).history().length() > 0));
        }
        return health;
    }

    /**
     * Runs Stage I for every entity of a workspace now, so that later slider moves run Stage II alone.
     *
     * @param histories S-tokens per entity id, whose iteration order the results keep
     */
    public Workspace prepare(Map<String, SequenceTokens> histories) {
        Workspace workspace = new Workspace(Map.copyOf(histories), List.copyOf(histories.keySet()));
        workspace.encode();
        return workspace;
    }

    public HashTransModel.Counters counters() {
        return model.counters();
    }

    /** Drops every cached Stage I and context result, for example when a workspace closes. */
    public void clearCache() {
        model.clearCaches();
    }

    HashTransModel model() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }

    /** The entities of one workspace with their S-tokens, ready to re-score under new slider states. */
    public final class Workspace {

        private final Map<String, SequenceTokens> histories;
        private final List<String> order;

        private Workspace(Map<String, SequenceTokens> histories, List<String> order) {
            this.histories = histories;
            this.order = order;
        }

        public List<String> entityIds() {
            return order;
        }

        private void encode() {
            long started = System.nanoTime();
            workspaceScorer.encode(histories);
            LOG.info("Prepared {} entities for re-scoring in {} ms", order.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }

        /**
         * Re-scores every entity with the NS-side inputs of a new slider state, in {@link #entityIds()} order.
         *
         * <p>A slider sets scenario columns of {@code ns_num} only, so after the first state each batch finds both
         * its Stage I entry and its context entry cached and runs the scenario token and the candidates alone.
         *
         * @param candidates context and candidates per entity id under the new slider state, required for every id
         */
        public List<EntityScores> rescore(Map<String, CandidateTokens> candidates) {
            List<EntityInput> inputs = new ArrayList<>(order.size());
            for (String id : order) {
                CandidateTokens forEntity = candidates.get(id);
                if (forEntity == null) {
                    throw new IllegalArgumentException("no candidates for entity " + id);
                }
                inputs.add(new EntityInput(id, histories.get(id), forEntity));
            }
            return workspaceScorer.score(inputs);
        }
    }
}
