package com.hashinsight.inference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores many entities by batching them: Stage I per batch of up to {@code batchSize} entities (cached as one entry)
 * and one Stage II call per batch.
 *
 * <p>Entities are sorted by history length, then id, before they are cut into batches, so that rows of similar
 * length share a batch (less padding) and the same workspace always gives the same batches. A slider move changes
 * only the NS side, so re-scoring finds every batch in the KV cache and runs Stage II alone. Results come back in
 * input order and do not depend on it. Batches run in parallel on the common fork-join pool.
 */
public final class WorkspaceScorer {

    /** Default rows per encoder and scorer call. */
    public static final int DEFAULT_BATCH_SIZE = 64;

    private static final Comparator<Map.Entry<String, SequenceTokens>> BATCH_ORDER = Comparator
            .comparingInt((Map.Entry<String, SequenceTokens> entry) -> entry.getValue().length())
            .thenComparing(Map.Entry::getKey);

    private final HashTransModel model;
    private final int batchSize;

    public WorkspaceScorer(HashTransModel model, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be ≥ 1, got " + batchSize);
        }
        this.model = model;
        this.batchSize = batchSize;
    }

    /**
     * Scores every entity and returns the results in input order.
     *
     * @throws IllegalArgumentException when two inputs share an entity id
     */
    public List<EntityScores> score(List<EntityInput> inputs) {
        Map<String, CandidateTokens> candidates = new HashMap<>(inputs.size() * 2);
        Map<String, SequenceTokens> histories = new HashMap<>(inputs.size() * 2);
        for (EntityInput input : inputs) {
            if (candidates.put(input.entityId(), input.candidates()) != null) {
                throw new IllegalArgumentException("entity id " + input.entityId() + " appears twice");
            }
            histories.put(input.entityId(), input.history());
        }

        // Each graph call runs on its calling thread, so batches run in parallel on the common fork-join pool.
        Map<String, EntityScores> byId = new ConcurrentHashMap<>(inputs.size() * 2);
        batches(histories).parallelStream().forEach(batch -> {
            List<CandidateTokens> batchCandidates = batch.stream().map(entry -> candidates.get(entry.getKey())).toList();
            try (KvCache.Lease history = encode(batch)) {
                for (EntityScores scores : model.scoreBatch(history, batchCandidates)) {
                    byId.put(scores.entityId(), scores);
                }
            }
        });

        List<EntityScores> result = new ArrayList<>(inputs.size());
        for (EntityInput input : inputs) {
            result.add(byId.get(input.entityId()));
        }
        return result;
    }

    /** Runs Stage I for every batch of {@code histories} and leaves the results in the KV cache. */
    public void encode(Map<String, SequenceTokens> histories) {
        batches(histories).parallelStream().forEach(batch -> encode(batch).close());
    }

    private KvCache.Lease encode(List<Map.Entry<String, SequenceTokens>> batch) {
        return model.encodeBatch(batch.stream().map(Map.Entry::getKey).toList(),
                batch.stream().map(Map.Entry::getValue).toList());
    }

    private List<List<Map.Entry<String, SequenceTokens>>> batches(Map<String, SequenceTokens> histories) {
        List<Map.Entry<String, SequenceTokens>> sorted = new ArrayList<>(histories.entrySet());
        sorted.sort(BATCH_ORDER);
        List<List<Map.Entry<String, SequenceTokens>>> batches = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += batchSize) {
            batches.add(sorted.subList(from, Math.min(from + batchSize, sorted.size())));
        }
        return batches;
    }
}
