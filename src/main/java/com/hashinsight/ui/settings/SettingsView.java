package com.hashinsight.ui.settings;

import com.hashinsight.ui.Localized;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** Settings screen: data directory, background threads and GPU use. */
public final class SettingsView {

    private final VBox root = new VBox(12);

    public SettingsView(SettingsViewModel model) {
        Label title = new Label();
        title.textProperty().bind(Localized.text("ui.settings.title"));
        title.getStyleClass().add("screen-title");

        TextField directory = new TextField();
        directory.setId("settings-data-directory");
        directory.textProperty().bindBidirectional(model.dataDirectoryProperty());
        HBox.setHgrow(directory, Priority.ALWAYS);
        Button browse = new Button();
        browse.textProperty().bind(Localized.text("ui.settings.browse"));
        browse.setOnAction(event -> chooseDirectory(model));

        Spinner<Integer> threads = new Spinner<>(1, Settings.MAX_THREADS, model.threadsProperty().get());
        threads.setId("settings-threads");
        threads.setEditable(true);
        threads.getValueFactory().valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.threadsProperty().set(value);
            }
        });
        model.threadsProperty().addListener((obs, old, value) -> threads.getValueFactory().setValue(value.intValue()));

        CheckBox gpu = new CheckBox();
        gpu.setId("settings-gpu");
        gpu.textProperty().bind(Localized.text("ui.settings.gpu"));
        gpu.selectedProperty().bindBidirectional(model.gpuEnabledProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, label("ui.settings.dataDirectory"), new HBox(6, directory, browse));
        form.addRow(1, label("ui.settings.threads"), threads);
        form.addRow(2, new Label(), gpu);
        GridPane.setHgrow(form.getChildren().get(1), Priority.ALWAYS);

        Label hint = new Label();
        hint.textProperty().bind(Localized.text("ui.settings.restartHint"));
        hint.getStyleClass().add("hint");

        Button save = new Button();
        save.setId("settings-save");
        save.setDefaultButton(true);
        save.textProperty().bind(Localized.text("ui.settings.save"));
        save.setOnAction(event -> model.save());
        Button reset = new Button();
        reset.textProperty().bind(Localized.text("ui.settings.reset"));
        reset.setOnAction(event -> model.reset());

        Label message = new Label();
        message.setId("settings-message");
        message.textProperty().bind(Localized.text(model.messageProperty()));
        message.visibleProperty().bind(Bindings.isNotNull(model.messageProperty()));

        root.getChildren().addAll(title, form, hint, new HBox(8, save, reset), message);
        root.getStyleClass().add("screen");
    }

    public Parent root() {
        return root;
    }

    private static Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(Localized.text(key));
        return label;
    }

    private void chooseDirectory(SettingsViewModel model) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Localized.text("ui.settings.dataDirectory").get());
        File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen != null) {
            model.dataDirectoryProperty().set(chosen.getAbsolutePath());
        }
    }
}
