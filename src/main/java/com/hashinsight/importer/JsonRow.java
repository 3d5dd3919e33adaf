package com.hashinsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * One JSON object read as an input row, with typed accessors like {@link CsvRow}: each returns a
 * valid value or throws {@link RowRejectedException} naming the line, field path, value and reason.
 * A JSON null or an absent field is missing.
 */
final class JsonRow {

    private final long line;
    private final String path;
    private final JsonNode node;

    /**
     * @param line  line where the object starts
     * @param path  path of the object in the file, for example {@code sites[2]}, used as field prefix
     * @param node  the object
     */
    JsonRow(long line, String path, JsonNode node) {
        this.line = line;
        this.path = path;
        this.node = node;
    }

    long line() {
        return line;
    }

    JsonNode node() {
        return node;
    }

    /** Returns the child object or array {@code field} as a row, or null when it is absent or null. */
    JsonRow child(String field) {
        JsonNode child = node.get(field);
        return child == null || child.isNull() ? null : new JsonRow(line, path(field), child);
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    String requireText(String field) throws RowRejectedException {
        String value = text(field);
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    /** Returns the number, or NaN when absent or null; rejects text that is not a finite number. */
    double number(String field) throws RowRejectedException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        String text = value.asText().trim();
        if (text.isEmpty() || text.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        try {
            double parsed = Double.parseDouble(text);
            if (Double.isInfinite(parsed)) {
                throw reject(field, text, "importer.rejected.notFinite");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw reject(field, text, "importer.rejected.notANumber");
        }
    }

    double requireNumber(String field) throws RowRejectedException {
        double value = number(field);
        if (Double.isNaN(value)) {
            throw missing(field);
        }
        return value;
    }

    /** Returns the number, or {@code fallback} when absent. */
    double number(String field, double fallback) throws RowRejectedException {
        double value = number(field);
        return Double.isNaN(value) ? fallback : value;
    }

    int requireInteger(String field) throws RowRejectedException {
        double value = requireNumber(field);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw reject(field, text(field), "importer.rejected.notAWholeNumber");
        }
        return (int) value;
    }

    boolean bool(String field, boolean fallback) throws RowRejectedException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        String text = value.asText().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw reject(field, text, "importer.rejected.notOneOf", "true, false");
        };
    }

    LocalDate requireDate(String field) throws RowRejectedException {
        String value = requireText(field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw reject(field, value, "importer.rejected.notADate");
        }
    }

    /** Returns the enum constant named by the field, ignoring case. */
    <E extends Enum<E>> E requireEnum(String field, Class<E> type) throws RowRejectedException {
        String value = requireText(field);
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
            allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name());
        }
        throw reject(field, value, "importer.rejected.notOneOf", allowed);
    }

    RowRejectedException missing(String field) {
        return new RowRejectedException(line, path(field), null, "importer.rejected.missing");
    }

    RowRejectedException reject(String field, String value, String reasonKey, Object... args) {
        return new RowRejectedException(line, path(field), value, reasonKey, args);
    }

    /** Rejects the whole object, for a rule that spans fields (a record's own validation). */
    RowRejectedException rejectObject(IllegalArgumentException invalid) {
        return new RowRejectedException(line, path, null, "importer.rejected.invalidObject", invalid.getMessage());
    }
}
