package com.hashinsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Detects a file's format from its first bytes: a CSV file by its header names, a JSON file by its
 * top-level keys. A gzipped file is judged by its decompressed content. The rules are listed in
 * {@code docs/import-formats.md}.
 */
final class FormatDetector {

    /** Maximum length of the header line read for detection, in characters. */
    static final int MAX_HEADER_CHARS = 64 * 1024;

    private FormatDetector() {
    }

    /**
     * Returns the format of {@code file}.
     *
     * @throws ImportException when no rule matches; the message lists the format ids for --format
     */
    static ImportFormat detect(Path file) throws IOException {
        int first = firstNonBlankByte(file);
        if (first == '{' || first == '[') {
            return detectJson(file);
        }
        String header = firstLine(file);
        if (header == null) {
            throw new ImportException("importer.file.empty", file);
        }
        ImportFormat format = detectCsv(header.replace("\uFEFF", ""));
        if (format == null) {
            throw new ImportException("importer.format.undetected", file, ImportFormat.knownIds());
        }
        return format;
    }

    static ImportFormat detectCsv(String headerLine) {
        Set<String> columns = new HashSet<>();
        Arrays.stream(headerLine.split(",")).map(name -> name.replace("\"", "").trim().toLowerCase(Locale.ROOT)).forEach(columns::add);
        if (columns.contains("delivery_date") && columns.contains("hour_ending")) {
            return ImportFormat.ERCOT_CSV;
        }
        if (columns.contains("settlement_point") && columns.contains("interval_start_utc")) {
            return ImportFormat.ENERGY_PRICES_CSV;
        }
        if (columns.contains("timestamp_utc") && columns.contains("kind") && columns.contains("target")) {
            return ImportFormat.EVENTS_CSV;
        }
        if (columns.contains("timestamp_utc") && columns.contains("serial")) {
            return ImportFormat.TELEMETRY_CSV;
        }
        if (columns.contains("serial") && columns.contains("model")) {
            return ImportFormat.MINERS_CSV;
        }
        if (columns.contains("epoch") && columns.contains("start_height") && columns.contains("difficulty")) {
            return ImportFormat.DIFFICULTY_EPOCHS_CSV;
        }
        if (columns.contains("height") && columns.contains("time_utc") && columns.contains("totalfee_sat")) {
            return ImportFormat.BLOCKSTATS_CSV;
        }
        if (columns.contains("date") && columns.contains("btc_usd")) {
            return ImportFormat.BTC_DAILY_PRICES_CSV;
        }
        if (columns.contains("date") && columns.stream().anyMatch(c -> c.startsWith("fees_btc") || c.startsWith("difficulty_")
                || c.startsWith("hashrate_"))) {
            return ImportFormat.NETWORK_DAILY_CSV;
        }
        return null;
    }

    private static ImportFormat detectJson(Path file) throws IOException {
        JsonNode root = JsonFiles.read(file);
        JsonNode probe = root.isArray() && !root.isEmpty() ? root.get(0) : root;
        if (!probe.isObject()) {
            throw new ImportException("importer.format.undetected", file, ImportFormat.knownIds());
        }
        if (probe.has("sites")) {
            return ImportFormat.SITES_JSON;
        }
        if (probe.has("clients")) {
            return ImportFormat.CLIENTS_JSON;
        }
        if (LuxosJsonImporter.looksLikeLuxos(probe)) {
            return ImportFormat.LUXOS_JSON;
        }
        if (CgminerReplies.looksLikeCgminer(probe)) {
            return ImportFormat.CGMINER_JSON;
        }
        if (probe.has("hashboards") || probe.has("wattage") || probe.has("device_info")) {
            return ImportFormat.PYASIC_JSON;
        }
        throw new ImportException("importer.format.undetected", file, ImportFormat.knownIds());
    }

    /** Returns the first line, read up to {@link #MAX_HEADER_CHARS} characters, so a file without line breaks cannot fill memory. */
    private static String firstLine(Path file) throws IOException {
        try (BufferedReader reader = InputFiles.openReader(file)) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = reader.read()) >= 0 && c != '\n' && c != '\r' && line.length() < MAX_HEADER_CHARS) {
                line.append((char) c);
            }
            return c < 0 && line.isEmpty() ? null : line.toString();
        }
    }

    private static int firstNonBlankByte(Path file) throws IOException {
        try (InputStream in = InputFiles.open(file)) {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF);
            return b;
        }
    }
}
