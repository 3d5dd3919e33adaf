package com.hashinsight.ui.export;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.Localized;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.comparison.ComparisonResult;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Export screen: saves the comparison shown on the comparison screen as PDF or PNG, in the current language. */
public final class ExportView {

    /** Asks where to save a file; returns null when the user cancels. */
    @FunctionalInterface
    public interface SaveTarget {
        Path choose(Window owner, String initialName, String extension);
    }

    private final ExportViewModel model;
    private final SaveTarget target;
    private final VBox root = new VBox(12);

    public ExportView(ExportViewModel model) {
        this(model, ExportView::chooseFile);
    }

    public ExportView(ExportViewModel model, SaveTarget target) {
        this.model = model;
        this.target = target;
        Label title = new Label();
        title.textProperty().bind(Localized.text("ui.export.title"));
        title.getStyleClass().add("screen-title");

        Label intro = new Label();
        intro.setWrapText(true);
        intro.textProperty().bind(Bindings.createStringBinding(() -> LocalizedText.of("ui.export.intro",
                Messages.get("ui.language." + Localized.localeProperty().get().toLanguageTag())).format(),
                Localized.localeProperty()));

        Label summary = new Label();
        summary.setId("export-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("comparison-subject");
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(model.comparisonProperty().get()),
                model.comparisonProperty(), Localized.localeProperty()));

        Button pdf = button("export-pdf", "ui.export.pdf");
        pdf.setOnAction(event -> save("pdf"));
        Button png = button("export-png", "ui.export.png");
        png.setOnAction(event -> save("png"));

        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.textProperty().bind(Localized.text(model.messageProperty()));

        root.getChildren().addAll(title, intro, summary, new HBox(8, pdf, png), message);
        root.getStyleClass().add("screen");
    }

    public Parent root() {
        return root;
    }

    private Button button(String id, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(Localized.text(key));
        button.disableProperty().bind(Bindings.isNull(model.comparisonProperty()).or(model.busyProperty()));
        return button;
    }

    private static String summary(ComparisonResult result) {
        if (result == null) {
            return Messages.get("ui.export.noComparison");
        }
        return result.subject().format() + "\n" + ScenarioText.of(result.scenario()).format();
    }

    private void save(String extension) {
        ComparisonResult result = model.comparisonProperty().get();
        Path file = target.choose(root.getScene().getWindow(), "strategy-comparison." + extension, extension);
        if (result == null || file == null) {
            return;
        }
        if ("pdf".equals(extension)) {
            model.exportPdf(file);
        } else {
            model.exportPng(file, ComparisonPng.render(result));
        }
    }

    private static Path chooseFile(Window owner, String initialName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }
}
