package com.hashinsight.ui.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.strategy.TestWorkspace;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.hashtrans.HashTransModels;
import com.hashinsight.ui.hashtrans.TestModels;
import com.hashinsight.ui.task.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison with its operational factors from HashTrans, and its fallback to the prior without the model. */
class EngineStrategyScorerModelTest {

    private static final int TEST_PATHS = 200;
    /** Two scores of the same inputs through the same ONNX graphs agree to this many percentage points. */
    private static final double SAME_GRAPH_TOLERANCE_PCT = 1e-3;

    @TempDir
    static Path dataDirectory;

    private static Workspace workspace;
    private static HashTransModels models;

    @BeforeAll
    static void createWorkspace() throws Exception {
        TestWorkspace.create(dataDirectory);
        workspace = new Workspaces(dataDirectory).open(TestWorkspace.NAME);
        try (Connection connection = workspace.connection()) {
            TestModels.insertTelemetry(connection, IntStream.range(0, 20).mapToObj(i -> "S21-" + i).toList());
        }
    }

    @AfterAll
    static void close() {
        if (models != null) {
            models.close();
        }
        workspace.close();
    }

    private static EngineStrategyScorer modelScorer() {
        if (models == null) {
            models = TestModels.installed();
        }
        return EngineStrategyScorer.open(workspace, models, TEST_PATHS, Progress.unobserved());
    }

    @Test
    void modelRisksAreFiniteAndInRange() {
        EngineStrategyScorer scorer = modelScorer();
        ComparisonResult result = scorer.score(scorer.baseline(), Progress.unobserved());

        assertTrue(scorer.usesModel());
        for (StrategyColumn column : result.columns()) {
            assertTrue(column.failureRisk30dPct() >= 0, column.label() + " risk " + column.failureRisk30dPct());
            assertTrue(column.failureRisk30dPct() <= 100, column.label() + " risk " + column.failureRisk30dPct());
            assertTrue(column.expectedDowntimePct() >= 0, column.label() + " downtime " + column.expectedDowntimePct());
            assertTrue(column.expectedDowntimePct() <= 100, column.label() + " downtime " + column.expectedDowntimePct());
        }
        assertTrue(result.modelMillis() >= 0, "model time " + result.modelMillis());
    }

    @Test
    void modelNoteNamesModelVersion() {
        EngineStrategyScorer scorer = modelScorer();
        ComparisonResult result = scorer.score(scorer.baseline(), Progress.unobserved());

        assertEquals(1, result.modelNotes().size());
        LocalizedText note = result.modelNotes().getFirst();
        assertTrue(note.key().startsWith("ui.comparison.model."), note.key());
        assertEquals(models.load().loaded().service().modelVersion(), note.args().getFirst());
    }

    @Test
    void recommendationQuotesEveryHead() {
        EngineStrategyScorer scorer = modelScorer();
        ComparisonResult result = scorer.score(scorer.baseline(), Progress.unobserved());

        List<String> headKeys = result.reasons().stream().map(LocalizedText::key)
                .filter(key -> key.startsWith("ui.comparison.reason.head.")).toList();
        assertEquals(3, headKeys.size(), headKeys.toString());
        for (String head : List.of("failure", "downtime", "value")) {
            assertTrue(headKeys.stream().anyMatch(key -> key.startsWith("ui.comparison.reason.head." + head + ".")),
                    head + " missing from " + headKeys);
        }
    }

    @Test
    void powerTargetSliderChangesModelRisk() {
        EngineStrategyScorer scorer = modelScorer();
        Scenario baseline = scorer.baseline();
        Scenario lowPower = new Scenario(baseline.btcUsd(), baseline.difficultyGrowthPctPerMonth(),
                baseline.electricityAdderUsdPerMwh(), baseline.hostingAdderUsdPerKwMonth(), 70);

        List<Double> before = risks(scorer.score(baseline, Progress.unobserved()));
        List<Double> after = risks(scorer.score(lowPower, Progress.unobserved()));

        assertNotEquals(before, after);
    }

    @Test
    void cachedScoreEqualsScoreAfterCacheClear() {
        EngineStrategyScorer first = modelScorer();
        List<Double> cached = risks(first.score(first.baseline(), Progress.unobserved()));
        long missesBefore = models.load().loaded().service().cacheStats().misses();

        models.load().loaded().service().clearCache();
        EngineStrategyScorer second = modelScorer();
        List<Double> uncached = risks(second.score(second.baseline(), Progress.unobserved()));

        assertTrue(models.load().loaded().service().cacheStats().misses() > missesBefore, "Stage I ran again");
        for (int i = 0; i < cached.size(); i++) {
            assertEquals(cached.get(i), uncached.get(i), SAME_GRAPH_TOLERANCE_PCT, "value " + i);
        }
    }

    @Test
    void withoutModelUsesPriorAndSaysWhy() {
        try (HashTransModels disabled = HashTransModels.disabled()) {
            EngineStrategyScorer scorer = EngineStrategyScorer.open(workspace, disabled, TEST_PATHS, Progress.unobserved());
            ComparisonResult result = scorer.score(scorer.baseline(), Progress.unobserved());
            EngineStrategyScorer prior = EngineStrategyScorer.open(workspace, TEST_PATHS);

            assertFalse(scorer.usesModel());
            assertEquals(List.of("inference.disabled", "ui.comparison.model.prior"),
                    result.modelNotes().stream().map(LocalizedText::key).toList());
            assertTrue(Double.isNaN(result.modelMillis()));
            assertEquals(risks(prior.score(prior.baseline(), Progress.unobserved())), risks(result));
        }
    }

    /** Failure risk and downtime of every column, in column order. */
    private static List<Double> risks(ComparisonResult result) {
        List<Double> values = new ArrayList<>();
        for (StrategyColumn column : result.columns()) {
            values.add(column.failureRisk30dPct());
            values.add(column.expectedDowntimePct());
        }
        return values;
    }
}
