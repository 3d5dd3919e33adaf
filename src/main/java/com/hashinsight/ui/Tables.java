package com.hashinsight.ui;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
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
     * Sets the preferred widths of {@code table}'s first columns, in px and column order; the columns after them
     * keep their default width.
     */
    public static void widths(TableView<?> table, double... widths) {
        for (int i = 0; i < widths.length && i < table.getColumns().size(); i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
    }

    /** Heads {@code column} with the text of message {@code key}, wrapped to the column's width. */
    private static void header(TableColumn<?, ?> column, String key) {
        Label label = new Label();
        label.textProperty().bind(Localized.text(key));
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setAlignment(Pos.CENTER);
        label.setMinHeight(Control.USE_PREF_SIZE);
        label.maxWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
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
