package com.hashinsight.ui.comparison;

import com.hashinsight.ui.Fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import com.hashinsight.ui.task.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonViewModelTest {

    private static final double TOLERANCE = 1e-9;

    private final BackgroundTasks tasks = new BackgroundTasks(2);
    private final ComparisonViewModel model = new ComparisonViewModel(tasks);

    @BeforeAll
    static void startToolkit() throws Exception {
        Fx.startToolkit();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void baselineIsScoredWhenScorerArrives() throws Exception {
        Fx.onFx(() -> model.scorerProperty().set(new FakeStrategyScorer()));

        Fx.waitUntil(() -> model.resultProperty().get() != null);

        assertEquals(FakeStrategyScorer.BASELINE, Fx.onFx(() -> model.resultProperty().get().scenario()));
        assertEquals(90_000, Fx.onFx(model.btcUsdProperty()::get), TOLERANCE);
        assertEquals("ui.comparison.rescored", Fx.onFx(() -> model.statusProperty().get().key()));
        assertNotNull(Fx.onFx(model.lastRescoreMillisProperty()::get));
    }

    @Test
    void sliderChangeRescoresNewScenario() throws Exception {
        Fx.onFx(() -> model.scorerProperty().set(new FakeStrategyScorer()));
        Fx.waitUntil(() -> model.resultProperty().get() != null);
        double medianBefore = Fx.onFx(() -> model.resultProperty().get().columns().get(0).profitP50Usd());

        Fx.onFx(() -> model.btcUsdProperty().set(120_000));
        Fx.waitUntil(() -> model.resultProperty().get().scenario().btcUsd() == 120_000);

        double medianAfter = Fx.onFx(() -> model.resultProperty().get().columns().get(0).profitP50Usd());
        assertTrue(medianAfter > medianBefore, "a higher BTC price must raise the median profit");
    }

    @Test
    void newerScenarioReplacesSlowerScore() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch neverReleased = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        StrategyScorer slowFirst = new StrategyScorer() {
            private final FakeStrategyScorer formula = new FakeStrategyScorer();

            @Override
            public Scenario baseline() {
                return formula.baseline();
            }

            @Override
            public ComparisonResult score(Scenario scenario, Progress progress) throws Exception {
                if (calls.incrementAndGet() == 1) {
                    firstStarted.countDown();
                    neverReleased.await();
                }
                return formula.score(scenario, progress);
            }
        };
        Fx.onFx(() -> model.scorerProperty().set(slowFirst));
        assertTrue(firstStarted.await(5, TimeUnit.SECONDS));

        Fx.onFx(() -> model.powerTargetPctProperty().set(90));
        Fx.waitUntil(() -> model.resultProperty().get() != null);

        assertEquals(90, Fx.onFx(() -> model.resultProperty().get().scenario().powerTargetPct()), TOLERANCE);
        assertEquals(2, calls.get());
    }

    @Test
    void scoringFailureShowsErrorStatus() throws Exception {
        StrategyScorer failing = new StrategyScorer() {
            @Override
            public Scenario baseline() {
                return FakeStrategyScorer.BASELINE;
            }

            @Override
            public ComparisonResult score(Scenario scenario, Progress progress) {
                throw new IllegalStateException("no market data");
            }
        };

        Fx.onFx(() -> model.scorerProperty().set(failing));
        Fx.waitUntil(() -> model.statusProperty().get() != null);

        assertEquals("ui.comparison.error.failed", Fx.onFx(() -> model.statusProperty().get().key()));
        assertEquals("no market data", Fx.onFx(() -> model.statusProperty().get().args().get(0)));
        assertNull(Fx.onFx(model.resultProperty()::get));
    }

    @Test
    void openedWorkspaceGetsScorerFromFactory(@TempDir Path dataDirectory) throws Exception {
        try (WorkspaceSession session = new WorkspaceSession(dataDirectory)) {
            FakeStrategyScorer fake = new FakeStrategyScorer();
            ComparisonViewModel following = Fx.onFx(() -> new ComparisonViewModel(tasks, session, (workspace, progress) -> fake));

            Fx.onFx(() -> session.replace(session.workspaces().create("client-a")));
            Fx.waitUntil(() -> following.resultProperty().get() != null);

            assertSame(fake, Fx.onFx(following.scorerProperty()::get));
            assertNull(Fx.onFx(following.unavailableProperty()::get));

            Fx.onFx(session::closeCurrent);

            assertNull(Fx.onFx(following.scorerProperty()::get));
            assertNull(Fx.onFx(following.resultProperty()::get));
        }
    }

    @Test
    void factoryFailureSaysWhyUnavailable(@TempDir Path dataDirectory) throws Exception {
        try (WorkspaceSession session = new WorkspaceSession(dataDirectory)) {
            ComparisonViewModel following = Fx.onFx(() -> new ComparisonViewModel(tasks, session, (workspace, progress) -> {
                throw new IllegalArgumentException("no BTC prices");
            }));

            Fx.onFx(() -> session.replace(session.workspaces().create("client-b")));
            Fx.waitUntil(() -> "ui.comparison.unavailable".equals(following.unavailableProperty().get().key()));

            assertEquals(List.of("client-b", "no BTC prices"), Fx.onFx(() -> following.unavailableProperty().get().args()));
            assertNull(Fx.onFx(following.scorerProperty()::get));
        }
    }

    @Test
    void closingWorkspaceClearsComparison() throws Exception {
        Fx.onFx(() -> model.scorerProperty().set(new FakeStrategyScorer()));
        Fx.waitUntil(() -> model.resultProperty().get() != null);

        Fx.onFx(() -> model.scorerProperty().set(null));

        assertNull(Fx.onFx(model.resultProperty()::get));
    }
}
