package com.hashinsight.ui.health;

import com.hashinsight.ui.Localized;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Miner health screen: every miner with its 7- and 30-day failure risk, trend, signals and recommended
 * configuration in a sortable table, filtered by text, site and minimum risk. Highest 30-day risk first.
 */
public final class HealthView {

    /** Choices of the minimum 30-day risk filter, in percent. */
    private static final List<Double> RISK_THRESHOLDS = List.of(0.0, 2.0, 5.0, 10.0, 25.0);

    private final HealthViewModel model;
    private final VBox root = new VBox(10);
    private final TableView<MinerHealth> table = new TableView<>();
    private final ComboBox<String> site = new ComboBox<>();
    private final ComboBox<Double> risk = new ComboBox<>();
    /** Formats the rows and the filters' shown choices again, because they hold message keys. */
    private final ChangeListener<Locale> relabel = (obs, old, locale) -> {
        table.refresh();
        site.setButtonCell(new OptionalCell<>("ui.health.allSites"));
        risk.setButtonCell(new ThresholdCell());
    };

    public HealthView(HealthViewModel model) {
        this.model = model;
        Label title = new Label();
        title.textProperty().bind(Localized.text("ui.health.title"));
        title.getStyleClass().add("screen-title");

        Label source = new Label();
        source.setId("health-source");
        source.setWrapText(true);
        source.getStyleClass().add("hint");
        source.textProperty().bind(Localized.text(model.sourceProperty()));
        Label detail = new Label();
        detail.setId("health-source-detail");
        detail.setWrapText(true);
        detail.getStyleClass().add("hint");
        detail.textProperty().bind(Localized.text(model.sourceDetailProperty()));
        detail.visibleProperty().bind(Bindings.isNotNull(model.sourceDetailProperty()));
        detail.managedProperty().bind(detail.visibleProperty());

        Label message = new Label();
        message.setId("health-message");
        message.setWrapText(true);
        message.textProperty().bind(Localized.text(model.messageProperty()));
        message.visibleProperty().bind(Bindings.isNotNull(model.messageProperty()));
        message.managedProperty().bind(message.visibleProperty());

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, source, detail, filters(), message, table);
        root.getStyleClass().add("screen");
        // The rows hold message keys, so their cells are formatted again after a language switch.
        Localized.localeProperty().addListener(new WeakChangeListener<>(relabel));
    }

    public Parent root() {
        return root;
    }

    private HBox filters() {
        TextField search = new TextField();
        search.setId("health-filter");
        search.promptTextProperty().bind(Localized.text("ui.health.filter"));
        search.textProperty().bindBidirectional(model.filterTextProperty());
        search.setPrefWidth(260);

        site.setId("health-site");
        site.getItems().add(null);
        model.sites().addListener((javafx.collections.ListChangeListener<String>) change -> {
            // Replacing the items moves the selection, so the chosen site is set again; null is "all sites".
            String chosen = model.siteProperty().get();
            List<String> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(model.sites());
            site.getItems().setAll(choices);
            site.setValue(model.sites().contains(chosen) ? chosen : null);
        });
        site.setCellFactory(list -> new OptionalCell<>("ui.health.allSites"));
        site.setButtonCell(new OptionalCell<>("ui.health.allSites"));
        site.valueProperty().bindBidirectional(model.siteProperty());

        risk.setId("health-min-risk");
        risk.getItems().setAll(RISK_THRESHOLDS);
        risk.setCellFactory(list -> new ThresholdCell());
        risk.setButtonCell(new ThresholdCell());
        risk.setValue(RISK_THRESHOLDS.getFirst());
        risk.valueProperty().addListener((obs, old, value) -> model.minRisk30dPctProperty().set(value == null ? 0 : value));

        Label count = new Label();
        count.setId("health-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> LocalizedText.of("ui.health.count", model.visibleMiners().size(), model.miners().size()).format(),
                model.visibleMiners(), model.miners(), Localized.localeProperty()));
        HBox box = new HBox(10, search, site, risk, count);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void buildTable() {
        table.setId("health-table");
        SortedList<MinerHealth> sorted = new SortedList<>(model.visibleMiners());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<MinerHealth, Double> risk30 = Tables.number("ui.health.column.risk30", MinerHealth::risk30dPct,
                "ui.comparison.value.percent");
        risk30.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().setAll(List.of(
                Tables.text("ui.health.column.serial", MinerHealth::serial),
                Tables.text("ui.health.column.model", MinerHealth::model),
                Tables.text("ui.health.column.site", MinerHealth::site),
                Tables.text("ui.health.column.client", MinerHealth::client),
                Tables.number("ui.health.column.risk7", MinerHealth::risk7dPct, "ui.comparison.value.percent"),
                risk30,
                Tables.text("ui.health.column.trend", row -> LocalizedText.of("ui.health.trend." + row.trend().name()).format()),
                Tables.text("ui.health.column.signals", MinerHealth::signalsText),
                Tables.text("ui.health.column.recommendation", row -> row.recommendation().format())));
        // Serial, model, site, client, 7-day and 30-day risk, trend and signals; the recommendation takes the rest,
        // at least 200 px.
        Tables.widths(table, 200, 115, 105, 105, 115, 65, 85, 70, 185);
        table.getSortOrder().setAll(List.of(risk30));
        Label empty = new Label();
        empty.textProperty().bind(Localized.text("ui.health.noMatch"));
        table.setPlaceholder(empty);
    }

    /** Shows a value, or the text of {@code nullKey} for the "any" choice. */
    private static final class OptionalCell<T> extends ListCell<T> {
        private final String nullKey;

        OptionalCell(String nullKey) {
            this.nullKey = nullKey;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setText(null);
            } else if (item == null) {
                setText(LocalizedText.of(nullKey).format());
            } else {
                setText(item.toString());
            }
        }
    }

    /** Shows a minimum-risk choice, "every miner" for 0. */
    private static final class ThresholdCell extends ListCell<Double> {
        @Override
        protected void updateItem(Double item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else {
                setText(item == 0 ? LocalizedText.of("ui.health.anyRisk").format()
                        : LocalizedText.of("ui.health.minRisk", item).format());
            }
        }
    }
}
