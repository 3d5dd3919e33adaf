package com.hashinsight.ui.comparison;

import com.hashinsight.ui.Formats;
import com.hashinsight.ui.Localized;
import com.hashinsight.ui.LocalizedText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Strategy comparison screen: scenario sliders, the strategies side by side with the recommended one marked and
 * its reasons, and the ROI curves with their P10 to P90 bands.
 */
public final class ComparisonView {

    private final ComparisonViewModel model;
    private final VBox root = new VBox(12);
    private final ComparisonPanel panel = new ComparisonPanel();

    public ComparisonView(ComparisonViewModel model) {
        this.model = model;
        Label title = new Label();
        title.textProperty().bind(Localized.text("ui.comparison.title"));
        title.getStyleClass().add("screen-title");

        Label empty = new Label();
        empty.setId("comparison-empty");
        ObjectBinding<LocalizedText> emptyText = Bindings.createObjectBinding(() -> {
            LocalizedText reason = model.unavailableProperty().get();
            return reason != null ? reason : LocalizedText.of("ui.comparison.empty");
        }, model.unavailableProperty());
        empty.textProperty().bind(Localized.text(emptyText));
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.isNull(model.scorerProperty()));
        empty.managedProperty().bind(empty.visibleProperty());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(22, 22);
        busy.visibleProperty().bind(model.scoringProperty());
        Label status = new Label();
        status.setId("comparison-status");
        status.textProperty().bind(Localized.text(model.statusProperty()));
        HBox header = new HBox(12, title, busy, status);
        header.setAlignment(Pos.CENTER_LEFT);

        Node results = panel.root();
        results.visibleProperty().bind(Bindings.isNotNull(model.resultProperty()));
        HBox.setHgrow(results, Priority.ALWAYS);
        HBox body = new HBox(16, sliders(), results);
        VBox.setVgrow(body, Priority.ALWAYS);

        root.getChildren().addAll(header, empty, body);
        root.getStyleClass().add("screen");
        model.resultProperty().addListener((obs, old, result) -> panel.show(result));
        Localized.localeProperty().addListener((obs, old, locale) -> panel.show(model.resultProperty().get()));
        panel.show(model.resultProperty().get());
    }

    public Parent root() {
        return root;
    }

    private Node sliders() {
        VBox box = new VBox(6,
                slider("slider-btc", "ui.comparison.slider.btc", "ui.comparison.value.usd",
                        model.btcUsdProperty(), 10_000, 250_000, 1_000),
                slider("slider-difficulty", "ui.comparison.slider.difficulty", "ui.comparison.value.percentPerMonth",
                        model.difficultyGrowthPctPerMonthProperty(), -5, 15, 0.5),
                slider("slider-electricity", "ui.comparison.slider.electricity", "ui.comparison.value.usdPerMwh",
                        model.electricityAdderUsdPerMwhProperty(), -40, 80, 1),
                slider("slider-hosting", "ui.comparison.slider.hosting", "ui.comparison.value.usdPerKwMonth",
                        model.hostingAdderUsdPerKwMonthProperty(), -20, 40, 0.5),
                slider("slider-power", "ui.comparison.slider.power", "ui.comparison.value.percent",
                        model.powerTargetPctProperty(), 60, 120, 1));
        box.setPrefWidth(250);
        box.setMinWidth(220);
        box.getStyleClass().add("slider-panel");
        box.disableProperty().bind(Bindings.isNull(model.scorerProperty()));
        return box;
    }

    private static Node slider(String id, String labelKey, String valueKey, DoubleProperty property,
            double min, double max, double step) {
        Label label = new Label();
        label.textProperty().bind(Localized.text(labelKey));
        label.getStyleClass().add("slider-label");
        Label value = new Label();
        value.setId(id + "-value");
        value.textProperty().bind(Bindings.createStringBinding(
                () -> Formats.value(valueKey, property.get()), property, Localized.localeProperty()));
        value.getStyleClass().add("slider-value");

        Slider slider = new Slider(min, max, Math.clamp(property.get(), min, max));
        slider.setId(id);
        slider.setBlockIncrement(step);
        slider.setMajorTickUnit((max - min) / 4);
        slider.setShowTickMarks(true);
        // The slider keeps its own value while dragging; the model gets each snapped step.
        slider.valueProperty().addListener((obs, old, raw) -> {
            double snapped = Math.round(raw.doubleValue() / step) * step;
            if (snapped != property.get()) {
                property.set(snapped);
            }
        });
        property.addListener((obs, old, newValue) -> {
            if (Math.abs(slider.getValue() - newValue.doubleValue()) >= step / 2) {
                slider.setValue(newValue.doubleValue());
            }
        });
        // The name wraps when the panel is narrow; the value always shows in full.
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        value.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, label, value);
        top.setAlignment(Pos.BOTTOM_LEFT);
        return new VBox(2, top, slider);
    }
}
