package com.hashinsight.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One CSV data row with typed accessors. Each accessor either returns a valid value or throws
 * {@link RowRejectedException} naming the line, column, value and reason.
 *
 * <p>Numbers: an empty cell or the text {@code NaN} is a missing reading (NaN); infinity and text
 * that is not a number are rejected. The {@code require*} accessors also reject missing values.
 */
final class CsvRow {

    private final long line;
    private final String[] cells;
    private final int headerSize;

    CsvRow(long line, String[] cells, int headerSize) {
        this.line = line;
        this.cells = cells;
        this.headerSize = headerSize;
    }

    long line() {
        return line;
    }

    /** Rejects the row when it has fewer or more cells than the header (a blank line is skipped by the caller). */
    void requireWidth() throws RowRejectedException {
        if (cells.length != headerSize) {
            throw new RowRejectedException(line, null, null, "importer.rejected.cellCount", cells.length, headerSize);
        }
    }

    /** Returns true for a line with no cells or a single empty cell. */
    boolean isBlank() {
        return cells.length == 0 || (cells.length == 1 && cells[0].isBlank());
    }

    /** Returns the trimmed cell, or null when it is empty or the column is absent. */
    String text(CsvColumn column) {
        if (!column.present() || column.index() >= cells.length) {
            return null;
        }
        String value = cells[column.index()].trim();
        return value.isEmpty() ? null : value;
    }

    String requireText(CsvColumn column) throws RowRejectedException {
        String value = text(column);
        if (value == null) {
            throw missing(column);
        }
        return value;
    }

    /** Returns the number in the cell; NaN when it is empty or reads {@code NaN}. */
    double number(CsvColumn column) throws RowRejectedException {
        String value = text(column);
        if (value == null || value.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw reject(column, value, "importer.rejected.notANumber");
        }
        if (Double.isInfinite(parsed)) {
            throw reject(column, value, "importer.rejected.notFinite");
        }
        return parsed;
    }

    /** Returns the number in the cell; rejects an empty cell and NaN. */
    double requireNumber(CsvColumn column) throws RowRejectedException {
        String value = text(column);
        if (value == null) {
            throw missing(column);
        }
        double parsed = number(column);
        if (Double.isNaN(parsed)) {
            throw reject(column, value, "importer.rejected.notFinite");
        }
        return parsed;
    }

    /** Returns the number, or NaN when missing; rejects negative values. */
    double nonNegative(CsvColumn column) throws RowRejectedException {
        double value = number(column);
        if (value < 0) {
            throw reject(column, text(column), "importer.rejected.negative");
        }
        return value;
    }

    /** Returns the whole number in the cell, or {@code missing} when it is empty. */
    long integer(CsvColumn column, long missing) throws RowRejectedException {
        String value = text(column);
        if (value == null) {
            return missing;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            // Exporters often write counts as "3.0"; accept a whole number written as a decimal.
            double parsed = number(column);
            if (parsed == Math.rint(parsed) && Math.abs(parsed) < 1e15) {
                return (long) parsed;
            }
            throw reject(column, value, "importer.rejected.notAWholeNumber");
        }
    }

    long requireInteger(CsvColumn column) throws RowRejectedException {
        if (text(column) == null) {
            throw missing(column);
        }
        return integer(column, 0);
    }

    /** Returns the UTC instant in the cell: ISO-8601 with {@code Z} or an offset, for example {@code 2026-01-01T00:00:00Z}. */
    Instant requireInstant(CsvColumn column) throws RowRejectedException {
        String value = requireText(column);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw reject(column, value, "importer.rejected.notAnInstant");
        }
    }

    /** Returns the date ({@code YYYY-MM-DD}) in the cell, or null when it is empty. */
    LocalDate date(CsvColumn column) throws RowRejectedException {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw reject(column, value, "importer.rejected.notADate");
        }
    }

    LocalDate requireDate(CsvColumn column) throws RowRejectedException {
        LocalDate value = date(column);
        if (value == null) {
            throw missing(column);
        }
        return value;
    }

    RowRejectedException missing(CsvColumn column) {
        return new RowRejectedException(line, column.name(), null, "importer.rejected.missing");
    }

    RowRejectedException reject(CsvColumn column, String value, String reasonKey, Object... args) {
        return new RowRejectedException(line, column.name(), value, reasonKey, args);
    }

    RowRejectedException rejectRow(String reasonKey, Object... args) {
        return new RowRejectedException(line, null, null, reasonKey, args);
    }
}
