package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.importer.ImportFormat;
import com.hashinsight.importer.ImportService;
import com.hashinsight.importer.InputFiles;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed demo workspace imports through the real importers into a fresh workspace without a rejected row. */
class DemoWorkspaceTest {

    private static final Path DEMO = Path.of("sample-data", "demo");
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    @Test
    void demoStaysUnderTwentyMegabytes() throws IOException {
        long bytes;
        try (Stream<Path> walk = Files.walk(DEMO)) {
            bytes = walk.filter(Files::isRegularFile).mapToLong(DemoWorkspaceTest::size).sum();
        }
        assertTrue(bytes < MAX_BYTES, "demo folder has " + bytes + " bytes");
    }

    @Test
    void demoImportsWithoutRejections() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(DEMO)) {
            files = list.filter(InputFiles::isImportable).sorted().toList();
        }
        try (Workspace workspace = new Workspaces(TestFolders.create("hashinsight-demo-")).create("demo")) {
            List<ImportService.Outcome> outcomes = new ImportService(workspace).importFiles(files, null);
            for (ImportService.Outcome outcome : outcomes) {
                assertNull(outcome.error(), () -> outcome.file() + " failed: " + outcome.error());
                assertEquals(0, outcome.result().rejected(), () -> outcome.file() + " rejected: " + outcome.result().report());
            }
            assertEquals(120, accepted(outcomes, ImportFormat.MINERS_CSV));
            assertEquals(2, accepted(outcomes, ImportFormat.CLIENTS_JSON));
            assertEquals(120L * 60 * 24, accepted(outcomes, ImportFormat.TELEMETRY_CSV));
            assertEquals(60, accepted(outcomes, ImportFormat.BTC_DAILY_PRICES_CSV));
            assertEquals(60, accepted(outcomes, ImportFormat.NETWORK_DAILY_CSV));
        }
    }

    @Test
    void demoGroundTruthMatchesItsHeader() {
        GroundTruthReader truth = GroundTruthReader.open(DEMO);
        assertEquals(60, truth.world().days());
        assertEquals(120, truth.miners().size());
        assertEquals(4, truth.miners().stream().map(MinerPlanRecord::model).distinct().count());
        assertEquals(3, truth.miners().stream().map(MinerPlanRecord::siteId).distinct().count());
        assertEquals(120 * 60, truth.minerDays().size());
    }

    private static long accepted(List<ImportService.Outcome> outcomes, ImportFormat format) {
        return outcomes.stream().filter(o -> o.format() == format).mapToLong(o -> o.result().accepted()).sum();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
