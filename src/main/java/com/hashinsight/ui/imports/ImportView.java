package com.hashinsight.ui.imports;

import com.hashinsight.i18n.Messages;
import com.hashinsight.store.RejectedRow;
import com.hashinsight.ui.Localized;
import com.hashinsight.ui.Tables;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Import screen: pick or drop files, import them with progress, and review accepted and rejected rows. */
public final class ImportView {

    private final ImportViewModel model;
    private final VBox root = new VBox(10);

    public ImportView(ImportViewModel model) {
        this.model = model;
        Label title = new Label();
        title.textProperty().bind(Localized.text("ui.import.title"));
        title.getStyleClass().add("screen-title");

        ListView<java.nio.file.Path> files = new ListView<>(model.files());
        files.setId("import-files");
        files.setPrefHeight(120);
        Label dropHint = new Label();
        dropHint.textProperty().bind(Localized.text("ui.import.dropHint"));
        dropHint.getStyleClass().add("hint");
        files.setPlaceholder(dropHint);
        root.setOnDragOver(this::acceptDrag);
        root.setOnDragDropped(this::drop);

        Button add = button("import-add", "ui.import.add");
        add.setOnAction(event -> pickFiles());
        Button run = button("import-run", "ui.import.run");
        run.setOnAction(event -> model.importAll());
        run.disableProperty().bind(Bindings.isEmpty(model.files()).or(model.runningProperty()));

        Label message = new Label();
        message.setId("import-message");
        message.setWrapText(true);
        message.textProperty().bind(Localized.text(model.messageProperty()));

        TableView<ImportViewModel.FileOutcome> outcomes = new TableView<>(model.outcomes());
        outcomes.setId("import-outcomes");
        outcomes.setPrefHeight(150);
        Tables.placeholder(outcomes, "ui.import.noOutcomes");
        outcomes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        outcomes.getColumns().setAll(List.of(
                Tables.text("ui.import.column.file", (ImportViewModel.FileOutcome o) -> o.file().getFileName().toString()),
                Tables.text("ui.import.column.format", o -> o.format() == null ? "—" : o.format()),
                Tables.text("ui.import.column.accepted", o -> o.result() == null ? "—" : String.valueOf(o.result().accepted())),
                Tables.text("ui.import.column.unchanged", o -> o.result() == null ? "—" : String.valueOf(o.result().unchanged())),
                Tables.text("ui.import.column.rejected", o -> o.result() == null ? "—" : String.valueOf(o.result().rejected())),
                Tables.text("ui.import.column.status", o -> o.error() != null ? o.error().format()
                        : o.result().alreadyImported() ? Messages.get("ui.import.status.already") : Messages.get("ui.import.status.ok"))));
        outcomes.getSelectionModel().selectedItemProperty().addListener((obs, old, outcome) -> model.selectedProperty().set(outcome));
        model.selectedProperty().addListener((obs, old, outcome) -> outcomes.getSelectionModel().select(outcome));

        TableView<RejectedRow> rejected = new TableView<>(model.rejected());
        rejected.setId("import-rejected");
        rejected.setPrefHeight(200);
        Tables.placeholder(rejected, "ui.import.noRejected");
        rejected.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rejected.getColumns().setAll(List.of(
                Tables.text("ui.import.column.line", (RejectedRow row) -> String.valueOf(row.line())),
                Tables.text("ui.import.column.field", RejectedRow::field),
                Tables.text("ui.import.column.value", RejectedRow::value),
                Tables.text("ui.import.column.reason", row -> row.reason(Messages.locale()))));
        Button export = button("import-export", "ui.import.export");
        export.disableProperty().bind(Bindings.isEmpty(model.rejected()));
        export.setOnAction(event -> exportRejected());
        Label rejectedTitle = new Label();
        rejectedTitle.textProperty().bind(Localized.text("ui.import.rejectedTitle"));
        rejectedTitle.getStyleClass().add("reasons-heading");

        root.getChildren().addAll(title, files, new HBox(8, add, run), message, outcomes,
                new HBox(12, rejectedTitle, export), rejected);
        root.getStyleClass().add("screen");
    }

    public Parent root() {
        return root;
    }

    private void acceptDrag(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void drop(DragEvent event) {
        boolean hasFiles = event.getDragboard().hasFiles();
        if (hasFiles) {
            model.addFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        event.setDropCompleted(hasFiles);
        event.consume();
    }

    private void pickFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Localized.text("ui.import.add").get());
        List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (chosen != null) {
            model.addFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    private void exportRejected() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("rejected-rows.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.exportRejected(file.toPath(), Messages.locale());
        }
    }

    private static Button button(String id, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(Localized.text(key));
        return button;
    }
}
