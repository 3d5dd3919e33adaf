package com.hashinsight.ui.workspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.importer.ImportFormat;
import com.hashinsight.importer.ImportResult;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.ui.task.Progress;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSampleTest {

    private static final Path EXAMPLES = Path.of("sample-data", "examples");

    @Test
    void importSkipsUndetectedFormats(@TempDir Path folder, @TempDir Path dataDirectory) throws Exception {
        Files.copy(EXAMPLES.resolve("sites.json"), folder.resolve("sites.json"));
        Files.copy(EXAMPLES.resolve("miners.csv"), folder.resolve("miners.csv"));
        Files.writeString(folder.resolve("README.md"), "# Sample\n");
        Files.writeString(folder.resolve("future-format.csv"), "some_column_nobody_knows,other\n1,2\n");

        BundledSample.Imported imported;
        try (Workspace workspace = new Workspaces(dataDirectory).create("sample")) {
            imported = new BundledSample(folder).importInto(workspace, Progress.unobserved());
        }

        List<ImportFormat> formats = imported.results().stream().map(ImportResult::format).toList();
        assertEquals(List.of(ImportFormat.SITES_JSON, ImportFormat.MINERS_CSV), formats);
        assertEquals(List.of(folder.resolve("future-format.csv")), imported.skipped());
    }

    @Test
    void importReadsGzippedTelemetry(@TempDir Path folder, @TempDir Path dataDirectory) throws Exception {
        for (String name : List.of("sites.json", "clients.json", "miners.csv")) {
            Files.copy(EXAMPLES.resolve(name), folder.resolve(name));
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("telemetry.csv.gz")))) {
            Files.copy(EXAMPLES.resolve("telemetry.csv"), out);
        }

        BundledSample.Imported imported;
        try (Workspace workspace = new Workspaces(dataDirectory).create("sample")) {
            imported = new BundledSample(folder).importInto(workspace, Progress.unobserved());
        }

        ImportResult telemetry = imported.results().stream().filter(r -> r.format() == ImportFormat.TELEMETRY_CSV)
                .findFirst().orElseThrow();
        assertEquals(folder.resolve("telemetry.csv.gz"), telemetry.file());
        assertEquals(Files.readAllLines(EXAMPLES.resolve("telemetry.csv")).size() - 1, telemetry.accepted());
        assertEquals(List.of(), imported.skipped());
    }

    @Test
    void installedSampleFollowsHomeProperty(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("sample-data").resolve("demo"));
        String previous = System.getProperty("hashinsight.home");
        try {
            System.setProperty("hashinsight.home", home.toString());

            BundledSample sample = BundledSample.installed();

            assertEquals(home.resolve("sample-data").resolve("demo"), sample.folder());
            assertTrue(sample.available());
        } finally {
            restore(previous);
        }
    }

    @Test
    void jpackageLayoutFindsSampleBesideAppFolder(@TempDir Path image) throws Exception {
        Path appDir = Files.createDirectories(image.resolve("lib").resolve("app"));
        Path demo = Files.createDirectories(image.resolve("lib").resolve("sample-data").resolve("demo"));
        String previous = System.getProperty("hashinsight.home");
        try {
            System.setProperty("hashinsight.home", appDir.toString());

            assertEquals(demo, BundledSample.installed().folder());
        } finally {
            restore(previous);
        }
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty("hashinsight.home");
        } else {
            System.setProperty("hashinsight.home", previous);
        }
    }
}
