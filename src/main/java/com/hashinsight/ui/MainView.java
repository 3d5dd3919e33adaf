package com.hashinsight.ui;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.task.BackgroundTasks;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Main window: header with the workspace and language, navigation on the left, the current screen in the
 * middle and a status bar with the running task's progress and a cancel button.
 */
public final class MainView {

    private final MainViewModel model;
    private final Map<Screen, Supplier<Node>> factories;
    private final Map<Screen, Node> created = new EnumMap<>(Screen.class);
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();

    public MainView(MainViewModel model, Map<Screen, Supplier<Node>> factories) {
        this.model = model;
        this.factories = new EnumMap<>(factories);
        root.setTop(header());
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar());
        root.getStyleClass().add("main-window");
        content.getStyleClass().add("content");
        model.screenProperty().addListener((obs, old, screen) -> show(screen));
        show(model.screenProperty().get());
    }

    public Parent root() {
        return root;
    }

    private Node header() {
        Label title = new Label();
        title.textProperty().bind(Localized.text("app.title"));
        title.getStyleClass().add("app-title");

        Label workspace = new Label();
        workspace.setId("header-workspace");
        workspace.textProperty().bind(Localized.text(model.workspaceLabelProperty()));
        workspace.getStyleClass().add("header-workspace");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("language");
        language.getItems().setAll(Messages.SUPPORTED);
        language.setCellFactory(list -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.setValue(model.language());
        language.valueProperty().addListener((obs, old, locale) -> {
            if (locale != null) {
                model.switchLanguage(locale);
            }
        });
        Localized.localeProperty().addListener((obs, old, locale) -> language.setValue(locale));

        HBox header = new HBox(16, title, workspace, spacer, language);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));
        header.getStyleClass().add("header");
        return header;
    }

    private Node navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox buttons = new VBox(2);
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton();
            button.setId(screen.navigationId());
            button.textProperty().bind(Localized.text(screen.titleKey()));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setUserData(screen);
            button.setSelected(screen == model.screenProperty().get());
            button.setOnAction(event -> model.screenProperty().set(screen));
            buttons.getChildren().add(button);
        }
        // A click on the selected button would deselect it; keep exactly one selected, matching the model.
        model.screenProperty().addListener((obs, old, screen) -> group.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == screen)));
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null && old != null) {
                old.setSelected(true);
            }
        });
        buttons.getStyleClass().add("navigation");
        buttons.setPadding(new Insets(8));
        buttons.setPrefWidth(180);
        return buttons;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(Localized.text(model.statusProperty()));

        Label taskTitle = new Label();
        taskTitle.setId("task-title");
        ProgressBar progress = new ProgressBar();
        progress.setId("task-progress");
        progress.setPrefWidth(180);
        Button cancel = new Button();
        cancel.setId("task-cancel");
        cancel.textProperty().bind(Localized.text("ui.task.cancel"));
        cancel.setOnAction(event -> model.cancelActiveTask());

        HBox taskBox = new HBox(8, taskTitle, progress, cancel);
        taskBox.setAlignment(Pos.CENTER_RIGHT);
        taskBox.visibleProperty().bind(Bindings.isNotNull(model.activeTaskProperty()));
        model.activeTaskProperty().addListener((obs, old, task) -> followTask(task, taskTitle, progress));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, taskBox);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static void followTask(Task<?> task, Label title, ProgressBar progress) {
        progress.progressProperty().unbind();
        title.textProperty().unbind();
        if (task == null) {
            progress.setProgress(0);
            title.setText("");
            return;
        }
        progress.progressProperty().bind(task.progressProperty());
        if (task instanceof BackgroundTasks.JobTask<?> jobTask) {
            title.textProperty().bind(Localized.text(jobTask.titleText().key(), jobTask.titleText().args().toArray()));
        }
    }

    private void show(Screen screen) {
        Node node = created.computeIfAbsent(screen, this::create);
        content.getChildren().setAll(node);
    }

    private Node create(Screen screen) {
        Supplier<Node> factory = factories.get(screen);
        if (factory == null) {
            throw new IllegalStateException("no view registered for screen " + screen);
        }
        ScrollPane scroll = new ScrollPane(factory.get());
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setId("screen-" + screen.name().toLowerCase(Locale.ROOT));
        return scroll;
    }

    /** Shows each language in its own script, so a reader of either can find theirs. */
    private static final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale locale, boolean empty) {
            super.updateItem(locale, empty);
            setText(empty || locale == null ? null : Messages.get("ui.language." + locale.toLanguageTag()));
        }
    }
}
