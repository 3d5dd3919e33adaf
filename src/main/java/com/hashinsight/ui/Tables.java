package com.hashinsight.ui;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table columns whose headers follow the language and whose cells show a row's value. */
public final class Tables {

    private Tables() {
    }

    /** Returns a column headed by message {@code key} that shows {@code value} of each row as text. */
    public static <T> TableColumn<T, String> text(String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>();
        column.textProperty().bind(Localized.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /**
     * Returns a column headed by message {@code key} that sorts by {@code value} as a number and shows it with the
     * message pattern {@code formatKey}; NaN shows as {@link Formats#MISSING} and sorts last.
     */
    public static <T> TableColumn<T, Double> number(String key, ToDoubleFunction<T> value, String formatKey) {
        TableColumn<T, Double> column = new TableColumn<>();
        column.textProperty().bind(Localized.text(key));
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
}
