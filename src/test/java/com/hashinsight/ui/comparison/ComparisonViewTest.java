package com.hashinsight.ui.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.ui.task.BackgroundTasks;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {

    private BackgroundTasks tasks;
    private ComparisonViewModel model;

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks(2);
        model = new ComparisonViewModel(tasks);
        stage.setScene(new Scene(new ComparisonView(model).root(), 1200, 800));
        stage.show();
        model.scorerProperty().set(new FormulaScorer());
    }

    @Stop
    void stop() {
        tasks.close();
    }

    @Test
    void sliderMoveChangesComparison(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cell-p50-0").tryQuery().isPresent());
        String medianBefore = text(robot, "#cell-p50-0");
        String paybackBefore = text(robot, "#cell-payback-0");

        robot.clickOn("#slider-btc");
        robot.type(KeyCode.RIGHT, 5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> model.resultProperty().get().scenario().btcUsd() != FormulaScorer.BASELINE.btcUsd()
                        && !text(robot, "#cell-p50-0").equals(medianBefore));
        WaitForAsyncUtils.waitForFxEvents();

        assertNotEquals(medianBefore, text(robot, "#cell-p50-0"));
        assertNotEquals(paybackBefore, text(robot, "#cell-payback-0"));
        assertTrue(text(robot, "#comparison-status").startsWith("Re-scored in "));
    }

    @Test
    void recommendedColumnIsMarkedWithReasons(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#recommended-badge").tryQuery().isPresent());

        assertEquals("Recommended", text(robot, "#recommended-badge"));
        String recommended = model.resultProperty().get().recommendedColumn().label();
        assertTrue(robot.lookup("#comparison-reasons .label").queryAll().stream()
                .anyMatch(node -> ((Label) node).getText().contains("strategy " + recommended)));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
