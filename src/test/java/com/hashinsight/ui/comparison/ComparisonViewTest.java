package com.hashinsight.ui.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.store.Workspace;
import com.hashinsight.strategy.TestWorkspace;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import com.hashinsight.ui.task.Progress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison screen over a real H2 workspace, scored by the strategy engine. */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {

    private static final long TIMEOUT_SECONDS = 60;
    private static final int TEST_PATHS = 300;

    @TempDir
    static Path dataDirectory;

    private static EngineStrategyScorer sharedScorer;

    private BackgroundTasks tasks;
    private WorkspaceSession session;
    private ComparisonViewModel model;

    @BeforeAll
    static void createWorkspace() throws Exception {
        TestWorkspace.create(dataDirectory);
    }

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks(2);
        session = new WorkspaceSession(dataDirectory);
        model = new ComparisonViewModel(tasks, session, ComparisonViewTest::openScorer);
        stage.setScene(new Scene(new ComparisonView(model).root(), 1200, 800));
        stage.show();
        session.replace(session.workspaces().open(TestWorkspace.NAME));
    }

    @Stop
    void stop() {
        tasks.close();
        session.close();
    }

    @Test
    void sliderMoveRescoresWithEngine(FxRobot robot) throws Exception {
        waitForResult(robot);
        double baselineBtc = model.resultProperty().get().scenario().btcUsd();
        String medianBefore = text(robot, "#cell-p50-0");
        String returnBefore = text(robot, "#cell-return-0");

        robot.clickOn("#slider-btc");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> model.resultProperty().get().scenario().btcUsd() != baselineBtc
                        && !text(robot, "#cell-p50-0").equals(medianBefore));
        WaitForAsyncUtils.waitForFxEvents();

        assertNotEquals(medianBefore, text(robot, "#cell-p50-0"));
        assertNotEquals(returnBefore, text(robot, "#cell-return-0"));
        assertTrue(text(robot, "#comparison-status").startsWith("Re-scored in "));
    }

    @Test
    void columnsDescribeWorkspacePresets(FxRobot robot) throws Exception {
        waitForResult(robot);

        assertTrue(text(robot, "#cell-site-0").contains("Pecos, fixed 52.0 USD/MWh"), text(robot, "#cell-site-0"));
        assertTrue(text(robot, "#cell-site-2").contains("Pecos, spot HB_WEST + 4.0 USD/MWh"), text(robot, "#cell-site-2"));
        assertTrue(text(robot, "#cell-site-0").contains("20 × Antminer S21"), text(robot, "#cell-site-0"));
        assertTrue(text(robot, "#comparison-subject").startsWith("Acme Mining"), text(robot, "#comparison-subject"));
    }

    @Test
    void recommendedColumnIsMarkedWithReasons(FxRobot robot) throws Exception {
        waitForResult(robot);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#recommended-badge").tryQuery().isPresent());

        assertEquals("Recommended", text(robot, "#recommended-badge"));
        String recommended = model.resultProperty().get().recommendedColumn().label();
        assertTrue(robot.lookup("#comparison-reasons .label").queryAll().stream()
                .anyMatch(node -> ((Label) node).getText().contains("strategy " + recommended)));
    }

    @Test
    void modelNoteSaysWhereRisksComeFrom(FxRobot robot) throws Exception {
        waitForResult(robot);

        String note = text(robot, "#comparison-model-note");
        assertTrue(robot.lookup("#comparison-model-note").query().isVisible());
        assertTrue(note.contains("documented prior estimates"), note);
    }

    /**
     * Opens the engine's scorer on the first call and returns the same one afterwards, so that later tests reuse its
     * curtailment responses instead of tabulating them again.
     */
    private static synchronized StrategyScorer openScorer(Workspace workspace, Progress progress) {
        if (sharedScorer == null) {
            sharedScorer = EngineStrategyScorer.open(workspace, TEST_PATHS);
        }
        return sharedScorer;
    }

    private static void waitForResult(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#cell-p50-0").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
