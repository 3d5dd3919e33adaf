package com.hashinsight.simulation;

import java.nio.file.Path;

/**
 * Fast, locale-free number text for the simulator's CSV files, and the matching parser.
 * NaN is written as an empty cell and read back as NaN.
 */
final class CsvText {

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final double MAX_FIXED = 1e15;

    private CsvText() {
    }

    /**
     * Appends {@code value} rounded half-up to {@code decimals} places (0..8), without trailing zeros.
     * NaN appends nothing; infinities and magnitudes of 1e15 or more use {@link Double#toString}.
     */
    static StringBuilder append(StringBuilder out, double value, int decimals) {
        if (Double.isNaN(value)) {
            return out;
        }
        double magnitude = Math.abs(value);
        if (magnitude * POWERS_OF_TEN[decimals] >= MAX_FIXED || Double.isInfinite(value)) {
            return out.append(value);
        }
        long scaled = Math.round(magnitude * POWERS_OF_TEN[decimals]);
        if (scaled == 0) {
            return out.append('0');
        }
        if (value < 0) {
            out.append('-');
        }
        long integerPart = scaled / POWERS_OF_TEN[decimals];
        long fraction = scaled % POWERS_OF_TEN[decimals];
        out.append(integerPart);
        if (fraction != 0) {
            int digits = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            out.append('.');
            String text = Long.toString(fraction);
            for (int pad = text.length(); pad < digits; pad++) {
                out.append('0');
            }
            out.append(text);
        }
        return out;
    }

    /** Returns the cells of one line split on commas; the simulator's files never quote. */
    static String[] split(String line, int expectedCells, Path file, int lineNumber) {
        String[] cells = line.split(",", -1);
        if (cells.length != expectedCells) {
            throw new GroundTruthFormatException(file, lineNumber, "columns", Integer.toString(cells.length),
                    "expected " + expectedCells + " columns");
        }
        return cells;
    }

    /** Parses a number cell; empty means NaN. */
    static double parseDouble(String cell, Path file, int lineNumber, String field) {
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new GroundTruthFormatException(file, lineNumber, field, cell, "not a number");
        }
    }

    /** Parses an integer cell; empty is an error. */
    static int parseInt(String cell, Path file, int lineNumber, String field) {
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new GroundTruthFormatException(file, lineNumber, field, cell, "not an integer");
        }
    }
}
