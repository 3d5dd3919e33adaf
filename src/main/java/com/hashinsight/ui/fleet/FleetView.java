package com.hashinsight.ui.fleet;

import com.hashinsight.ui.Formats;
import com.hashinsight.ui.Localized;
import com.hashinsight.ui.Tables;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import eu.hansolo.tilesfx.chart.ChartData;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** Fleet overview screen: TilesFX tiles for the fleet's last day and a table of the sites. */
public final class FleetView {

    private static final double TILE_SIZE = 190;
    private static final Map<String, Color> HEALTH_COLORS = Map.of(
            "OK", Color.web("#2e8b57"), "WARN", Color.web("#d08c00"), "FAULT", Color.web("#c0392b"),
            "OFF", Color.web("#7f8c8d"), "INCOMPLETE", Color.web("#8e44ad"));

    private final FleetViewModel model;
    private final VBox root = new VBox(12);
    private final FlowPane tiles = new FlowPane(10, 10);
    private final TableView<FleetSummary.SiteRow> sites = new TableView<>();

    public FleetView(FleetViewModel model) {
        this.model = model;
        Label title = new Label();
        title.textProperty().bind(Localized.text("ui.fleet.title"));
        title.getStyleClass().add("screen-title");
        Button reload = new Button();
        reload.setId("fleet-reload");
        reload.textProperty().bind(Localized.text("ui.fleet.reload"));
        reload.setOnAction(event -> model.reload());
        Label message = new Label();
        message.setId("fleet-message");
        message.textProperty().bind(Localized.text(model.messageProperty()));

        tiles.setId("fleet-tiles");
        sites.setId("fleet-sites");
        sites.setPrefHeight(160);
        Tables.placeholder(sites, "ui.fleet.noSites");
        sites.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        addColumns();
        VBox content = new VBox(12, tiles, sites);
        content.visibleProperty().bind(Bindings.isNotNull(model.summaryProperty()));

        root.getChildren().addAll(new HBox(12, title, reload), message, content);
        root.getStyleClass().add("screen");
        model.summaryProperty().addListener((obs, old, summary) -> render(summary));
        Localized.localeProperty().addListener((obs, old, locale) -> render(model.summaryProperty().get()));
        render(model.summaryProperty().get());
    }

    public Parent root() {
        return root;
    }

    private void render(FleetSummary summary) {
        tiles.getChildren().clear();
        sites.getItems().clear();
        if (summary == null) {
            return;
        }
        tiles.getChildren().addAll(
                number("tile-hashrate", "ui.fleet.tile.hashrate", summary.hashratePhs(), "PH/s", 2),
                number("tile-efficiency", "ui.fleet.tile.efficiency", summary.joulesPerTh(), "J/TH", 1),
                number("tile-power", "ui.fleet.tile.power", summary.powerKw(), "kW", 1),
                number("tile-hashprice", "ui.fleet.tile.hashprice", summary.hashpriceUsdPerPhDay(), Localized.text("ui.fleet.unit.usdPerPhDay").get(), 2),
                number("tile-energy-cost", "ui.fleet.tile.energyCost", summary.energyCostUsdPerDay(), Localized.text("ui.fleet.unit.usdPerDay").get(), 0),
                uptime(summary.uptimePct()),
                health(summary.healthCounts()));
        sites.getItems().setAll(summary.sites());
    }

    private static Tile number(String id, String titleKey, double value, String unit, int decimals) {
        Tile tile = TileBuilder.create()
                .skinType(Tile.SkinType.NUMBER)
                .prefSize(TILE_SIZE, TILE_SIZE)
                .title(Localized.text(titleKey).get())
                .value(Double.isFinite(value) ? value : 0)
                .unit(unit)
                .decimals(decimals)
                .description(Double.isFinite(value) ? "" : Localized.text("ui.fleet.noData").get())
                .build();
        tile.setId(id);
        return tile;
    }

    private static Tile uptime(double uptimePct) {
        Tile tile = TileBuilder.create()
                .skinType(Tile.SkinType.PERCENTAGE)
                .prefSize(TILE_SIZE, TILE_SIZE)
                .title(Localized.text("ui.fleet.tile.uptime").get())
                .maxValue(100)
                .value(Double.isFinite(uptimePct) ? uptimePct : 0)
                .unit("%")
                .decimals(1)
                .build();
        tile.setId("tile-uptime");
        return tile;
    }

    private static Tile health(Map<String, Integer> counts) {
        List<ChartData> slices = counts.entrySet().stream()
                .map(entry -> new ChartData(Localized.text("ui.fleet.health." + entry.getKey()).get(), entry.getValue(),
                        HEALTH_COLORS.getOrDefault(entry.getKey(), Color.GRAY)))
                .toList();
        // NOTE: health is the status of each miner's newest reading until the HashTrans risk scores are wired in.
        Tile tile = TileBuilder.create()
                .skinType(Tile.SkinType.DONUT_CHART)
                .prefSize(TILE_SIZE * 2 + 10, TILE_SIZE)
                .title(Localized.text("ui.fleet.tile.health").get())
                .chartData(slices)
                .build();
        tile.setId("tile-health");
        return tile;
    }

    private void addColumns() {
        sites.getColumns().setAll(List.of(
                Tables.text("ui.fleet.site.name", FleetSummary.SiteRow::siteName),
                Tables.text("ui.fleet.site.miners", row -> String.valueOf(row.miners())),
                Tables.text("ui.fleet.site.hashrate", row -> Formats.value("ui.fleet.value.phs", row.hashratePhs())),
                Tables.text("ui.fleet.site.power", row -> Formats.value("ui.fleet.value.kw", row.powerKw())),
                Tables.text("ui.fleet.site.efficiency", row -> Formats.value("ui.fleet.value.jth", row.joulesPerTh())),
                Tables.text("ui.fleet.site.uptime", row -> Formats.value("ui.comparison.value.percent", row.uptimePct())),
                Tables.text("ui.fleet.site.energyCost", row -> Formats.value("ui.comparison.value.usd", row.energyCostUsdPerDay()))));
    }
}
