package com.hashinsight.ui.comparison;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.LocalizedText;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A scored comparison as nodes: the subject line, where the failure risk and downtime come from, the strategies side
 * by side with the recommended one marked, the reasons for it and the ROI chart. The comparison screen shows one, and the PNG export snapshots another.
 */
public final class ComparisonPanel {

    private static final double LABEL_COLUMN_PCT = 20;

    private final VBox root = new VBox(12);
    private final Label subject = new Label();
    private final Label modelNote = new Label();
    private final GridPane table = new GridPane();
    private final VBox reasons = new VBox(4);
    private final RoiChart chart = new RoiChart();

    public ComparisonPanel() {
        subject.setId("comparison-subject");
        subject.setWrapText(true);
        subject.getStyleClass().add("comparison-subject");
        wrap(subject);
        modelNote.setId("comparison-model-note");
        modelNote.getStyleClass().add("comparison-model-note");
        wrap(modelNote);
        table.setId("comparison-table");
        table.setHgap(1);
        table.setVgap(1);
        table.getStyleClass().add("comparison-table");
        reasons.setId("comparison-reasons");
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox.setVgrow(chart, Priority.ALWAYS);
        root.getChildren().addAll(subject, modelNote, table, reasons, chart);
    }

    public Parent root() {
        return root;
    }

    /** Shows {@code result} in the current language; null clears the panel. */
    public void show(ComparisonResult result) {
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        reasons.getChildren().clear();
        if (result == null) {
            subject.setText("");
            modelNote.setText("");
            return;
        }
        subject.setText(result.subject().format());
        StringBuilder note = new StringBuilder();
        for (LocalizedText text : result.modelNotes()) {
            note.append(note.isEmpty() ? "" : " ").append(text.format());
        }
        modelNote.setText(note.toString());
        modelNote.setVisible(!note.isEmpty());
        modelNote.setManaged(!note.isEmpty());
        List<StrategyColumn> columns = result.columns();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(LABEL_COLUMN_PCT);
        table.getColumnConstraints().add(labels);
        for (int c = 0; c < columns.size(); c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHgrow(Priority.ALWAYS);
            constraints.setPercentWidth((100.0 - LABEL_COLUMN_PCT) / columns.size());
            table.getColumnConstraints().add(constraints);
            table.add(header(columns.get(c), c == result.recommended()), c + 1, 0);
        }
        for (int r = 0; r < ComparisonRows.ALL.size(); r++) {
            ComparisonRows.Row row = ComparisonRows.ALL.get(r);
            table.add(cell(Messages.get(row.labelKey()), "row-label", null), 0, r + 1);
            for (int c = 0; c < columns.size(); c++) {
                String styleClass = c == result.recommended() ? "recommended-cell" : "value-cell";
                table.add(cell(row.value().apply(columns.get(c)), styleClass, "cell-" + row.id() + "-" + c), c + 1, r + 1);
            }
        }

        Label heading = new Label(LocalizedText.of("ui.comparison.reasons", result.recommendedColumn().label()).format());
        heading.getStyleClass().add("reasons-heading");
        reasons.getChildren().add(heading);
        for (LocalizedText reason : result.reasons()) {
            Label line = new Label("• " + reason.format());
            wrap(line);
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

    /** Lets {@code label} wrap onto more lines instead of ending in an ellipsis. */
    private static void wrap(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Node cell(String text, String styleClass, String id) {
        Label label = new Label(text);
        wrap(label);
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
