package com.hashinsight.ui.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.i18n.Messages;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.strategy.HardwarePricing;
import com.hashinsight.strategy.TestWorkspace;
import com.hashinsight.strategy.WorkspaceMarket;
import com.hashinsight.strategy.WorkspaceStrategies;
import com.hashinsight.ui.task.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine adapter over a real H2 workspace: each slider moves the engine's numbers the way the economics say. */
class EngineStrategyScorerTest {

    private static final double TOLERANCE = 1e-9;
    private static final int TEST_PATHS = 300;
    private static final Progress RUNNING = Progress.unobserved();

    @TempDir
    static Path dataDirectory;

    private static Workspace workspace;
    private static EngineStrategyScorer scorer;
    private static ComparisonResult baseline;

    @BeforeAll
    static void scoreBaseline() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        TestWorkspace.create(dataDirectory);
        workspace = new Workspaces(dataDirectory).open(TestWorkspace.NAME);
        WorkspaceStrategies strategies = WorkspaceStrategies.load(workspace, null, WorkspaceMarket.PriceModelKind.BOOTSTRAP, 4,
                new HardwarePricing());
        scorer = new EngineStrategyScorer(strategies, TEST_PATHS);
        baseline = scorer.score(scorer.baseline(), RUNNING);
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Test
    void baselineStartsAtWorkspaceMarket() {
        Scenario start = scorer.baseline();

        assertTrue(start.btcUsd() > 50_000 && start.btcUsd() < 200_000, "last BTC close of the workspace: " + start.btcUsd());
        // The workspace's epochs grow 1.5 % every 14 days, about 3.2 % a month.
        assertEquals(3.24, start.difficultyGrowthPctPerMonth(), 0.05);
        assertEquals(0, start.electricityAdderUsdPerMwh(), TOLERANCE);
        assertEquals(100, start.powerTargetPct(), TOLERANCE);
    }

    @Test
    void baselineHasThreePresetColumns() {
        assertEquals(List.of("A", "B", "C"), baseline.columns().stream().map(StrategyColumn::label).toList());
        assertEquals(EngineStrategyScorer.MONTHS, baseline.horizonMonths());
        assertEquals(EngineStrategyScorer.MONTHS + 1, baseline.columns().getFirst().roi().p50().size());
        assertEquals(-100, baseline.columns().getFirst().roi().p50().getFirst(), TOLERANCE);
        assertTrue(baseline.columns().stream().allMatch(column -> Double.isFinite(column.profitP50Usd())));
    }

    @Test
    void higherBtcPriceRaisesMedianProfit() {
        Scenario start = scorer.baseline();

        ComparisonResult richer = score(new Scenario(start.btcUsd() * 1.5, start.difficultyGrowthPctPerMonth(), 0, 0, 100));

        assertEveryColumnMoves(richer, StrategyColumn::profitP50Usd, +1);
    }

    @Test
    void fasterDifficultyGrowthLowersMedianProfit() {
        Scenario start = scorer.baseline();

        ComparisonResult harder = score(new Scenario(start.btcUsd(), start.difficultyGrowthPctPerMonth() + 4, 0, 0, 100));

        assertEveryColumnMoves(harder, StrategyColumn::profitP50Usd, -1);
    }

    @Test
    void electricityAdderLowersMedianProfit() {
        Scenario start = scorer.baseline();

        ComparisonResult dearer = score(new Scenario(start.btcUsd(), start.difficultyGrowthPctPerMonth(), 20, 0, 100));

        assertEveryColumnMoves(dearer, StrategyColumn::profitP50Usd, -1);
    }

    @Test
    void hostingAdderLowersMedianProfit() {
        Scenario start = scorer.baseline();

        ComparisonResult dearer = score(new Scenario(start.btcUsd(), start.difficultyGrowthPctPerMonth(), 0, 10, 100));

        assertEveryColumnMoves(dearer, StrategyColumn::profitP50Usd, -1);
    }

    @Test
    void lowerPowerTargetLowersEnergyPerPh() {
        Scenario start = scorer.baseline();

        ComparisonResult eco = score(new Scenario(start.btcUsd(), start.difficultyGrowthPctPerMonth(), 0, 0, 80));

        assertEveryColumnMoves(eco, StrategyColumn::energyMwhPerPhDay, -1);
        assertEquals("72.0%", eco.columns().getFirst().powerMode(), "preset A runs at 90 %, times 80 %");
    }

    @Test
    void powerTargetIsCappedAtTuningRange() {
        Scenario start = scorer.baseline();

        ComparisonResult boosted = score(new Scenario(start.btcUsd(), start.difficultyGrowthPctPerMonth(), 0, 0, 125));

        assertEquals("130.0%", boosted.columns().get(2).powerMode(), "preset C at 110 % times 125 % is capped at 130 %");
    }

    @Test
    void sameScenarioGivesSameNumbers() {
        ComparisonResult again = score(scorer.baseline());

        assertEquals(baseline.columns().getFirst().profitP50Usd(), again.columns().getFirst().profitP50Usd(), TOLERANCE);
        assertEquals(baseline.recommended(), again.recommended());
    }

    @Test
    void cancelledScoreStops() {
        Progress cancelled = Progress.of(() -> true);

        assertThrows(CancellationException.class, () -> scorer.score(scorer.baseline(), cancelled));
    }

    @Test
    void workspaceWithoutMarketDataIsRejected(@TempDir Path emptyDirectory) {
        try (Workspace empty = new Workspaces(emptyDirectory).create("empty")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> EngineStrategyScorer.open(empty));
            assertTrue(error.getLocalizedMessage().contains("empty"), error.getLocalizedMessage());
        }
    }

    private static ComparisonResult score(Scenario scenario) {
        return scorer.score(scenario, RUNNING);
    }

    private static void assertEveryColumnMoves(ComparisonResult moved, ToDoubleFunction<StrategyColumn> metric, int sign) {
        for (int i = 0; i < baseline.columns().size(); i++) {
            double before = metric.applyAsDouble(baseline.columns().get(i));
            double after = metric.applyAsDouble(moved.columns().get(i));
            assertNotEquals(before, after, "strategy " + baseline.columns().get(i).label());
            assertEquals(sign, (int) Math.signum(after - before),
                    "strategy " + baseline.columns().get(i).label() + ": " + before + " -> " + after);
        }
    }
}
