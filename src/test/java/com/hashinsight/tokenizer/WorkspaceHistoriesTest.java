package com.hashinsight.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.importer.ImportService;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads histories and fleet tokens from a real H2 workspace filled through the product importers. */
class WorkspaceHistoriesTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-03T00:00:00Z");

    @TempDir
    static Path folder;

    private static Workspace workspace;
    private static WorkspaceHistories histories;

    @BeforeAll
    static void importFleet() throws IOException {
        Path sites = write("sites.json", """
                {"sites": [{"id": "tx-1", "name": "Pecos", "location": "Pecos, TX", "latitude": 31.4,
                  "timezone": "America/Chicago", "cooling": "AIR", "pue": 1.1, "capacity_kw": 500,
                  "settlement_point": "HB_WEST", "region": "ERCOT",
                  "contract": {"id": "tx-1-spot", "type": "SPOT", "fixed_usd_per_mwh": null, "spot_adder_usd_per_mwh": 5,
                    "tou_windows": [], "hosting_usd_per_kw_month": 0, "hosting_usd_per_kwh": 0.008,
                    "curtailment_allowed": true, "max_curtail_hours_per_month": null, "dr_payment_usd_per_mwh": 0,
                    "term_start": "2025-06-01", "term_months": 24}}]}
                """);
        Path clients = write("clients.json", """
                {"clients": [{"id": "acme", "name": "Acme", "risk_level": "MEDIUM", "budget_usd": 1000000,
                  "payback_target_months": 18, "hold_style": "MIXED", "preferred_region": "ERCOT"}]}
                """);
        Path miners = write("miners.csv", """
                serial,model,site_id,client_id,install_date,firmware
                S21-1,Antminer S21,tx-1,acme,2025-06-01,stock 2024.10
                S21-2,Antminer S21,tx-1,acme,2025-06-01,LuxOS 2024.11
                X-9,Unknown Miner 9000,tx-1,acme,2025-06-01,stock
                """);
        Path telemetry = write("telemetry.csv", """
                timestamp_utc,serial,hashrate_ths,hashrate_window_s,power_w,board_temp_c,chip_temp_c,inlet_temp_c,outlet_temp_c,fan_rpm,boards_active,chip_errors,status,error_codes
                2026-01-01T10:00:00Z,S21-1,199,900,3480,66,76,25,44,4200,3,0,OK,
                2026-01-02T10:00:00Z,S21-1,120,900,3300,80,92,25,50,6000,2,40,WARN,E101
                2026-01-02T11:00:00Z,S21-2,201,900,3300,60,70,25,40,4100,3,0,OK,
                2026-01-05T10:00:00Z,S21-1,199,900,3480,66,76,25,44,4200,3,0,OK,
                """);
        Path events = write("events.csv", """
                timestamp_utc,target,kind,type,old_value,new_value,source,reason,who
                2026-01-01T12:00:00Z,site:tx-1,ACTION,CURTAIL,on,off,manual,price spike,operator
                2026-01-02T09:00:00Z,S21-1,ALERT,OVERHEAT,,92,simulator,chip hot,monitor
                2026-01-02T09:30:00Z,S21-2,ACTION,REBOOT,,,manual,,operator
                """);
        Path prices = write("prices.csv", """
                settlement_point,interval_start_utc,interval_minutes,market,usd_per_mwh
                HB_WEST,2026-01-01T17:00:00Z,60,RTM,240
                HB_WEST,2026-01-01T18:00:00Z,60,RTM,35
                HB_NORTH,2026-01-01T17:00:00Z,60,RTM,900
                """);
        workspace = new Workspaces(folder.resolve("data")).create("histories");
        for (ImportService.Outcome outcome : new ImportService(workspace)
                .importFiles(List.of(sites, clients, miners, telemetry, events, prices), null)) {
            assertEquals(null, outcome.error(), "import of " + outcome.file());
        }
        histories = new WorkspaceHistories(workspace);
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    private static Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void minerWithoutCatalogModelIsLeftOut() {
        assertEquals(List.of("S21-1", "S21-2"), histories.serials().stream().sorted().toList());
        assertThrows(IllegalArgumentException.class, () -> histories.load("X-9", FROM, TO));
    }

    @Test
    void loadReadsOnlyTheRange() {
        EntityHistory history = histories.load("S21-1", FROM, TO);

        assertEquals(2, history.telemetry().size(), "the 2026-01-05 sample is outside the range");
        assertEquals("tx-1-spot", history.contract().id());
        assertEquals("acme", history.client().id());
        assertEquals(2, history.prices().size(), "HB_NORTH prices belong to another node");
    }

    @Test
    void siteEventsReachEveryMinerOfTheSite() {
        EntityHistory first = histories.load("S21-1", FROM, TO);
        EntityHistory second = histories.load("S21-2", FROM, TO);

        assertEquals(List.of("CURTAIL", "OVERHEAT"), first.events().stream().map(HistoryEvent::type).toList());
        assertEquals(List.of("CURTAIL", "REBOOT"), second.events().stream().map(HistoryEvent::type).toList());
        assertTrue(first.events().get(0).targetsSite("tx-1"));
    }

    @Test
    void loadAllEqualsLoadPerMiner() {
        Map<String, EntityHistory> all = histories.loadAll(FROM, TO);
        SequenceBuilder builder = new SequenceBuilder(WindowRule.DEFAULT, SequenceBuilder.DEFAULT_MAX_TOKENS);

        assertEquals(2, all.size());
        for (String serial : histories.serials()) {
            EntityHistory single = histories.load(serial, FROM, TO);
            assertEquals(single, all.get(serial), serial);
            assertEquals(builder.build(single, TO).digest(), builder.build(all.get(serial), TO).digest(), serial);
        }
    }

    @Test
    void workspaceTokensCarryTheStoredValues() {
        STokenSequence tokens = new SequenceBuilder(WindowRule.DEFAULT, 64).build(histories.load("S21-1", FROM, TO), TO);

        int alerts = 0;
        int curtailments = 0;
        int spikes = 0;
        for (int i = 0; i < tokens.length(); i++) {
            alerts += tokens.type(i) == SType.ALERT.id() ? 1 : 0;
            curtailments += tokens.type(i) == SType.CURTAILMENT.id() ? 1 : 0;
            spikes += tokens.type(i) >= SType.PRICE_SPIKE.id() ? 1 : 0;
        }
        assertEquals(1, alerts);
        assertEquals(1, curtailments);
        assertEquals(1, spikes, "the 240 USD/MWh hour at HB_WEST");
        assertEquals(1f, tokens.row(tokens.length() - 1)[SFeatures.STATUS_FIRST + 2], "last token is the WARN sample");
    }

    @Test
    void fleetUpdateEqualsFullBuild() throws IOException {
        WorkspaceTokenizer tokenizer = new WorkspaceTokenizer(workspace, new SequenceBuilder(WindowRule.DEFAULT, 64));
        Instant first = Instant.parse("2026-01-03T00:30:00Z");
        Instant second = Instant.parse("2026-01-03T02:00:00Z");
        FleetTokens before = tokenizer.build(first, Scenario.MARKET);
        Path later = write("telemetry-later.csv", """
                timestamp_utc,serial,hashrate_ths,hashrate_window_s,power_w,board_temp_c,chip_temp_c,inlet_temp_c,outlet_temp_c,fan_rpm,boards_active,chip_errors,status,error_codes
                2026-01-03T00:45:00Z,S21-1,150,900,3400,75,88,25,48,5500,2,12,WARN,E101
                2026-01-03T01:15:00Z,S21-2,200,900,3300,61,71,25,40,4100,3,0,OK,
                """);
        assertEquals(null, new ImportService(workspace).importFiles(List.of(later), null).get(0).error());

        FleetTokens updated = tokenizer.update(before, second, Scenario.MARKET);
        FleetTokens rebuilt = tokenizer.build(second, Scenario.MARKET);

        for (String serial : rebuilt.bySerial().keySet()) {
            FleetTokens.MinerTokens fromUpdate = updated.bySerial().get(serial);
            FleetTokens.MinerTokens fromBuild = rebuilt.bySerial().get(serial);
            assertEquals(before.bySerial().get(serial).sequence().length(), fromUpdate.sequence().appendedFrom(), serial);
            assertEquals(fromBuild.sequence().digest(), fromUpdate.sequence().digest(), serial);
            assertArrayEquals(fromBuild.context(), fromUpdate.context(), serial);
        }
        assertEquals(before.bySerial().get("S21-1").sequence().length() + 1, updated.bySerial().get("S21-1").sequence().length());
    }
}
