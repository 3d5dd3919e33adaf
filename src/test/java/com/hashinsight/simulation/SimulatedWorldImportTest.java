package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.importer.ImportFormat;
import com.hashinsight.importer.ImportService;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The simulator's product files go through the real importers into a real H2 workspace without a rejected row. */
class SimulatedWorldImportTest {

    @Test
    void productFilesImportWithoutRejections() throws IOException {
        Path world = SmallWorlds.small();
        List<Path> files;
        try (Stream<Path> list = Files.list(world)) {
            files = list.filter(SimulatedWorldImportTest::isProductFile).sorted().toList();
        }

        Path dataDir = TestFolders.create("hashinsight-import-");
        try (Workspace workspace = new Workspaces(dataDir).create("simulated")) {
            List<ImportService.Outcome> outcomes = new ImportService(workspace).importFiles(files, null);

            assertEquals(files.size(), outcomes.size());
            for (ImportService.Outcome outcome : outcomes) {
                assertNull(outcome.error(), () -> outcome.file() + " failed: " + outcome.error());
                assertEquals(0, outcome.result().rejected(),
                        () -> outcome.file() + " rejected rows, first: " + outcome.result().report());
                assertTrue(outcome.result().accepted() > 0, () -> outcome.file() + " stored no row");
            }
            assertEquals(telemetryRows(world), accepted(outcomes, ImportFormat.TELEMETRY_CSV));
            assertEquals(9, accepted(outcomes, ImportFormat.MINERS_CSV));
        }
    }

    private static boolean isProductFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".csv") || name.endsWith(".json");
    }

    private static long accepted(List<ImportService.Outcome> outcomes, ImportFormat format) {
        return outcomes.stream().filter(o -> o.format() == format).mapToLong(o -> o.result().accepted()).sum();
    }

    private static long telemetryRows(Path world) throws IOException {
        try (Stream<String> lines = Files.lines(world.resolve("telemetry-0001.csv"))) {
            return lines.count() - 1;
        }
    }
}
