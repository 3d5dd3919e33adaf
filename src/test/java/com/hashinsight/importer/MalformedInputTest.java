package com.hashinsight.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.store.RejectedRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a clear report naming line, field, value and reason, and loses nothing else. */
class MalformedInputTest {

    private static final double TOLERANCE = 1e-9;
    private static final String HEADER = "timestamp_utc,serial,hashrate_ths,hashrate_window_s,power_w,board_temp_c\n";

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
    void textInNumericFieldRejectsOnlyThatRow() {
        ImportResult result = importTelemetry(HEADER
                + "2025-08-01T00:00:00Z,SN-S21-0001,201.3,900,3498,62\n"
                + "2025-08-01T00:15:00Z,SN-S21-0001,201.3,900,abc,62\n"
                + "2025-08-01T00:30:00Z,SN-S21-0001,200.9,900,3490,61\n");

        assertEquals(2, result.accepted());
        assertEquals(1, result.rejected());
        RejectedRow row = result.report().get(0);
        assertEquals(3, row.line());
        assertEquals("power_w", row.field());
        assertEquals("abc", row.value());
        assertEquals("importer.rejected.notANumber", row.reasonKey());
        assertEquals("line 3, field power_w, value abc: not a number", row.describe(Locale.ENGLISH));
        assertEquals("第 3 行，字段 power_w，值 abc：不是数字", row.describe(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void rejectionReportIsStoredWithBatch() {
        ImportResult result = importTelemetry(HEADER + "2025-08-01T00:15:00Z,SN-S21-0001,fast,900,3400,62\n");

        List<RejectedRow> stored = fixture.workspace.batches().rejections(result.batchId());
        assertEquals(result.report(), stored);
        assertEquals(1, fixture.workspace.batches().batches().stream().filter(b -> b.id() == result.batchId())
                .findFirst().orElseThrow().rowsRejected());
    }

    @Test
    void missingRequiredColumnFailsWholeFile() {
        Path file = fixture.write("no-power.csv", "timestamp_utc,serial,hashrate_ths,hashrate_window_s\n"
                + "2025-08-01T00:00:00Z,SN-S21-0001,201.3,900\n");

        ImportException error = assertThrows(ImportException.class, () -> fixture.service.importFile(file, null));

        assertEquals("importer.csv.missingColumn", error.key());
        assertTrue(error.getMessage().contains("power_w"), error.getMessage());
        assertTrue(error.getMessage().contains("no-power.csv"), error.getMessage());
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM miner_telemetry"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM import_batch WHERE format = 'telemetry-csv'"));
    }

    @Test
    void rowWithMissingCellsIsRejected() {
        ImportResult result = importTelemetry(HEADER + "2025-08-01T00:00:00Z,SN-S21-0001,201.3\n");

        assertEquals("importer.rejected.cellCount", result.report().get(0).reasonKey());
        assertEquals(0, result.accepted());
    }

    @Test
    void unknownSerialIsRejected() {
        ImportResult result = importTelemetry(HEADER + "2025-08-01T00:00:00Z,SN-GHOST-9,201.3,900,3498,62\n");

        RejectedRow row = result.report().get(0);
        assertEquals("serial", row.field());
        assertEquals("SN-GHOST-9", row.value());
        assertEquals("importer.rejected.unknownSerial", row.reasonKey());
    }

    @Test
    void duplicateRowInFileIsRejected() {
        ImportResult result = importTelemetry(HEADER
                + "2025-08-01T00:00:00Z,SN-S21-0001,201.3,900,3498,62\n"
                + "2025-08-01T00:00:00Z,SN-S21-0001,201.3,900,3498,62\n");

        assertEquals(1, result.accepted());
        assertEquals(1, result.rejected());
        assertEquals(3, result.report().get(0).line());
        assertEquals("importer.rejected.duplicateRow", result.report().get(0).reasonKey());
    }

    @Test
    void outOfOrderRowsAreStoredInTimeOrder() {
        ImportResult result = importTelemetry(HEADER
                + "2025-08-01T00:30:00Z,SN-S21-0001,199,900,3498,62\n"
                + "2025-08-01T00:00:00Z,SN-S21-0001,201,900,3498,62\n"
                + "2025-08-01T00:15:00Z,SN-S21-0001,200,900,3498,62\n");

        assertEquals(3, result.accepted());
        try (var samples = fixture.workspace.telemetry().stream("SN-S21-0001", java.time.Instant.EPOCH,
                java.time.Instant.parse("2100-01-01T00:00:00Z"))) {
            assertEquals(List.of(201.0, 200.0, 199.0), samples.map(s -> s.hashrateThs()).toList());
        }
    }

    @Test
    void nanReadingIsMissingButNanPriceIsRejected() {
        ImportResult telemetry = importTelemetry(HEADER + "2025-08-01T00:00:00Z,SN-S21-0001,NaN,900,3498,62\n");
        assertEquals(1, telemetry.accepted());
        assertTrue(Double.isNaN(fixture.number("SELECT hashrate_ths FROM miner_telemetry")));

        ImportResult prices = fixture.service.importFile(fixture.write("prices.csv",
                "settlement_point,interval_start_utc,interval_minutes,market,usd_per_mwh\n"
                + "HB_WEST,2025-08-01T00:00:00Z,60,DAM,NaN\nHB_WEST,2025-08-01T01:00:00Z,60,DAM,12.5\n"), null);
        assertEquals(1, prices.accepted());
        assertEquals("importer.rejected.notFinite", prices.report().get(0).reasonKey());
        assertEquals("usd_per_mwh", prices.report().get(0).field());
    }

    @Test
    void hashrateUnitComesFromColumnName() {
        importTelemetry("timestamp_utc,serial,hashrate_mhs,hashrate_window_s,power_w\n"
                + "2025-08-01T00:00:00Z,SN-S21-0001,3961116,0,3400\n");

        assertEquals(3.961116, fixture.number("SELECT hashrate_ths FROM miner_telemetry"), TOLERANCE);
    }

    @Test
    void hashrateUnitComesFromUnitColumn() {
        ImportResult result = importTelemetry("timestamp_utc,serial,hashrate,hashrate_unit,hashrate_window_s,power_w\n"
                + "2025-08-01T00:00:00Z,SN-S21-0001,0.2013,PH/s,60,3400\n"
                + "2025-08-01T00:01:00Z,SN-S21-0001,201300,GH/s,60,3400\n"
                + "2025-08-01T00:02:00Z,SN-S21-0001,201,furlongs,60,3400\n");

        assertEquals(2, result.accepted());
        assertEquals("importer.rejected.unknownUnit", result.report().get(0).reasonKey());
        assertEquals(402.6, fixture.number("SELECT SUM(hashrate_ths) FROM miner_telemetry"), 1e-6);
    }

    @Test
    void zeroBoardTempWhileHashingIsMissing() {
        importTelemetry(HEADER + "2025-08-01T00:00:00Z,SN-S21-0001,201.3,900,3498,0.0\n"
                + "2025-08-01T00:15:00Z,SN-S21-0001,0,900,0,0.0\n");

        assertEquals(1, fixture.count("SELECT COUNT(*) FROM miner_telemetry WHERE board_temp_c IS NULL"));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM miner_telemetry WHERE board_temp_c = 0"));
    }

    @Test
    void truncatedJsonFailsWithClearMessage() {
        Path file = fixture.write("clients-cut.json", "{\"clients\": [{\"id\": \"zeta\", \"risk_level\": \"LOW\", \"budg");

        ImportException error = assertThrows(ImportException.class, () -> fixture.service.importFile(file, ImportFormat.CLIENTS_JSON));

        assertEquals("importer.json.truncated", error.key());
        assertTrue(error.getMessage().contains("clients-cut.json"), error.getMessage());
        assertEquals(2, fixture.workspace.fleet().clients().size());
    }

    @Test
    void invalidContractIsRejectedButItsSiteIsStored() {
        Path file = fixture.write("sites2.json", """
                {"sites": [{"id": "new-site", "timezone": "Europe/Oslo", "cooling": "IMMERSION", "pue": 1.02,
                  "capacity_kw": 900, "contract": {"id": "bad", "type": "FIXED", "term_start": "2025-01-01", "term_months": 12}}]}
                """);

        ImportResult result = fixture.service.importFile(file, null);

        assertEquals(1, result.rejected());
        assertEquals("sites[0].contract.fixed_usd_per_mwh", result.report().get(0).field());
        assertTrue(fixture.workspace.fleet().site("new-site").isPresent());
        assertTrue(fixture.workspace.fleet().contractsOfSite("new-site").isEmpty());
    }

    @Test
    void cancelledImportStoresNothing() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            csv.append(java.time.Instant.parse("2025-08-01T00:00:00Z").plusSeconds(60L * i)).append(",SN-S21-0001,200,60,3500,60\n");
        }
        Path file = fixture.write("long.csv", csv.toString());
        AtomicInteger checks = new AtomicInteger();

        ImportException error = assertThrows(ImportException.class,
                () -> fixture.service.importFile(file, null, () -> checks.incrementAndGet() > 1));

        assertEquals("importer.cancelled", error.key());
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM miner_telemetry"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM import_batch WHERE format = 'telemetry-csv'"));
    }

    private ImportResult importTelemetry(String content) {
        return fixture.service.importFile(fixture.write("telemetry-" + System.nanoTime() + ".csv", content), null);
    }
}
