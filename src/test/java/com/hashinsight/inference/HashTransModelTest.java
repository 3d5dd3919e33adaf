package com.hashinsight.inference;

import static com.hashinsight.inference.TestModels.SAME_GRAPH_TOLERANCE;
import static com.hashinsight.inference.TestModels.candidates;
import static com.hashinsight.inference.TestModels.flatten;
import static com.hashinsight.inference.TestModels.history;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two-stage scoring with the real bundle through DJL and ONNX Runtime. */
class HashTransModelTest {

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

    private static double[] scoreUncached(String entity, SequenceTokens tokens, CandidateTokens request) {
        try (KvCache.Lease history = model.encodeUncached(entity, tokens)) {
            return flatten(model.scoreWithoutContextCache(history, request));
        }
    }

    private static double[] scoreCached(String entity, SequenceTokens tokens, CandidateTokens request) {
        try (KvCache.Lease history = model.encode(entity, tokens)) {
            return flatten(model.score(history, request));
        }
    }

    @Test
    void cachedEqualsUncached() {
        SequenceTokens tokens = history(config, 300, 1);
        CandidateTokens request = candidates(config, 3, 2);
        long hitsBefore = model.cache().stats().hits();

        double[] first = scoreCached("m1", tokens, request);
        double[] second = scoreCached("m1", tokens, request);
        double[] uncached = scoreUncached("m1", tokens, request);

        assertEquals(hitsBefore + 1, model.cache().stats().hits(), "the second request must hit the cache");
        assertArrayEquals(uncached, first, SAME_GRAPH_TOLERANCE);
        assertArrayEquals(uncached, second, SAME_GRAPH_TOLERANCE);
    }

    @Test
    void differentCandidatesOnSameHistoryAreNotStale() {
        SequenceTokens tokens = history(config, 200, 3);
        CandidateTokens first = candidates(config, 3, 4);
        CandidateTokens second = candidates(config, 3, 5);

        double[] firstScores = scoreCached("m1", tokens, first);
        double[] secondScores = scoreCached("m1", tokens, second);

        assertFalse(Arrays.equals(firstScores, secondScores), "two candidate sets must not return one result");
        assertArrayEquals(scoreUncached("m1", tokens, first), firstScores, SAME_GRAPH_TOLERANCE);
        assertArrayEquals(scoreUncached("m1", tokens, second), secondScores, SAME_GRAPH_TOLERANCE);
    }

    @Test
    void sliderMoveReusesTheContextCache() {
        SequenceTokens tokens = history(config, 260, 8);
        CandidateTokens start = candidates(config, 3, 9);
        CandidateTokens moved = withColumn(start, config.scenarioColumns().get(0), 0.75f);

        double[] before = scoreCached("m1", tokens, start);
        long contextEncodes = model.counters().contextEncodes();
        double[] after = scoreCached("m1", tokens, moved);

        assertEquals(contextEncodes, model.counters().contextEncodes(), "a scenario column must not change the context");
        assertFalse(Arrays.equals(before, after), "the slider move must change the scores");
        assertArrayEquals(scoreUncached("m1", tokens, moved), after, SAME_GRAPH_TOLERANCE);
    }

    @Test
    void differentContextsOnSameHistoryAreNotStale() {
        SequenceTokens tokens = history(config, 180, 10);
        CandidateTokens first = candidates(config, 3, 11);
        int otherColumn = config.scenarioColumns().contains(0) ? config.featureWidthNs() - 1 : 0;
        CandidateTokens second = withColumn(first, otherColumn, 0.9f);

        double[] firstScores = scoreCached("m1", tokens, first);
        long contextEncodes = model.counters().contextEncodes();
        double[] secondScores = scoreCached("m1", tokens, second);

        assertEquals(contextEncodes + 1, model.counters().contextEncodes(), "a non-scenario column is new context");
        assertFalse(Arrays.equals(firstScores, secondScores), "two contexts must not return one result");
        assertArrayEquals(scoreUncached("m1", tokens, first), firstScores, SAME_GRAPH_TOLERANCE);
        assertArrayEquals(scoreUncached("m1", tokens, second), secondScores, SAME_GRAPH_TOLERANCE);
    }

    /** Returns {@code request} with {@code ns_num[column]} set to {@code value}. */
    private static CandidateTokens withColumn(CandidateTokens request, int column, float value) {
        float[] nsNum = request.nsNum();
        nsNum[column] = value;
        return new CandidateTokens(nsNum, request.candNum(), request.candKind(), request.featureWidth());
    }

    @Test
    void changedHistoryIsNotServedFromCache() {
        SequenceTokens original = history(config, 150, 6);
        float[] sNum = original.sNum();
        sNum[10] += 0.25f;
        SequenceTokens edited = new SequenceTokens(sNum, original.sType(), config.featureWidthS());
        CandidateTokens request = candidates(config, 2, 7);

        double[] before = scoreCached("m1", original, request);
        double[] after = scoreCached("m1", edited, request);

        assertFalse(Arrays.equals(before, after), "an edited history must be encoded again");
        assertArrayEquals(scoreUncached("m1", edited, request), after, SAME_GRAPH_TOLERANCE);
    }

