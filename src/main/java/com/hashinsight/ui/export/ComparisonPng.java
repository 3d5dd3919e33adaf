package com.hashinsight.ui.export;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.Styles;
import com.hashinsight.ui.comparison.ComparisonPanel;
import com.hashinsight.ui.comparison.ComparisonResult;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;

/**
 * Renders a scored comparison into an image off screen: title, scenario and the same panel the comparison screen
 * shows, without the sliders. Call on the FX thread.
 */
public final class ComparisonPng {

    /** Width of the image in pixels; the height follows the content, at least {@link #MIN_HEIGHT}. */
    static final double WIDTH = 1400;
    static final double MIN_HEIGHT = 900;

    private ComparisonPng() {
    }

    /** Returns {@code result} rendered in the current language. */
    public static BufferedImage render(ComparisonResult result) {
        Label title = new Label(Messages.get("ui.comparison.title"));
        title.getStyleClass().add("screen-title");
        Label scenario = new Label(ScenarioText.of(result.scenario()).format());
        scenario.setWrapText(true);
        scenario.getStyleClass().add("hint");
        ComparisonPanel panel = new ComparisonPanel();
        panel.show(result);
        VBox report = new VBox(10, title, scenario, panel.root());
        report.getStyleClass().add("screen");
        report.setStyle("-fx-background-color: white;");

        Scene scene = new Scene(report, WIDTH, MIN_HEIGHT);
        scene.getStylesheets().add(Styles.stylesheet());
        report.applyCss();
        double height = Math.max(MIN_HEIGHT, report.prefHeight(WIDTH));
        report.resize(WIDTH, height);
        report.layout();
        WritableImage image = report.snapshot(new SnapshotParameters(), null);
        return SwingFXUtils.fromFXImage(image, null);
    }
}
