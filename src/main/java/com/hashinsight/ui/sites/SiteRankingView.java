package com.hashinsight.ui.sites;

import com.hashinsight.ui.Formats;
import com.hashinsight.ui.Localized;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.Tables;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Site ranking screen: a client's candidate sites and contracts, best first, with the economics of each. */
public final class SiteRankingView {

    private final VBox root = new VBox(10);
    private final TableView<SiteRank> table = new TableView<>();
    private final ChangeListener<Locale> relabel = (obs, old, locale) -> table.refresh();

    public SiteRankingView(SiteRankingViewModel model) {
        Label title = new Label();
        title.textProperty().bind(Localized.text("ui.sites.title"));
        title.getStyleClass().add("screen-title");

        Label clientLabel = new Label();
        clientLabel.textProperty().bind(Localized.text("ui.sites.client"));
        ComboBox<String> client = new ComboBox<>(model.clients());
        client.setId("sites-client");
        client.valueProperty().bindBidirectional(model.clientProperty());
        HBox chooser = new HBox(8, clientLabel, client);
        chooser.setAlignment(Pos.CENTER_LEFT);

        Label source = new Label();
        source.setId("sites-source");
        source.setWrapText(true);
        source.getStyleClass().add("hint");
        source.textProperty().bind(Bindings.createStringBinding(() -> {
            SiteRanking ranking = model.rankingProperty().get();
            if (ranking == null) {
                return "";
            }
            String text = ranking.fleet().format() + " " + ranking.source().format();
            return ranking.detail() == null ? text : text + " " + ranking.detail().format();
        }, model.rankingProperty(), Localized.localeProperty()));

        Label message = new Label();
        message.setId("sites-message");
        message.setWrapText(true);
        message.textProperty().bind(Localized.text(model.messageProperty()));
        message.visibleProperty().bind(Bindings.isNotNull(model.messageProperty()));
        message.managedProperty().bind(message.visibleProperty());

        buildTable(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, chooser, source, message, table);
        root.getStyleClass().add("screen");
        // Contracts, cooling and notes are message keys, so their cells are formatted again after a language switch.
        Localized.localeProperty().addListener(new WeakChangeListener<>(relabel));
    }

    public Parent root() {
        return root;
    }

    private void buildTable(SiteRankingViewModel model) {
        table.setId("sites-table");
        table.setItems(model.rows());
        table.getColumns().setAll(List.of(
                Tables.number("ui.sites.column.rank", SiteRank::rank, "ui.sites.value.rank"),
                Tables.text("ui.sites.column.site", SiteRank::site),
                Tables.text("ui.sites.column.contract", row -> row.contract().format()),
                Tables.number("ui.sites.column.model", SiteRank::modelSharePct, "ui.comparison.value.percent"),
                Tables.text("ui.sites.column.cooling", row -> row.cooling().format()),
                Tables.text("ui.sites.column.capacity", row -> LocalizedText.of("ui.sites.value.capacity", row.fleetKw(),
                        row.capacityKw()).format()),
                Tables.number("ui.sites.column.p50", SiteRank::profitP50Usd, "ui.comparison.value.usd"),
                Tables.text("ui.sites.column.range", row -> Formats.value("ui.comparison.value.usd", row.profitP10Usd())
                        + " … " + Formats.value("ui.comparison.value.usd", row.profitP90Usd())),
                Tables.number("ui.sites.column.payback", SiteRank::paybackMonths, "ui.comparison.value.months"),
                Tables.number("ui.sites.column.return", SiteRank::annualisedReturnPct, "ui.comparison.value.percent"),
                Tables.number("ui.sites.column.energy", SiteRank::kwhPerPhDay, "ui.sites.value.kwhPerPhDay"),
                Tables.text("ui.sites.column.note", row -> row.note() == null ? "" : row.note().format())));
        // Every column but the notes, which take the rest, at least 55 px.
        Tables.widths(table, 55, 50, 90, 105, 100, 90, 75, 105, 105, 78, 80, 110);
        Label empty = new Label();
        empty.textProperty().bind(Localized.text("ui.sites.empty"));
        table.setPlaceholder(empty);
    }
}
