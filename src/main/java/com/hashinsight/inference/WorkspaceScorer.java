package com.hashinsight.inference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Scores many entities by batching them: Stage I per batch of up to {@code batchSize} entities (cached as one entry)
 * and one Stage II call per batch.
 *
 * <p>Entities are sorted by history length, then id, before they are cut into batches, so that rows of similar
 * length share a batch (less padding) and the same workspace always gives the same batches. A slider move changes
 * only the NS side, so re-scoring finds every batch in the KV cache and runs Stage II alone. Results come back in
 * input order and do not depend on it. Batches run in parallel on the calling thread and the common fork-join pool,
 * longest first.
 */
public final class WorkspaceScorer {

    /** Default rows per encoder and scorer call. */
    public static final int DEFAULT_BATCH_SIZE = 64;

    /** Minimum rows per batch when a workspace below the batch size is split across workers. */
    static final int MIN_SPLIT_ROWS = 8;

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

        Map<String, EntityScores> byId = new ConcurrentHashMap<>(inputs.size() * 2);
        forEachLongestFirst(batches(histories), batch -> {
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
        forEachLongestFirst(batches(histories), batch -> encode(batch).close());
    }

    /**
     * Runs {@code action} on every batch in parallel, from the last batch (the longest histories) to the first.
     * Each graph call runs on its calling thread, so the calling thread and helper tasks each take the next batch
     * until none is left. Starting with the longest batches leaves the shortest for last, so the workers finish
     * closer together than with a split of the list into halves.
     *
     * <p>The helpers run in the caller's fork-join pool, or in the common pool when the caller is not in one. A
     * caller inside a pool counts as one of its workers. After a failure no worker starts another batch.
     */
    private static <T> void forEachLongestFirst(List<T> batches, Consumer<T> action) {
        AtomicInteger nextIndex = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = nextIndex.getAndIncrement(); i < batches.size(); i = nextIndex.getAndIncrement()) {
                try {
                    action.accept(batches.get(batches.size() - 1 - i));
                } catch (RuntimeException e) {
                    nextIndex.set(batches.size());
                    throw e;
                }
            }
        };
        boolean inPool = ForkJoinTask.inForkJoinPool();
        ForkJoinPool pool = inPool ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
        int helperCount = Math.min(pool.getParallelism() - (inPool ? 1 : 0), batches.size() - 1);
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int i = 0; i < helperCount; i++) {
            helpers.add(pool.submit(worker));
        }
        RuntimeException failure = null;
        try {
            worker.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        failure = joinAll(helpers, failure);
        if (failure != null) {
            throw failure;
        }
    }

    /** Waits for every task, also after a failure, so that no batch still runs once scoring returns. */
    private static RuntimeException joinAll(List<ForkJoinTask<?>> tasks, RuntimeException failure) {
        for (ForkJoinTask<?> task : tasks) {
            try {
                task.join();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        return failure;
    }

    private KvCache.Lease encode(List<Map.Entry<String, SequenceTokens>> batch) {
        return model.encodeBatch(batch.stream().map(Map.Entry::getKey).toList(),
                batch.stream().map(Map.Entry::getValue).toList());
    }

    private List<List<Map.Entry<String, SequenceTokens>>> batches(Map<String, SequenceTokens> histories) {
        List<Map.Entry<String, SequenceTokens>> sorted = new ArrayList<>(histories.entrySet());
        sorted.sort(BATCH_ORDER);
        int count = batchCount(sorted.size());
        List<List<Map.Entry<String, SequenceTokens>>> batches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batches.add(sorted.subList(i * sorted.size() / count, (i + 1) * sorted.size() / count));
        }
        return batches;
    }

    /**
     * Returns how many batches {@code entities} entities form. There are enough that none exceeds the batch size,
     * and at least one per worker (the calling thread and the common pool's) while each gets
     * {@value #MIN_SPLIT_ROWS} rows, so that a small workspace such as one client's 52 miners uses every core.
     * The count depends only on the entity count and the machine, so a workspace always gets the same batches.
     */
    int batchCount(int entities) {
        if (entities == 0) {
            return 0;
        }
        int workers = ForkJoinPool.getCommonPoolParallelism() + 1;
        return Math.max(Math.ceilDiv(entities, batchSize), Math.clamp(entities / MIN_SPLIT_ROWS, 1, workers));
    }
}
