package com.hashinsight.ui;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV (RFC 4180) for files a user opens in a spreadsheet. A cell that starts with {@code = + - @}, a tab
 * or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a
 * formula (the OWASP guidance on CSV injection).
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Returns {@code value} escaped as one CSV cell; null becomes an empty cell. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.startsWith("'");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
