package com.hashinsight.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.store.ImportBatch;
import com.hashinsight.store.ImportBatchRepository;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large inputs are streamed with bounded memory or rejected up front. The CSV size defaults to
 * 200 MB; set the system property {@code hashinsight.bigFileMb} to change it.
 */
class LargeFileTest {

    private static final long MEGABYTE = 1024L * 1024;
    /** Heap of the importing JVM: far below the file size, so only a streaming import can pass. */
    private static final String IMPORT_HEAP = "-Xmx96m";
    private static final int VALID_TAIL_ROWS = 1000;

    @TempDir
    Path dir;

    @Test
    void hugeJsonIsRejectedBeforeReading() throws IOException {
        Path file = dir.resolve("sites-huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.write("{\"sites\": [".getBytes(StandardCharsets.UTF_8));
            sparse.setLength(200 * MEGABYTE);
        }
        try (ImporterFixture fixture = new ImporterFixture(dir)) {
            ImportException error = assertThrows(ImportException.class, () -> fixture.service.importFile(file, null));
            assertEquals("importer.json.tooLarge", error.key());
            assertEquals(0, fixture.count("SELECT COUNT(*) FROM site"));
        }
    }

    @Test
    void hugeCsvStreamsInSmallHeap() throws Exception {
        Path dataDir = dir.resolve("data");
        try (Workspace workspace = new Workspaces(dataDir).create("big")) {
            ImportService service = new ImportService(workspace);
            for (String name : List.of("sites.json", "clients.json", "miners.csv")) {
                service.importFile(ImporterFixture.EXAMPLES.resolve(name), null);
            }
        }
        long targetBytes = Long.getLong("hashinsight.bigFileMb", 200) * MEGABYTE;
        Path file = dir.resolve("telemetry-big.csv");
        long rows = writeBigTelemetry(file, targetBytes);
        assertTrue(Files.size(file) >= targetBytes, "file has " + Files.size(file) + " bytes");

        Process process = new ProcessBuilder(javaCommand(dataDir, file)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "import did not finish");

        assertEquals(0, process.exitValue(), output);
        try (Workspace workspace = new Workspaces(dataDir).open("big")) {
            ImportBatch batch = workspace.batches().batches().get(0);
            assertEquals(VALID_TAIL_ROWS, batch.rowsAccepted());
            assertEquals(rows - VALID_TAIL_ROWS, batch.rowsRejected());
            assertEquals(ImportBatchRepository.MAX_STORED_REJECTIONS, workspace.batches().rejections(batch.id()).size());
        }
        assertTrue(output.contains("unknown miner serial"), output);
    }

    /** Writes rows for an unknown miner, then {@link #VALID_TAIL_ROWS} valid rows at the end; returns the row count. */
    private static long writeBigTelemetry(Path file, long targetBytes) throws IOException {
        String padding = "E".repeat(120);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("timestamp_utc,serial,hashrate_ths,hashrate_window_s,power_w,board_temp_c,status,error_codes\n");
            long written = 0;
            while (written < targetBytes) {
                String line = start.plusSeconds(rows) + ",SN-GHOST-0001,200.5,60,3500,61.5,OK," + padding + "\n";
                out.write(line);
                written += line.length();
                rows++;
            }
            for (int i = 0; i < VALID_TAIL_ROWS; i++) {
                out.write(start.plusSeconds(60L * i) + ",SN-S21-0001,200.5,60,3500,61.5,OK,\n");
                rows++;
            }
        }
        return rows;
    }

    private static List<String> javaCommand(Path dataDir, Path file) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, IMPORT_HEAP, "-cp", System.getProperty("java.class.path"),
                "com.hashinsight.app.Launcher", "import", "--data-dir", dataDir.toString(), "--workspace", "big",
                "--report-lines", "3", file.toString()));
        return command;
    }
}
