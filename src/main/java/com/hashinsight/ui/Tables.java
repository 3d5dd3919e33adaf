package com.hashinsight.ui;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Table columns whose headers follow the language and whose cells show a row's value. Headers and text cells wrap
 * onto more lines when their column is narrow; number cells keep one line.
 */
public final class Tables {

    /** Width left free for the table's vertical scroll bar and borders, px. */
    private static final double SCROLL_BAR_ALLOWANCE = 20;

    /** Horizontal padding of a cell around its text, px. */
    private static final double CELL_PADDING = 10;

    private Tables() {
    }

    /** Returns a column headed by message {@code key} that shows {@code value} of each row as wrapping text. */
    public static <T> TableColumn<T, String> text(String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>();
        header(column, key);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(WrappingCell::new);
        return column;
    }

    /**
     * Returns a column headed by message {@code key} that sorts by {@code value} as a number and shows it with the
     * message pattern {@code formatKey}; NaN shows as {@link Formats#MISSING} and sorts last.
     */
    public static <T> TableColumn<T, Double> number(String key, ToDoubleFunction<T> value, String formatKey) {
        TableColumn<T, Double> column = new TableColumn<>();
        header(column, key);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(cell.getValue())));
        column.setComparator(Double::compare);
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.value(formatKey, item));
            }
        });
        return column;
    }

    /**
     * Sets the widths of {@code table}'s columns but the last, in px and column order, and lets the last column take
     * the rest of the table's width, but no less than {@code minLastWidth}. The header row gets room for two lines.
     */
    public static void widths(TableView<?> table, double minLastWidth, double... widths) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getStyleClass().add("wrapped-headers");
        double fixed = 0;
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
            fixed += widths[i];
        }
        double taken = fixed + SCROLL_BAR_ALLOWANCE;
        TableColumn<?, ?> last = table.getColumns().getLast();
        // Its width follows the table, so the user resizes the other columns instead.
        last.setResizable(false);
        last.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(minLastWidth, table.getWidth() - taken), table.widthProperty()));
    }

    /** Shows the text of message {@code key} in {@code table} while it has no rows, in place of JavaFX's English default. */
    public static void placeholder(TableView<?> table, String key) {
        Label empty = new Label();
        empty.textProperty().bind(Localized.text(key));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
    }

    /** Heads {@code column} with the text of message {@code key}, wrapped to the column's width. */
    private static void header(TableColumn<?, ?> column, String key) {
        Label label = new Label();
        label.textProperty().bind(Localized.text(key));
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setAlignment(Pos.CENTER);
        label.setMinHeight(Control.USE_PREF_SIZE);
        // A preferred width that follows the column makes the header row tall enough for the wrapped lines.
        label.prefWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
        label.maxWidthProperty().bind(label.prefWidthProperty());
        column.setGraphic(new StackPane(label));
    }

    /** A text cell that wraps its text to the column's width; the row grows to fit it. */
    private static final class WrappingCell<T> extends TableCell<T, String> {

        private final Text text = new Text();

        WrappingCell(TableColumn<T, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            setPrefHeight(Control.USE_COMPUTED_SIZE);
            // The text property keeps the value for lookups and accessibility; the wrapped Text shows it.
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(item);
                text.setText(item);
                setGraphic(text);
            }
        }
    }
}
