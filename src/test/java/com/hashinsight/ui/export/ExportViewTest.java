package com.hashinsight.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.comparison.ComparisonResult;
import com.hashinsight.ui.comparison.RoiCurve;
import com.hashinsight.ui.comparison.Scenario;
import com.hashinsight.ui.comparison.StrategyColumn;
import com.hashinsight.ui.task.BackgroundTasks;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportViewTest {

    private static final int MONTHS = 12;

    @TempDir
    Path out;

    private BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<ComparisonResult> comparison = new ReadOnlyObjectWrapper<>();

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks(2);
        ExportViewModel model = new ExportViewModel(tasks, comparison.getReadOnlyProperty());
        ExportView view = new ExportView(model, (owner, name, extension) -> out.resolve(name));
        stage.setScene(new Scene(view.root(), 900, 500));
        stage.show();
    }

    @Stop
    void stop() {
        tasks.close();
    }

    @Test
    void buttonsWaitForComparison(FxRobot robot) {
        assertTrue(robot.lookup("#export-pdf").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#export-summary").queryAs(Label.class).getText().startsWith("No comparison to export yet"));

        robot.interact(() -> comparison.set(result()));

        assertTrue(!robot.lookup("#export-png").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#export-summary").queryAs(Label.class).getText().contains("Scenario: BTC 90,000 USD"));
    }

    @Test
    void pngAndPdfAreSaved(FxRobot robot) throws Exception {
        robot.interact(() -> comparison.set(result()));

        robot.clickOn("#export-png");
        Path png = out.resolve("strategy-comparison.png");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isRegularFile(png) && Files.size(png) > 0
                && robot.lookup("#export-message").queryAs(Label.class).getText().startsWith("Saved "));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) ComparisonPng.WIDTH, image.getWidth());
        assertTrue(image.getHeight() >= ComparisonPng.MIN_HEIGHT, "height " + image.getHeight());

        robot.clickOn("#export-pdf");
        Path pdf = out.resolve("strategy-comparison.pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isRegularFile(pdf)
                && robot.lookup("#export-message").queryAs(Label.class).getText().matches("Saved .*strategy-comparison\\.pdf\\."));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    /** A hand-made three-strategy comparison, enough to lay out every row and the chart. */
    private static ComparisonResult result() {
        List<StrategyColumn> columns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Double> p50 = new ArrayList<>();
            List<Double> p10 = new ArrayList<>();
            List<Double> p90 = new ArrayList<>();
            for (int month = 0; month <= MONTHS; month++) {
                double roi = -100 + (8 + i) * month;
                p50.add(roi);
                p10.add(roi - 2.0 * month);
                p90.add(roi + 2.0 * month);
            }
            columns.add(new StrategyColumn(String.valueOf((char) ('A' + i)), "Pecos, fixed 52.0 USD/MWh\n20 × Antminer S21",
                    "100.0%", "breakeven +0 USD/MWh", "stock", 12.5 - i, 20 + i, -1_000, 5_000 * (i + 1), 9_000,
                    0.42, 1.6, 2.1, new RoiCurve(p10, p50, p90)));
        }
        return new ComparisonResult(new Scenario(90_000, 2, 0, 0, 100), LocalizedText.of("ui.comparison.title"), columns, 1,
                List.of(LocalizedText.of("strategy.reason.medium")), MONTHS);
    }
}
