package com.hashinsight.ui.workspaces;

import com.hashinsight.ui.Localized;
import com.hashinsight.ui.LocalizedText;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Workspaces screen: one workspace per client, with create, open, switch and delete, and the sample on first run. */
public final class WorkspacesView {

    private final WorkspacesViewModel model;
    private final VBox root = new VBox(12);

    public WorkspacesView(WorkspacesViewModel model) {
        this.model = model;
        Label title = new Label();
        title.textProperty().bind(Localized.text("ui.workspaces.title"));
        title.getStyleClass().add("screen-title");

        Label welcome = new Label();
        welcome.textProperty().bind(Localized.text("ui.workspaces.firstRun"));
        welcome.setWrapText(true);
        Button loadSample = new Button();
        loadSample.setId("workspace-load-sample");
        loadSample.textProperty().bind(Localized.text("ui.workspaces.loadSample"));
        loadSample.setOnAction(event -> model.loadSample());
        VBox firstRun = new VBox(8, welcome, loadSample);
        firstRun.getStyleClass().add("first-run");
        firstRun.visibleProperty().bind(model.offerSampleProperty());
        firstRun.managedProperty().bind(firstRun.visibleProperty());

        ListView<String> list = new ListView<>(model.names());
        list.setId("workspaces-list");
        list.setPrefHeight(280);
        list.setMaxWidth(420);
        list.setCellFactory(view -> new WorkspaceCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, name) -> model.selectedProperty().set(name));
        model.selectedProperty().addListener((obs, old, name) -> list.getSelectionModel().select(name));
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        Localized.localeProperty().addListener((obs, old, locale) -> list.refresh());

        TextField name = new TextField();
        name.setId("workspace-name");
        name.promptTextProperty().bind(Localized.text("ui.workspaces.namePrompt"));
        name.textProperty().bindBidirectional(model.newNameProperty());
        name.setOnAction(event -> model.create());
        name.setPrefWidth(260);
        Button create = button("workspace-create", "ui.workspaces.create");
        create.setOnAction(event -> model.create());
        create.disableProperty().bind(model.busyProperty());

        Button open = button("workspace-open", "ui.workspaces.open");
        open.setOnAction(event -> model.open(model.selectedProperty().get()));
        Button delete = button("workspace-delete", "ui.workspaces.delete");
        delete.setOnAction(event -> confirmDelete(model.selectedProperty().get()));
        open.disableProperty().bind(Bindings.isNull(model.selectedProperty()).or(model.busyProperty()));
        delete.disableProperty().bind(open.disableProperty());

        Label message = new Label();
        message.setId("workspaces-message");
        message.setWrapText(true);
        message.textProperty().bind(Localized.text(model.messageProperty()));

        HBox createRow = new HBox(8, name, create);
        createRow.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, firstRun, list, new HBox(8, open, delete), createRow, message);
        root.getStyleClass().add("screen");
    }

    public Parent root() {
        return root;
    }

    private static Button button(String id, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(Localized.text(key));
        return button;
    }

    private void confirmDelete(String name) {
        if (name == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                LocalizedText.of("ui.workspaces.confirmDelete", name).format(), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.initOwner(root.getScene().getWindow());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.delete(name));
    }

    /** Marks the open workspace in the list. */
    private final class WorkspaceCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null) {
                setText(null);
                return;
            }
            setText(name.equals(model.openName()) ? LocalizedText.of("ui.workspaces.openMarker", name).format() : name);
        }
    }
}
