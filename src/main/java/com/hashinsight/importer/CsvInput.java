package com.hashinsight.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams a CSV file with a header row through Jackson, one {@link CsvRow} at a time, so memory
 * does not grow with the file. A gzipped file is decompressed as it streams. Header names are matched
 * case-insensitively after trimming.
 */
final class CsvInput implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final Path file;
    private final MappingIterator<String[]> rows;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> header;

    private CsvInput(Path file, MappingIterator<String[]> rows, String[] headerCells) {
        this.file = file;
        this.rows = rows;
        this.header = List.of(headerCells);
        for (int i = 0; i < headerCells.length; i++) {
            columns.putIfAbsent(normalize(headerCells[i]), i);
        }
    }

    /**
     * Opens {@code file} and reads its header row.
     *
     * @throws ImportException when the file is empty or not readable as CSV
     */
    static CsvInput open(Path file) throws IOException {
        BufferedReader reader = InputFiles.openReader(file);
        try {
            MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(reader);
            // hasNextValue and nextValue throw IOException, where hasNext and next would wrap it in RuntimeException.
            if (!rows.hasNextValue()) {
                rows.close();
                throw new ImportException("importer.file.empty", file);
            }
            String[] header = rows.nextValue();
            if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                header[0] = header[0].substring(1);
            }
            return new CsvInput(file, rows, header);
        } catch (JsonProcessingException e) {
            reader.close();
            throw malformedOrCorrupt(file, e);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Header names as written in the file. */
    List<String> header() {
        return header;
    }

    boolean hasColumn(String name) {
        return columns.containsKey(normalize(name));
    }

    /** Returns column {@code name}; its index is -1 when the header lacks it, and every cell then reads as empty. */
    CsvColumn column(String name) {
        return new CsvColumn(name, columns.getOrDefault(normalize(name), -1));
    }

    /**
     * Returns column {@code name}.
     *
     * @throws ImportException naming the file and the column when the header lacks it
     */
    CsvColumn requireColumn(String name) {
        CsvColumn column = column(name);
        if (!column.present()) {
            throw new ImportException("importer.csv.missingColumn", file, name, String.join(",", header));
        }
        return column;
    }

    /**
     * Returns the next row, or null at the end of the file.
     *
     * @throws ImportException when the CSV syntax breaks (for example an unclosed quote), naming the line
     */
    CsvRow next() {
        try {
            if (!rows.hasNextValue()) {
                return null;
            }
            String[] cells = rows.nextValue();
            // After a row the parser is at the start of the next line, unless the file ends without a line break.
            var end = rows.getCurrentLocation();
            long line = end.getColumnNr() <= 1 ? end.getLineNr() - 1 : end.getLineNr();
            return new CsvRow(line, cells, header.size());
        } catch (JsonProcessingException e) {
            throw malformedOrCorrupt(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the error for a failed parse: the gzip error that Jackson wrapped when the decompressor failed,
     * else a CSV syntax error naming the line.
     */
    private static RuntimeException malformedOrCorrupt(Path file, JsonProcessingException e) {
        InputFiles.CorruptGzipException corrupt = InputFiles.CorruptGzipException.findIn(e);
        if (corrupt != null) {
            return new UncheckedIOException(corrupt);
        }
        return new ImportException(e, "importer.csv.malformed", file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                e.getOriginalMessage());
    }

    static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
