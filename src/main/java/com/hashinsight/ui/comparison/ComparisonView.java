package com.hashinsight.ui.comparison;

import com.hashinsight.ui.Formats;
import com.hashinsight.ui.Localized;
import com.hashinsight.ui.LocalizedText;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Strategy comparison screen: scenario sliders, the strategies side by side with the recommended one marked and
 * its reasons, and the ROI curves with their P10 to P90 bands.
 */
public final class ComparisonView {

    /** One row of the comparison table: its id, label key and how a strategy's value is shown. */
    private record Row(String id, String labelKey, Function<StrategyColumn, String> value) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("site", "ui.comparison.row.site", StrategyColumn::siteContract),
            new Row("power", "ui.comparison.row.power", StrategyColumn::powerMode),
            new Row("curtailment", "ui.comparison.row.curtailment", StrategyColumn::curtailment),
            new Row("firmware", "ui.comparison.row.firmware", StrategyColumn::firmware),
            new Row("payback", "ui.comparison.row.payback",
                    column -> Formats.value("ui.comparison.value.months", column.paybackMonths())),
            new Row("return", "ui.comparison.row.return",
                    column -> Formats.value("ui.comparison.value.percent", column.annualisedReturnPct())),
            new Row("p10", "ui.comparison.row.p10", column -> Formats.value("ui.comparison.value.usd", column.profitP10Usd())),
            new Row("p50", "ui.comparison.row.p50", column -> Formats.value("ui.comparison.value.usd", column.profitP50Usd())),
            new Row("p90", "ui.comparison.row.p90", column -> Formats.value("ui.comparison.value.usd", column.profitP90Usd())),
            new Row("energy", "ui.comparison.row.energy",
                    column -> Formats.value("ui.comparison.value.mwhPerPhDay", column.energyMwhPerPhDay())),
            new Row("risk", "ui.comparison.row.risk",
                    column -> Formats.value("ui.comparison.value.percent", column.failureRisk30dPct())),
            new Row("downtime", "ui.comparison.row.downtime",
                    column -> Formats.value("ui.comparison.value.percent", column.expectedDowntimePct())));

    private final ComparisonViewModel model;
    private final VBox root = new VBox(12);
    private final GridPane table = new GridPane();
    private final VBox reasons = new VBox(4);
    private final Label subject = new Label();
    private final RoiChart chart = new RoiChart();

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

        table.setId("comparison-table");
        table.setHgap(1);
        table.setVgap(1);
        table.getStyleClass().add("comparison-table");
        reasons.setId("comparison-reasons");
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox.setVgrow(chart, Priority.ALWAYS);

        subject.setId("comparison-subject");
        subject.setWrapText(true);
        subject.getStyleClass().add("comparison-subject");
        VBox results = new VBox(12, subject, table, reasons, chart);
        results.visibleProperty().bind(Bindings.isNotNull(model.resultProperty()));
        HBox.setHgrow(results, Priority.ALWAYS);
        HBox body = new HBox(16, sliders(), results);
        VBox.setVgrow(body, Priority.ALWAYS);

        root.getChildren().addAll(header, empty, body);
        root.getStyleClass().add("screen");
        model.resultProperty().addListener((obs, old, result) -> render(result));
        Localized.localeProperty().addListener((obs, old, locale) -> render(model.resultProperty().get()));
        render(model.resultProperty().get());
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
        HBox top = new HBox(8, label, value);
        return new VBox(2, top, slider);
    }

    private void render(ComparisonResult result) {
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        reasons.getChildren().clear();
        if (result == null) {
            subject.setText("");
            return;
        }
        subject.setText(result.subject().format());
        List<StrategyColumn> columns = result.columns();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(20);
        table.getColumnConstraints().add(labels);
        for (int c = 0; c < columns.size(); c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHgrow(Priority.ALWAYS);
            constraints.setPercentWidth((100.0 - 20) / columns.size());
            table.getColumnConstraints().add(constraints);
            table.add(header(columns.get(c), c == result.recommended()), c + 1, 0);
        }
        for (int r = 0; r < ROWS.size(); r++) {
            Row row = ROWS.get(r);
            table.add(cell(Localized.text(row.labelKey()).get(), "row-label", null), 0, r + 1);
            for (int c = 0; c < columns.size(); c++) {
                String styleClass = c == result.recommended() ? "recommended-cell" : "value-cell";
                table.add(cell(row.value().apply(columns.get(c)), styleClass, "cell-" + row.id() + "-" + c), c + 1, r + 1);
            }
        }

        Label heading = new Label(LocalizedText.of("ui.comparison.reasons",
                result.recommendedColumn().label()).format());
        heading.getStyleClass().add("reasons-heading");
        reasons.getChildren().add(heading);
        for (LocalizedText reason : result.reasons()) {
            Label line = new Label("• " + reason.format());
            line.setWrapText(true);
            reasons.getChildren().add(line);
        }
        chart.show(columns, result.recommended());
    }

    private static Node header(StrategyColumn column, boolean recommended) {
        Label name = new Label(LocalizedText.of("ui.comparison.strategy", column.label()).format());
        name.getStyleClass().add("strategy-name");
        VBox box = new VBox(2, name);
        if (recommended) {
            Label badge = new Label(LocalizedText.of("ui.comparison.recommended").format());
            badge.setId("recommended-badge");
            badge.getStyleClass().add("recommended-badge");
            box.getChildren().add(badge);
        }
        box.getStyleClass().add(recommended ? "recommended-header" : "strategy-header");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Node cell(String text, String styleClass, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(styleClass);
        StackPane pane = new StackPane(label);
        pane.setAlignment(Pos.CENTER_LEFT);
        pane.getStyleClass().add(styleClass);
        if (id != null) {
            label.setId(id);
        }
        return pane;
    }
}
