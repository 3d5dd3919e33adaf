package com.hashinsight.inference;

import static com.hashinsight.inference.TestModels.SAME_GRAPH_TOLERANCE;
import static com.hashinsight.inference.TestModels.candidates;
import static com.hashinsight.inference.TestModels.flatten;
import static com.hashinsight.inference.TestModels.history;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade the UI calls, over the real bundle. */
class HashTransServiceTest {

    private static final int MINERS = 90;
    private static final int BATCH = 32;

    private static HashTransService service;
    private static ModelConfig config;
    private static String specVersion;

    @BeforeAll
    static void open() throws InferenceException {
        Path dir = TestModels.bundleDir();
        specVersion = ModelBundle.readFeatureSpecVersion(dir);
        service = HashTransService.open(dir, specVersion, TestModels.LARGE_BUDGET_BYTES, BATCH);
        config = service.config();
    }

    @AfterAll
    static void close() {
        if (service != null) {
            service.close();
        }
    }

    /** Miners with 0..200 tokens; every tenth has no history. */
    private static List<EntityInput> workspace(long seed) {
        Random random = new Random(seed);
        List<EntityInput> miners = new ArrayList<>();
        for (int i = 0; i < MINERS; i++) {
            int length = i % 10 == 0 ? 0 : 1 + random.nextInt(200);
            miners.add(new EntityInput("miner-" + i, history(config, length, seed * 1000 + i),
                    candidates(config, 3, seed * 1000 + i)));
        }
        return miners;
    }

    @Test
    void healthScoresMatchSingleEntityScoring() {
        List<EntityInput> miners = workspace(1);

        List<HealthScore> health = service.healthScores(miners);

        assertEquals(MINERS, health.size());
        for (int i = 0; i < MINERS; i += 7) {
            EntityInput miner = miners.get(i);
            EntityScores alone = service.scoreCandidates(miner.entityId(), miner.history(), miner.candidates());
            HealthScore expected = HealthScore.of(alone, miner.history().length() > 0);
            assertEquals(miner.entityId(), health.get(i).entityId());
            assertEquals(expected.failProb7d(), health.get(i).failProb7d(), SAME_GRAPH_TOLERANCE, miner.entityId());
            assertEquals(expected.failProb30d(), health.get(i).failProb30d(), SAME_GRAPH_TOLERANCE, miner.entityId());
            assertEquals(expected.expectedDowntimeHours30d(), health.get(i).expectedDowntimeHours30d(),
                    HealthScore.HOURS_30D * SAME_GRAPH_TOLERANCE, miner.entityId());
        }
    }

    @Test
    void newMinersGetFiniteHealthFromContextOnly() {
        List<HealthScore> health = service.healthScores(workspace(2));

        for (int i = 0; i < MINERS; i++) {
            HealthScore score = health.get(i);
            assertEquals(i % 10 != 0, score.fromHistory(), score.entityId());
            assertTrue(Double.isFinite(score.failProb7d()), score.toString());
            assertTrue(Double.isFinite(score.failProb30d()), score.toString());
            assertTrue(Double.isFinite(score.expectedDowntimeHours30d()), score.toString());
        }
    }

    @Test
    void workspaceOrderDoesNotChangeScores() {
        List<EntityInput> miners = workspace(3);
        List<EntityInput> shuffled = new ArrayList<>(miners);
        Collections.shuffle(shuffled, new Random(4));

        Map<String, HealthScore> forward = byId(service.healthScores(miners));
        Map<String, HealthScore> backward = byId(service.healthScores(shuffled));

        for (EntityInput miner : miners) {
            HealthScore a = forward.get(miner.entityId());
            HealthScore b = backward.get(miner.entityId());
            assertEquals(a.failProb30d(), b.failProb30d(), SAME_GRAPH_TOLERANCE, miner.entityId());
            assertEquals(a.expectedDowntimeHours30d(), b.expectedDowntimeHours30d(),
                    HealthScore.HOURS_30D * SAME_GRAPH_TOLERANCE, miner.entityId());
        }
    }

    private static Map<String, HealthScore> byId(List<HealthScore> scores) {
        Map<String, HealthScore> byId = new HashMap<>();
        scores.forEach(score -> byId.put(score.entityId(), score));
        return byId;
    }

