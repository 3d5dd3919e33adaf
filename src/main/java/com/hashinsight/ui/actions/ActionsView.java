package com.hashinsight.ui.actions;

import com.hashinsight.store.ActionLogEntry;
import com.hashinsight.store.ActionSource;
import com.hashinsight.ui.Localized;
import com.hashinsight.ui.Tables;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Apply-and-guardrails screen: propose a change, see it checked, confirm large ones, and manage the action log. */
public final class ActionsView {

    private final ActionsViewModel model;
    private final VBox root = new VBox(12);
    private final TableView<ActionLogEntry> log = new TableView<>();

    public ActionsView(ActionsViewModel model) {
        this.model = model;
        Label title = new Label();
        title.textProperty().bind(Localized.text("ui.actions.title"));
        title.getStyleClass().add("screen-title");
        Label note = new Label();
        note.textProperty().bind(Localized.text("ui.actions.note"));
        note.getStyleClass().add("hint");
        note.setWrapText(true);

        Label message = new Label();
        message.setId("actions-message");
        message.setWrapText(true);
        message.textProperty().bind(Localized.text(model.messageProperty()));

        root.getChildren().addAll(title, note, form(), message, logTable(), logButtons());
        root.getStyleClass().add("screen");
    }

    public Parent root() {
        return root;
    }

    private GridPane form() {
        ComboBox<ActionType> type = new ComboBox<>();
        type.setId("action-type");
        type.getItems().setAll(ActionType.values());
        type.valueProperty().bindBidirectional(model.typeProperty());
        type.setCellFactory(list -> new KeyCell<>(value -> "ui.actions.type." + value.code()));
        type.setButtonCell(new KeyCell<>(value -> "ui.actions.type." + value.code()));

        ComboBox<ActionSource> source = new ComboBox<>();
        source.setId("action-source");
        source.getItems().setAll(ActionSource.MANUAL, ActionSource.AI_SUGGESTED);
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.setCellFactory(list -> new KeyCell<>(value -> "ui.actions.source." + value.code()));
        source.setButtonCell(new KeyCell<>(value -> "ui.actions.source." + value.code()));

        TextField target = field("action-target", model.targetProperty());
        TextField value = field("action-value", model.newValueProperty());
        TextField reason = field("action-reason", model.reasonProperty());
        TextField who = field("action-who", model.whoProperty());

        Button apply = new Button();
        apply.setId("action-apply");
        apply.textProperty().bind(Localized.text("ui.actions.apply"));
        apply.setOnAction(event -> checkAndApply());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, label("ui.actions.field.type"), type, label("ui.actions.field.source"), source);
        grid.addRow(1, label("ui.actions.field.target"), target, label("ui.actions.field.value"), value);
        grid.addRow(2, label("ui.actions.field.reason"), reason, label("ui.actions.field.who"), who);
        grid.add(apply, 1, 3);
        return grid;
    }

    private void checkAndApply() {
        Verdict verdict = model.check();
        if (verdict == null || !verdict.allowed()) {
            return;
        }
        boolean confirmed = false;
        if (verdict.needsConfirmation()) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, verdict.confirmation().format(), ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText(null);
            confirm.initOwner(root.getScene().getWindow());
            confirmed = confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
            if (!confirmed) {
                return;
            }
        }
        model.apply(verdict, confirmed);
    }

    private TableView<ActionLogEntry> logTable() {
        log.setId("action-log");
        log.setItems(model.entries());
        log.setPrefHeight(260);
        Tables.placeholder(log, "ui.actions.noEntries");
        log.getColumns().setAll(List.of(
                Tables.text("ui.actions.column.id", entry -> String.valueOf(entry.id())),
                Tables.text("ui.actions.column.time", entry -> entry.time().toString()),
                Tables.text("ui.actions.column.target", ActionLogEntry::target),
                Tables.text("ui.actions.column.type", ActionLogEntry::actionType),
                Tables.text("ui.actions.column.change", entry -> entry.oldValue() + " → " + entry.newValue()),
                Tables.text("ui.actions.column.source", entry -> entry.source().code()),
                Tables.text("ui.actions.column.who", ActionLogEntry::who),
                Tables.text("ui.actions.column.reason", ActionLogEntry::reason)));
        // Room for a whole UTC time such as 2026-01-01T00:00:00Z; the reason takes the rest, at least 150 px.
        Tables.widths(log, 150, 60, 170, 130, 110, 100, 90, 90);
        return log;
    }

    private HBox logButtons() {
        Button rollback = new Button();
        rollback.setId("action-rollback");
        rollback.textProperty().bind(Localized.text("ui.actions.rollback"));
        rollback.disableProperty().bind(Bindings.isNull(log.getSelectionModel().selectedItemProperty()));
        rollback.setOnAction(event -> model.rollback(log.getSelectionModel().getSelectedItem()));
        Button export = new Button();
        export.setId("action-export");
        export.textProperty().bind(Localized.text("ui.actions.export"));
        export.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("action-log.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                model.exportCsv(file.toPath());
            }
        });
        return new HBox(8, rollback, export);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(Localized.text(key));
        return label;
    }


    /** Shows an enum value by its message key, relabelled on a language switch. */
    private static final class KeyCell<T> extends ListCell<T> {
        private final Function<T, String> key;

        KeyCell(Function<T, String> key) {
            this.key = key;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                textProperty().bind(Localized.text(key.apply(item)));
            }
        }
    }
}