    @Test
    void appendWithinBlockEqualsFullEncode() {
        int block = config.pyramidBlock();
        SequenceTokens full = history(config, 2 * block + block / 2, 8);
        CandidateTokens request = candidates(config, 3, 9);
        long appendsBefore = model.counters().appendEncodes();

        scoreCached("m1", full.slice(0, 2 * block + 3), request);
        scoreCached("m1", full.slice(0, 2 * block + 10), request);
        double[] appended = scoreCached("m1", full, request);

        assertEquals(appendsBefore + 2, model.counters().appendEncodes(), "both extensions must be appends");
        assertArrayEquals(scoreUncached("m1", full, request), appended, SAME_GRAPH_TOLERANCE);
    }

    @Test
    void appendAcrossBlockReencodes() {
        int block = config.pyramidBlock();
        SequenceTokens full = history(config, 2 * block + 5, 10);
        CandidateTokens request = candidates(config, 3, 11);
        scoreCached("m1", full.slice(0, 2 * block - 5), request);
        long appendsBefore = model.counters().appendEncodes();
        long fullBefore = model.counters().fullEncodes();

        double[] crossed = scoreCached("m1", full, request);

        assertEquals(appendsBefore, model.counters().appendEncodes());
        assertEquals(fullBefore + 1, model.counters().fullEncodes());
        assertArrayEquals(scoreUncached("m1", full, request), crossed, SAME_GRAPH_TOLERANCE);
    }

    @Test
    void appendReplacesBaseEntry() {
        SequenceTokens full = history(config, 20, 12);
        CandidateTokens request = candidates(config, 1, 13);
        scoreCached("m1", full.slice(0, 10), request);

        scoreCached("m1", full, request);

        assertEquals(1, model.cache().stats().entries(), "the shorter history's entry is dropped after an append");
    }

    @Test
    void batchOrderDoesNotChangeScores() {
        List<String> ids = List.of("a", "b", "c", "d");
        List<SequenceTokens> rows = List.of(history(config, 40, 20), history(config, 250, 21),
                history(config, 0, 22), history(config, 130, 23));
        List<CandidateTokens> requests = List.of(candidates(config, 3, 24), candidates(config, 1, 25),
                candidates(config, 2, 26), candidates(config, 3, 27));
        int[] order = {3, 0, 2, 1};

        List<EntityScores> forward;
        try (KvCache.Lease batch = model.encodeBatch(ids, rows)) {
            forward = model.scoreBatch(batch, requests);
        }
        List<EntityScores> shuffled;
        try (KvCache.Lease batch = model.encodeBatch(pick(ids, order), pick(rows, order))) {
            shuffled = model.scoreBatch(batch, pick(requests, order));
        }

        for (int i = 0; i < order.length; i++) {
            EntityScores alone = scoreAlone(ids.get(order[i]), rows.get(order[i]), requests.get(order[i]));
            assertEquals(ids.get(order[i]), shuffled.get(i).entityId());
            assertArrayEquals(flatten(forward.get(order[i])), flatten(shuffled.get(i)), SAME_GRAPH_TOLERANCE,
                    "entity " + ids.get(order[i]));
            assertArrayEquals(flatten(alone), flatten(shuffled.get(i)), SAME_GRAPH_TOLERANCE,
                    "entity " + ids.get(order[i]) + " alone");
        }
    }

    private static EntityScores scoreAlone(String entity, SequenceTokens tokens, CandidateTokens request) {
        try (KvCache.Lease history = model.encodeUncached(entity, tokens)) {
            return model.score(history, request);
        }
    }

    private static <T> List<T> pick(List<T> values, int[] order) {
        List<T> picked = new ArrayList<>();
        for (int index : order) {
            picked.add(values.get(index));
        }
        return picked;
    }

    @Test
    void emptyHistoryGetsFiniteScores() {
        double[] scores = scoreCached("new-miner", SequenceTokens.empty(config.featureWidthS()),
                candidates(config, 3, 30));

        for (double value : scores) {
            assertTrue(Double.isFinite(value), "NS-only output must be finite, got " + Arrays.toString(scores));
        }
    }

    @Test
    void emptyHistoryInBatchLeavesOthersUnchanged() {
        SequenceTokens other = history(config, 90, 31);
        CandidateTokens request = candidates(config, 2, 32);
        List<EntityScores> batch;
        try (KvCache.Lease history = model.encodeBatch(List.of("new", "old"),
                List.of(SequenceTokens.empty(config.featureWidthS()), other))) {
            batch = model.scoreBatch(history, List.of(request, request));
        }

        assertArrayEquals(scoreUncached("old", other, request), flatten(batch.get(1)), SAME_GRAPH_TOLERANCE);
        assertArrayEquals(scoreUncached("new", SequenceTokens.empty(config.featureWidthS()), request),
                flatten(batch.get(0)), SAME_GRAPH_TOLERANCE);
    }

    @Test
    void scoringLeavesNoNativeArraysBehind() {
        SequenceTokens tokens = history(config, 100, 40);
        for (int i = 0; i < 20; i++) {
            scoreCached("m" + (i % 3), tokens, candidates(config, 5, i));
        }
        model.clearCaches();

        assertEquals(0, model.counters().liveCallArrays());
        assertEquals(0, model.counters().liveCacheArrays());
    }
}
