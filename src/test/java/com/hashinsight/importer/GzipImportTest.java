package com.hashinsight.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.i18n.Messages;
import com.hashinsight.store.ImportBatch;
import com.hashinsight.store.RejectedRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files named *.csv.gz and *.json.gz import like their plain versions, and a damaged one fails naming the file. */
class GzipImportTest {

    private static final String HEADER = "timestamp_utc,serial,hashrate_ths,hashrate_window_s,power_w,board_temp_c\n";
    private static final int LONG_FILE_ROWS = 4000;

    @TempDir
    Path dir;

    private ImporterFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ImporterFixture(dir).withExampleFleet();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void gzippedTelemetryImportsLikePlainFile() throws IOException {
        Path plain = ImporterFixture.EXAMPLES.resolve("telemetry.csv");
        Path gzipped = gzip(Files.readAllBytes(plain), "telemetry.csv.gz");

        ImportResult fromGzip = fixture.service.importFile(gzipped, null);

        assertEquals(ImportFormat.TELEMETRY_CSV, fromGzip.format());
        assertEquals(Files.readAllLines(plain).size() - 1, fromGzip.accepted());
        assertEquals(0, fromGzip.rejected());
        assertEquals(fromGzip.accepted(), fixture.count("SELECT COUNT(*) FROM miner_telemetry"));
        ImportResult fromPlain = fixture.service.importFile(plain, null);
        assertEquals(0, fromPlain.accepted());
        assertEquals(fromGzip.accepted(), fromPlain.unchanged());
    }

    @Test
    void gzippedRejectionNamesFileAndLine() throws IOException {
        Path file = gzip(text(HEADER
                + "2025-08-01T00:00:00Z,SN-S21-0001,201.3,900,3498,62\n"
                + "2025-08-01T00:15:00Z,SN-S21-0001,201.3,900,abc,62\n"), "bad-power.csv.gz");

        ImportResult result = fixture.service.importFile(file, null);

        assertEquals(1, result.accepted());
        assertEquals(1, result.rejected());
        assertEquals(file, result.file());
        RejectedRow row = result.report().getFirst();
        assertEquals(3, row.line());
        assertEquals("power_w", row.field());
        assertEquals("abc", row.value());
        ImportBatch batch = fixture.workspace.batches().batches().stream().filter(b -> b.id() == result.batchId())
                .findFirst().orElseThrow();
        assertEquals("bad-power.csv.gz", batch.fileName());
    }

    @Test
    void gzippedJsonIsDetectedAndImported() throws IOException {
        Path file = gzip(Files.readAllBytes(ImporterFixture.EXAMPLES.resolve("clients.json")), "CLIENTS.JSON.GZ");

        ImportResult result = fixture.service.importFile(file, null);

        assertEquals(ImportFormat.CLIENTS_JSON, result.format());
        assertFalse(result.alreadyImported(), "the gzipped file has its own SHA-256");
        assertEquals(2, result.accepted() + result.unchanged());
        assertEquals(0, result.rejected());
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM client_profile"));
    }

    @Test
    void truncatedGzipFailsNamingFileInBothLanguages() throws IOException {
        byte[] whole = gzippedBytes(longTelemetry());
        Path file = Files.write(dir.resolve("cut-short.csv.gz"), Arrays.copyOf(whole, whole.length / 2));

        ImportException error = assertThrows(ImportException.class, () -> fixture.service.importFile(file, null));

        assertEquals("importer.gzip.corrupt", error.key());
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("not valid gzip"), error.getMessage());
        String chinese = Messages.get(Locale.SIMPLIFIED_CHINESE, error.key(), error.args());
        assertTrue(chinese.contains(file.toString()), chinese);
        assertTrue(chinese.contains("不是有效的 gzip 文件"), chinese);
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM miner_telemetry"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM import_batch WHERE format = 'telemetry-csv'"));
    }

    @Test
    void gzipWithWrongChecksumStoresNothing() throws IOException {
        byte[] content = gzippedBytes(longTelemetry());
        int crcOffset = content.length - 8;
        content[crcOffset] = (byte) ~content[crcOffset];
        Path file = Files.write(dir.resolve("bad-checksum.csv.gz"), content);

        ImportException error = assertThrows(ImportException.class, () -> fixture.service.importFile(file, null));

        assertEquals("importer.gzip.corrupt", error.key());
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM miner_telemetry"));
    }

    @Test
    void plainTextNamedGzipFailsDetection() {
        Path file = fixture.write("not-compressed.csv.gz", HEADER + "2025-08-01T00:00:00Z,SN-S21-0001,201.3,900,3498,62\n");

        List<ImportService.Outcome> outcomes = fixture.service.importFiles(List.of(file), null);

        ImportService.Outcome outcome = outcomes.getFirst();
        assertNull(outcome.format());
        assertNotNull(outcome.error());
        assertEquals("importer.gzip.corrupt", outcome.error().key());
        assertTrue(outcome.error().getMessage().contains("not-compressed.csv.gz"), outcome.error().getMessage());
    }

    @Test
    void gzippedJsonOverLimitIsRejected() throws IOException {
        Path file = dir.resolve("sites-expands.json.gz");
        byte[] spaces = new byte[1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text("{\"sites\": ["));
            for (long written = 0; written <= JsonFiles.MAX_BYTES; written += spaces.length) {
                out.write(spaces);
            }
            out.write(text("]}"));
        }
        assertTrue(Files.size(file) < JsonFiles.MAX_BYTES / 100, "the test file must be small on disk");

        ImportException error = assertThrows(ImportException.class, () -> fixture.service.importFile(file, null));

        assertEquals("importer.json.gzipTooLarge", error.key());
        assertTrue(error.getMessage().contains("sites-expands.json.gz"), error.getMessage());
    }

    @Test
    void importableNamesIncludeGzippedCsvAndJson() {
        for (String name : List.of("miners.csv", "sites.json", "telemetry-0001.csv.gz", "CLIENTS.JSON.GZ")) {
            assertTrue(InputFiles.isImportable(Path.of(name)), name);
        }
        for (String name : List.of("README.md", "telemetry.gz", "telemetry.csv.zip", "model.onnx")) {
            assertFalse(InputFiles.isImportable(Path.of(name)), name);
        }
    }

    /** Returns telemetry long enough that its first line survives when the gzipped file is cut in half. */
    private static byte[] longTelemetry() {
        StringBuilder csv = new StringBuilder(HEADER);
        Instant time = Instant.parse("2025-08-01T00:00:00Z");
        for (int row = 0; row < LONG_FILE_ROWS; row++) {
            csv.append(time.plus(Duration.ofMinutes(15L * row))).append(",SN-S21-0001,").append(200 + row % 7)
                    .append(".5,900,").append(3400 + row % 113).append(',').append(60 + row % 5).append('\n');
        }
        return text(csv.toString());
    }

    private Path gzip(byte[] content, String name) throws IOException {
        return Files.write(dir.resolve(name), gzippedBytes(content));
    }

    private static byte[] gzippedBytes(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
