package com.hashinsight.ui.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.inference.CandidateScore;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.hashtrans.HashTransModels;
import com.hashinsight.ui.hashtrans.TestModels;
import com.hashinsight.ui.task.Progress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Miner health from the HashTrans heads, and the rule-based estimate where the model is not available. */
class HashTransHealthTest {

    /** Two assessments through the same ONNX graphs agree to this many percentage points. */
    private static final double SAME_GRAPH_TOLERANCE_PCT = 1e-3;

    @TempDir
    static Path dataDirectory;

    private static Workspace workspace;
    private static HashTransModels models;

    @BeforeAll
    static void createWorkspace() throws Exception {
        workspace = new Workspaces(dataDirectory).create("health");
        HealthFleet.insertInto(workspace);
    }

    @AfterAll
    static void close() {
        if (models != null) {
            models.close();
        }
        workspace.close();
    }

    private static HealthReport assessWithModel() throws Exception {
        if (models == null) {
            models = TestModels.installed();
        }
        return new HashTransHealth(models, new RuleBasedHealth()).assess(workspace, Progress.unobserved()).orElseThrow();
    }

    @Test
    void modelRisksAreProbabilities() throws Exception {
        HealthReport report = assessWithModel();

        assertEquals("ui.health.source.model", report.source().key());
        assertEquals(5, report.miners().size());
        for (MinerHealth miner : report.miners()) {
            assertTrue(miner.risk7dPct() >= 0, miner.serial() + " 7-day " + miner.risk7dPct());
            assertTrue(miner.risk7dPct() <= 100, miner.serial() + " 7-day " + miner.risk7dPct());
            assertTrue(miner.risk30dPct() >= 0, miner.serial() + " 30-day " + miner.risk30dPct());
            assertTrue(miner.risk30dPct() <= 100, miner.serial() + " 30-day " + miner.risk30dPct());
        }
    }

    @Test
    void rowsQuoteDowntimeHeadAndConfigHead() throws Exception {
        HealthReport report = assessWithModel();

        for (MinerHealth miner : report.miners()) {
            assertEquals("ui.health.signal.downtime", miner.signals().getFirst().key(), miner.serial());
            assertTrue(miner.recommendation().key().startsWith("ui.health.recommend.model."),
                    miner.serial() + ": " + miner.recommendation().key());
        }
    }

    @Test
    void riskDiffersBetweenMiners() throws Exception {
        HealthReport report = assessWithModel();

        long distinct = report.miners().stream().mapToDouble(MinerHealth::risk30dPct).distinct().count();

        assertTrue(distinct > 1, "every miner got the same 30-day risk");
    }

    @Test
    void cachedAssessmentEqualsAssessmentAfterCacheClear() throws Exception {
        HealthReport cached = assessWithModel();
        models.load().loaded().service().clearCache();
        HealthReport uncached = assessWithModel();

        for (int i = 0; i < cached.miners().size(); i++) {
            assertEquals(cached.miners().get(i).risk30dPct(), uncached.miners().get(i).risk30dPct(),
                    SAME_GRAPH_TOLERANCE_PCT, cached.miners().get(i).serial());
        }
    }

    @Test
    void withoutModelKeepsRulesAndSaysWhy() throws Exception {
        try (HashTransModels disabled = HashTransModels.disabled()) {
            HealthReport report = new HashTransHealth(disabled, new RuleBasedHealth())
                    .assess(workspace, Progress.unobserved()).orElseThrow();
            HealthReport rules = new RuleBasedHealth().assess(workspace, Progress.unobserved()).orElseThrow();

            assertEquals("ui.health.source.rules", report.source().key());
            assertEquals("inference.disabled", report.detail().key());
            assertEquals(rules.miners(), report.miners());
        }
    }

    @Test
    void recommendKeepsCurrentWithoutGain() {
        List<CandidateScore> scores = List.of(config(1.00, 0.02), config(1.005, 0.02), config(0.90, 0.01),
                config(0.80, 0.01), config(0.95, 0.02));

        assertEquals("ui.health.recommend.model.keep", HashTransHealth.recommend(scores).key());
    }

    @Test
    void recommendPicksBestPresetWithinRiskAllowance() {
        // Performance earns the most but adds 5 points of downtime, so the next best preset within 1 point wins.
        List<CandidateScore> scores = List.of(config(1.00, 0.02), config(1.10, 0.025), config(1.00, 0.02),
                config(1.50, 0.07), config(1.20, 0.02));

        LocalizedText recommendation = HashTransHealth.recommend(scores);

        assertEquals("ui.health.recommend.model.autotune", recommendation.key());
        assertEquals(0.20, (double) recommendation.args().getFirst(), 1e-9);
    }

    /** Returns a config preset's scores from its 30-day value in USD per TH/s and its downtime share. */
    private static CandidateScore config(double value, double downtimeShare) {
        return new CandidateScore(0, 0, value, downtimeShare);
    }
}
