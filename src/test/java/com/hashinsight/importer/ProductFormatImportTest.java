package com.hashinsight.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.TelemetrySample;
import com.hashinsight.store.WorkspaceStats;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductFormatImportTest {

    private static final double TOLERANCE = 1e-9;
    private static final List<String> EXAMPLE_FILES = List.of("prices.csv", "events.csv", "telemetry.csv", "miners.csv",
            "clients.json", "sites.json");

    @TempDir
    Path dir;

    private ImporterFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ImporterFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void examplesImportInDependencyOrder() {
        List<Path> files = EXAMPLE_FILES.stream().map(ImporterFixture.EXAMPLES::resolve).toList();

        List<ImportService.Outcome> outcomes = fixture.service.importFiles(files, null);

        List<ImportFormat> order = outcomes.stream().map(ImportService.Outcome::format).toList();
        assertEquals(List.of(ImportFormat.SITES_JSON, ImportFormat.CLIENTS_JSON, ImportFormat.MINERS_CSV, ImportFormat.TELEMETRY_CSV,
                ImportFormat.EVENTS_CSV, ImportFormat.ENERGY_PRICES_CSV), order);
        for (ImportService.Outcome outcome : outcomes) {
            assertNull(outcome.error(), () -> outcome.file() + ": " + outcome.error());
            assertEquals(0, outcome.result().rejected(), () -> outcome.file() + ": " + outcome.result().report());
        }
        assertEquals(4, fixture.workspace.fleet().miners().size());
        assertEquals(2, fixture.workspace.fleet().clients().size());
        assertEquals(6, fixture.count("SELECT COUNT(*) FROM miner_telemetry"));
        assertEquals(1, fixture.workspace.actions().alerts(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).size());
        assertEquals(2, fixture.workspace.actions().entries(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).size());
    }

    @Test
    void sitesCarryTheirContracts() {
        fixture.withExampleFleet();

        Contract spot = fixture.workspace.fleet().contractsOfSite("pecos-1").get(0);
        assertEquals(ContractType.SPOT, spot.type());
        assertEquals(4.5, spot.spotAdderUsdPerMwh(), TOLERANCE);
        assertEquals(120, spot.maxCurtailHoursPerMonth(), TOLERANCE);
        Contract tou = fixture.workspace.fleet().contractsOfSite("ouro-2").get(0);
        assertEquals(2, tou.touWindows().size());
        assertEquals(92.0, tou.touWindows().get(0).usdPerMwh(), TOLERANCE);
        assertEquals(-20.38, fixture.workspace.fleet().site("ouro-2").orElseThrow().latitude(), TOLERANCE);
    }

    @Test
    void powerWithoutReadingsIsIncomplete() {
        fixture.withExampleFleet();
        fixture.service.importFile(ImporterFixture.EXAMPLES.resolve("telemetry.csv"), null);

        try (Stream<TelemetrySample> samples = fixture.workspace.telemetry().stream("SN-S21H-0001", Instant.EPOCH,
                Instant.parse("2100-01-01T00:00:00Z"))) {
            TelemetrySample sample = samples.findFirst().orElseThrow();
            assertEquals("INCOMPLETE", sample.status());
            assertEquals(4790, sample.powerW(), TOLERANCE);
            assertTrue(Double.isNaN(sample.hashrateThs()));
        }
    }

    @Test
    void negativePricesAreStored() {
        fixture.service.importFile(ImporterFixture.EXAMPLES.resolve("prices.csv"), null);

        var prices = fixture.workspace.energyPrices().prices("HB_WEST", "RTM", Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
        assertEquals(-20.0, prices.get(0).usdPerMwh(), TOLERANCE);
        assertEquals(15, prices.get(0).intervalMinutes());
    }

    @Test
    void reimportOfSameFileChangesNothing() {
        fixture.withExampleFleet();
        Path telemetry = ImporterFixture.EXAMPLES.resolve("telemetry.csv");
        ImportResult first = fixture.service.importFile(telemetry, null);
        WorkspaceStats before = fixture.workspace.stats();

        ImportResult second = fixture.service.importFile(telemetry, null);

        assertTrue(second.alreadyImported());
        assertEquals(first.batchId(), second.batchId());
        assertEquals(before, fixture.workspace.stats());
    }

    @Test
    void overlappingFileCountsStoredRowsAsUnchanged() {
        fixture.withExampleFleet();
        fixture.service.importFile(ImporterFixture.EXAMPLES.resolve("telemetry.csv"), null);
        Path copy = fixture.write("telemetry-again.csv", "timestamp_utc,serial,hashrate_ths,hashrate_window_s,power_w\n"
                + "2025-08-01T00:00:00Z,SN-S21-0001,201.3,900,3498\n");

        ImportResult result = fixture.service.importFile(copy, null);

        // The stored row has more columns (temperatures), so this narrower row conflicts and the stored one is kept.
        assertEquals(1, result.rejected());
        assertEquals("importer.rejected.conflictsWithStored", result.report().get(0).reasonKey());
        assertEquals(62.5, fixture.number("SELECT board_temp_c FROM miner_telemetry WHERE serial = 'SN-S21-0001' "
                + "AND ts = TIMESTAMP '2025-08-01 00:00:00'"), TOLERANCE);
    }

    @Test
    void identicalRowsFromAnotherFileAreUnchanged() {
        fixture.withExampleFleet();
        String header = "timestamp_utc,serial,hashrate_ths,hashrate_window_s,power_w\n";
        fixture.service.importFile(fixture.write("a.csv", header + "2025-08-01T00:00:00Z,SN-S21-0001,201.3,900,3498\n"), null);

        ImportResult result = fixture.service.importFile(fixture.write("b.csv", header
                + "2025-08-01T00:00:00Z,SN-S21-0001,201.3,900,3498\n2025-08-01T00:15:00Z,SN-S21-0001,200.1,900,3490\n"), null);

        assertEquals(1, result.accepted());
        assertEquals(1, result.unchanged());
        assertEquals(0, result.rejected());
    }
}