    @Test
    void rescoreRunsNoStageOneAndMatchesFreshScoring() {
        List<EntityInput> miners = workspace(5);
        Map<String, SequenceTokens> histories = new LinkedHashMap<>();
        miners.forEach(miner -> histories.put(miner.entityId(), miner.history()));
        HashTransService.Workspace prepared = service.prepare(histories);
        Map<String, CandidateTokens> moved = new HashMap<>();
        miners.forEach(miner -> moved.put(miner.entityId(), candidates(config, 3, miner.entityId().hashCode())));
        long encodesBefore = service.counters().fullEncodes();

        List<EntityScores> rescored = prepared.rescore(moved);

        assertEquals(encodesBefore, service.counters().fullEncodes(), "a slider move must not run Stage I");
        assertMatchesFreshScoring(miners, moved, rescored);

        // A second move sets only scenario columns: every batch's context comes from the context cache.
        Map<String, CandidateTokens> movedAgain = new HashMap<>();
        moved.forEach((id, request) -> {
            float[] nsNum = request.nsNum();
            config.scenarioColumns().forEach(column -> nsNum[column] += 0.5f);
            movedAgain.put(id, new CandidateTokens(nsNum, request.candNum(), request.candKind(),
                    request.featureWidth()));
        });
        long contextEncodesBefore = service.counters().contextEncodes();
        List<EntityScores> rescoredAgain = prepared.rescore(movedAgain);

        assertEquals(contextEncodesBefore, service.counters().contextEncodes(),
                "a scenario-only move must not run the context graph");
        assertMatchesFreshScoring(miners, movedAgain, rescoredAgain);
    }

    private static void assertMatchesFreshScoring(List<EntityInput> miners, Map<String, CandidateTokens> requests,
            List<EntityScores> rescored) {
        for (int i = 0; i < MINERS; i += 11) {
            EntityInput miner = miners.get(i);
            EntityScores fresh = service.scoreCandidates(miner.entityId(), miner.history(),
                    requests.get(miner.entityId()));
            assertArrayEquals(flatten(fresh), flatten(rescored.get(i)), SAME_GRAPH_TOLERANCE, miner.entityId());
        }
    }

    @Test
    void rescoreWithoutCandidatesForAnEntityFails() {
        Map<String, SequenceTokens> histories = Map.of("only", history(config, 5, 6));
        HashTransService.Workspace prepared = service.prepare(histories);

        assertThrows(IllegalArgumentException.class, () -> prepared.rescore(Map.of()));
    }

    @Test
    void specVersionMismatchNamesBothVersions(@TempDir Path copy) throws IOException {
        TestModels.copyBundle(copy, card -> card.put("feature_spec_version", 7).put("trained", true));

        InferenceException error = assertThrows(InferenceException.class,
                () -> HashTransService.open(copy, "999"));

        assertEquals("inference.bundle.specMismatch", error.key());
        assertTrue(error.getMessage().contains("version 7"), error.getMessage());
        assertTrue(error.getMessage().contains("version 999"), error.getMessage());
    }

    @Test
    void specMismatchMessageIsLocalized(@TempDir Path copy) throws IOException {
        TestModels.copyBundle(copy, card -> card.put("feature_spec_version", 7).put("trained", true));
        InferenceException error = assertThrows(InferenceException.class,
                () -> HashTransService.open(copy, "999"));
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
            String chinese = error.getLocalizedMessage();

            assertNotEquals(error.getMessage(), chinese);
            assertTrue(chinese.contains("999"), chinese);
        } finally {
            Messages.setLocale(before);
        }
    }

    @Test
    void trainedBundleWithoutSpecVersionIsRejected(@TempDir Path copy) throws IOException {
        TestModels.copyBundle(copy, card -> card.putNull("feature_spec_version").put("trained", true));

        InferenceException error = assertThrows(InferenceException.class, () -> HashTransService.open(copy, "1"));

        assertEquals("inference.bundle.specMismatch", error.key());
        assertTrue(error.getMessage().contains("version none"), error.getMessage());
    }

    @Test
    void matchingSpecVersionLoads(@TempDir Path copy) throws Exception {
        TestModels.copyBundle(copy, card -> card.put("feature_spec_version", 7).put("trained", true));

        try (HashTransService loaded = HashTransService.open(copy, "7")) {
            assertEquals("7", loaded.model().bundle().featureSpecVersion());
        }
    }

    @Test
    void tamperedGraphIsRejectedBeforeLoading(@TempDir Path copy) throws IOException {
        TestModels.copyBundle(copy, card -> card);
        Files.write(copy.resolve(HashTransGraphs.SCENARIO_SCORER_FILE), new byte[] {0}, StandardOpenOption.APPEND);

        InferenceException error = assertThrows(InferenceException.class,
                () -> HashTransService.open(copy, specVersion));

        assertEquals("inference.checksum.mismatch", error.key());
        assertTrue(error.getMessage().contains(HashTransGraphs.SCENARIO_SCORER_FILE), error.getMessage());
    }

    @Test
    void modelVersionAndProviderAreReported() {
        assertFalse(service.modelVersion().isBlank());
        assertEquals("CPUExecutionProvider", service.executionProvider(),
                "NOTE: CI machines have no GPU, so only the CPU provider is exercised here");
    }
}
