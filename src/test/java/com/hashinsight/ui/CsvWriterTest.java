package com.hashinsight.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void formulaStartsAreEscaped() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", CsvWriter.cell("+1"));
        assertEquals("\"'-2\"", CsvWriter.cell("-2"));
        assertEquals("\"'@SUM(A1)\"", CsvWriter.cell("@SUM(A1)"));
        assertEquals("\"'\tx\"", CsvWriter.cell("\tx"));
    }

    @Test
    void plainCellsStayUnquoted() {
        assertEquals("3250", CsvWriter.cell("3250"));
        assertEquals("SN1", CsvWriter.cell("SN1"));
        assertEquals("", CsvWriter.cell(null));
    }

    @Test
    void separatorsAndQuotesAreQuoted() throws IOException {
        StringWriter out = new StringWriter();

        new CsvWriter(out).row(Arrays.asList("a,b", "say \"hi\"", null, "line\nbreak"));

        assertEquals("\"a,b\",\"say \"\"hi\"\"\",,\"line\nbreak\"\r\n", out.toString());
    }
}
