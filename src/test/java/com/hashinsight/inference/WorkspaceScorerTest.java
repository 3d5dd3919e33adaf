package com.hashinsight.inference;

import static com.hashinsight.inference.TestModels.SAME_GRAPH_TOLERANCE;
import static com.hashinsight.inference.TestModels.candidates;
import static com.hashinsight.inference.TestModels.flatten;
import static com.hashinsight.inference.TestModels.history;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Batched workspace scoring with the real bundle: every batch runs once, from any calling thread. */
class WorkspaceScorerTest {

    private static final int[] LENGTHS = {0, 12, 70, 3, 130, 45, 90};

    private static HashTransModel model;
    private static ModelConfig config;

    @BeforeAll
    static void load() throws InferenceException {
        model = TestModels.load(TestModels.LARGE_BUDGET_BYTES);
        config = model.bundle().config();
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    @BeforeEach
    void emptyCache() {
        model.clearCaches();
    }

    private static List<EntityInput> miners() {
        List<EntityInput> miners = new ArrayList<>();
        for (int i = 0; i < LENGTHS.length; i++) {
            miners.add(new EntityInput("miner-" + i, history(config, LENGTHS[i], i), candidates(config, 3, 100 + i)));
        }
        return miners;
    }

    private static double[] aloneScores(EntityInput miner) {
        try (KvCache.Lease lease = model.encodeUncached(miner.entityId(), miner.history())) {
            return flatten(model.score(lease, miner.candidates()));
        }
    }

    private static void assertMatchesAlone(List<EntityInput> miners, List<EntityScores> scored) {
        assertEquals(miners.size(), scored.size());
        for (int i = 0; i < miners.size(); i++) {
            assertEquals(miners.get(i).entityId(), scored.get(i).entityId(), "results come back in input order");
            assertArrayEquals(aloneScores(miners.get(i)), flatten(scored.get(i)), SAME_GRAPH_TOLERANCE,
                    miners.get(i).entityId());
        }
    }

    @Test
    void scoresEveryBatchFromPlainThread() {
        List<EntityInput> miners = miners();
        long encodesBefore = model.counters().fullEncodes();

        List<EntityScores> scored = new WorkspaceScorer(model, 2).score(miners);

        assertEquals(encodesBefore + 4, model.counters().fullEncodes(), "7 miners in batches of 2 are 4 encodes");
        assertMatchesAlone(miners, scored);
    }

    @Test
    void smallWorkspaceSplitsPerWorker() {
        int workers = ForkJoinPool.getCommonPoolParallelism() + 1;
        WorkspaceScorer scorer = new WorkspaceScorer(model, 64);

        assertEquals(1, scorer.batchCount(7), "7 rows are fewer than two batches of 8");
        assertEquals(Math.min(workers, 6), scorer.batchCount(52));
        assertEquals(Math.max(8, Math.min(workers, 62)), scorer.batchCount(500),
                "500 rows in batches of at most 64, and at least one per worker");
        assertEquals(0, scorer.batchCount(0));
    }

    @Test
    @Timeout(120)
    void scoresInsideOneThreadPool() throws Exception {
        List<EntityInput> miners = miners();
        ForkJoinPool oneThread = new ForkJoinPool(1);
        try {
            List<EntityScores> scored = oneThread.submit(() -> new WorkspaceScorer(model, 2).score(miners)).get();
            assertMatchesAlone(miners, scored);
        } finally {
            oneThread.shutdown();
        }
    }

    @Test
    void failingBatchClosesEveryArray() {
        List<EntityInput> miners = new ArrayList<>(miners());
        EntityInput broken = miners.get(4);
        CandidateTokens good = broken.candidates();
        CandidateTokens wrongWidth = new CandidateTokens(new float[good.nsWidth() + 1], good.candNum(),
                good.candKind(), good.featureWidth());
        miners.set(4, new EntityInput(broken.entityId(), broken.history(), wrongWidth));

        assertThrows(IllegalArgumentException.class, () -> new WorkspaceScorer(model, 2).score(miners));

        assertEquals(0, model.counters().liveCallArrays());
        // A lease still open would keep its entry's arrays alive after the cache is cleared.
        model.clearCaches();
        assertEquals(0, model.counters().liveCacheArrays(), "every batch's lease is closed");
    }
}
