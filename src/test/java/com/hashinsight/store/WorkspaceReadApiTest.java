package com.hashinsight.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.MarketSnapshot;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.TelemetrySample;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceReadApiTest {

    private static final double TOLERANCE = 1e-9;

    @TempDir
    Path dataDir;

    private Workspace workspace;

    @BeforeEach
    void openWorkspace() {
        workspace = new Workspaces(dataDir).create("read-api");
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void catalogHoldsSeededModels() {
        List<MinerModel> models = workspace.catalog().models();
        assertEquals(10, models.size());
        MinerModel s21 = workspace.catalog().model("Antminer S21").orElseThrow();
        assertEquals(200, s21.nominalThs(), TOLERANCE);
        assertEquals(17.5, s21.joulesPerTh(), TOLERANCE);
        assertTrue(workspace.catalog().model("Whatsminer M66S").isPresent());
        assertTrue(workspace.catalog().model("Avalon A1466").isPresent());
    }

    @Test
    void fleetRowsReadBackAsRecords() throws SQLException {
        execute("INSERT INTO site (id, name, timezone, cooling, pue, capacity_kw, settlement_point, region) "
                + "VALUES ('pecos', 'Pecos', 'America/Chicago', 'AIR', 1.1, 5000, 'HB_WEST', 'ERCOT')",
                "INSERT INTO contract (id, site_id, contract_type, curtailment_allowed, term_start, term_months) "
                + "VALUES ('c1', 'pecos', 'TIME_OF_USE', TRUE, DATE '2025-01-01', 24)",
                "INSERT INTO contract_tou_window VALUES ('c1', 16, 21, 95.0), ('c1', 21, 16, 38.5)",
                "INSERT INTO client_profile VALUES ('acme', 'Acme', 'LOW', 1000000, 24, 'HOLD', 'ERCOT', NULL)",
                "INSERT INTO miner VALUES ('SN1', 'Antminer S21', 'pecos', 'acme', DATE '2025-02-01', 'stock', NULL)");

        var contract = workspace.fleet().contractsOfSite("pecos").get(0);
        assertEquals(ContractType.TIME_OF_USE, contract.type());
        assertEquals(2, contract.touWindows().size());
        assertEquals(38.5, contract.touWindows().get(1).usdPerMwh(), TOLERANCE);
        assertTrue(Double.isNaN(contract.fixedUsdPerMwh()));
        assertEquals("America/Chicago", workspace.fleet().site("pecos").orElseThrow().timezone().getId());
        assertEquals(List.of("SN1"), workspace.fleet().minersOfClient("acme").stream().map(m -> m.serial()).toList());
        assertEquals(LocalDate.of(2025, 2, 1), workspace.fleet().miner("SN1").orElseThrow().installDate());
    }

    @Test
    void telemetryStreamsByMinerAndHalfOpenRange() throws SQLException {
        execute("INSERT INTO miner (serial, model) VALUES ('SN1', 'Antminer S21'), ('SN2', 'Antminer S21')",
                "INSERT INTO miner_telemetry (serial, ts, hashrate_window_s, hashrate_ths, power_w, status, source) VALUES "
                + "('SN1', TIMESTAMP '2025-01-01 00:00:00', 60, 200.5, 3500, 'OK', 'csv'),"
                + "('SN1', TIMESTAMP '2025-01-01 00:05:00', 60, NULL, 3400, 'INCOMPLETE', 'csv'),"
                + "('SN1', TIMESTAMP '2025-01-01 00:10:00', 60, 199, 3500, 'OK', 'csv'),"
                + "('SN2', TIMESTAMP '2025-01-01 00:05:00', 60, 150, 3000, 'OK', 'csv')");

        try (Stream<TelemetrySample> samples = workspace.telemetry().stream("SN1",
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:10:00Z"))) {
            List<TelemetrySample> list = samples.toList();
            assertEquals(2, list.size());
            assertTrue(Double.isNaN(list.get(1).hashrateThs()));
            assertEquals("INCOMPLETE", list.get(1).status());
            assertEquals(-1, list.get(1).boardsActive());
        }
        try (Stream<TelemetrySample> fleet = workspace.telemetry().streamFleet(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"))) {
            assertEquals(4, fleet.count());
        }
        TimeRange range = workspace.telemetry().timeRange().orElseThrow();
        assertEquals(Instant.parse("2025-01-01T00:10:00Z"), range.last());
    }

    @Test
    void actionLogIsAppendOnly() throws SQLException {
        ActionLogEntry entry = workspace.actions().append(new ActionLogEntry(0, Instant.parse("2025-03-01T12:00:00Z"), "SN1",
                "power_mode", "normal", "low", ActionSource.AI_SUGGESTED, "hashprice below cost", "strategy"));
        assertTrue(entry.id() > 0);
        assertEquals(List.of(entry), workspace.actions().entriesFor("SN1"));

        SQLException update = assertThrows(SQLException.class, () -> execute("UPDATE action_log SET new_value = 'high'"));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertThrows(SQLException.class, () -> execute("DELETE FROM action_log"));
        assertEquals("low", workspace.actions().entriesFor("SN1").get(0).newValue());
    }

    @Test
    void profitSnapshotsReplaceSameDayAndScope() {
        Instant now = Instant.parse("2025-03-02T00:00:00Z");
        LocalDate day = LocalDate.of(2025, 3, 1);
        var first = new DailyProfitSnapshot(day, DailyProfitSnapshot.Scope.SITE, "pecos", 1000, 24000, 0.01, 900, 600, 100, 200,
                90000, 45, "economics", now);
        var second = new DailyProfitSnapshot(day, DailyProfitSnapshot.Scope.SITE, "pecos", 1000, 24000, 0.01, 900, 650, 100, 150,
                90000, 45, "economics", now);
        workspace.profits().save(List.of(first));
        workspace.profits().save(List.of(second));

        List<DailyProfitSnapshot> stored = workspace.profits().snapshots(DailyProfitSnapshot.Scope.SITE, "pecos", day, day);
        assertEquals(List.of(second), stored);
    }

    @Test
    void energyPricesKeepNegativeValues() throws SQLException {
        execute("INSERT INTO energy_price (settlement_point, market, interval_minutes, interval_start, usd_per_mwh) VALUES "
                + "('HB_WEST', 'RTM', 60, TIMESTAMP '2024-04-01 18:00:00', -20.0),"
                + "('HB_WEST', 'RTM', 60, TIMESTAMP '2024-04-01 19:00:00', 12.5)");
        List<EnergyPrice> prices = workspace.energyPrices().prices("HB_WEST", "RTM",
                Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2024-04-02T00:00:00Z"));
        assertEquals(-20.0, prices.get(0).usdPerMwh(), TOLERANCE);
        assertEquals(Instant.parse("2024-04-01T18:00:00Z"), prices.get(0).intervalStart());
        assertEquals(List.of("HB_WEST"), workspace.energyPrices().settlementPoints());
    }

    @Test
    void snapshotsDeriveHeightAndDifficultyFromEpochs() throws SQLException {
        execute("INSERT INTO difficulty_epoch VALUES "
                + "(416, 838656, 840671, TIMESTAMP '2024-04-10 21:17:33', FALSE, 86388558925171.02, 3.9236, NULL),"
                + "(417, 840672, 842687, TIMESTAMP '2024-04-24 14:51:52', FALSE, 88104191118793.16, 1.9859, NULL)",
                "INSERT INTO market_snapshot (ts, btc_usd, fees_total_btc) VALUES (TIMESTAMP '2024-04-20 00:00:00', 64000, 1257.7)");

        MarketSnapshot snapshot = workspace.market().snapshots(Instant.parse("2024-04-20T00:00:00Z"),
                Instant.parse("2024-04-21T00:00:00Z")).get(0);
        // Halving block 840,000 was mined 2024-04-20 00:09 UTC, so the estimate at midnight is just below it.
        assertTrue(snapshot.blockHeight() > 839_800 && snapshot.blockHeight() < 840_000, "height " + snapshot.blockHeight());
        assertEquals(86_388_558_925_171.02, snapshot.difficulty(), 0.01);
        assertTrue(snapshot.feesPerBlockBtc() > 7 && snapshot.feesPerBlockBtc() < 10, "fees " + snapshot.feesPerBlockBtc());
        assertTrue(Double.isNaN(snapshot.networkHashrateThs()));
        assertEquals(86_388_558_925_171.02, workspace.market().difficultyAtHeight(840_000), 0.01);
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = workspace.connection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
