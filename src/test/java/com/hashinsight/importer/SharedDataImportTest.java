package com.hashinsight.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.MarketSnapshot;
import com.hashinsight.fleet.TelemetrySample;
import com.hashinsight.store.BoardReading;
import com.hashinsight.store.DifficultyEpoch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every public market, price and device file beside the project imports with its known values intact. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedDataImportTest {

    private static final double TOLERANCE = 1e-9;
    private static final double DIFFICULTY_TOLERANCE = 0.01;
    private static final Instant FAR_PAST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    private Path data;
    private ImporterFixture fixture;

    @BeforeAll
    void importBtcAndErcot(@TempDir Path dir) throws Exception {
        String property = System.getProperty("hashinsight.shared.data");
        data = property == null ? null : Path.of(property);
        Assumptions.assumeTrue(data != null && Files.isDirectory(data.resolve("btc")),
                "shared data folder ../shared/data is absent, so the real-data import checks are skipped");
        fixture = new ImporterFixture(dir);
        try (Connection connection = fixture.workspace.connection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO miner (serial, model) VALUES ('HAMMER-1', 'Antminer S21'), ('AVALON-1', 'Avalon A1466'),"
                    + " ('MSK-1', 'Antminer S19j Pro'), ('28HY245192N000245C23B', 'Antminer S21'), ('WM-1', 'Whatsminer M60S'),"
                    + " ('LUX-1', 'Antminer S21 XP')");
        }
        List<Path> files;
        try (Stream<Path> btc = Files.list(data.resolve("btc"))) {
            files = new java.util.ArrayList<>(btc.sorted().toList());
        }
        files.add(data.resolve("ercot/hourly_dam_rtm_2024.csv"));
        for (ImportService.Outcome outcome : fixture.service.importFiles(files, null)) {
            assertEquals(null, outcome.error(), () -> outcome.file() + " failed: " + outcome.error());
            assertEquals(0, outcome.result().rejected(), () -> outcome.file() + ": " + outcome.result().report());
        }
    }

    @AfterAll
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void difficultyAtHalvingBlock() {
        assertEquals(86_388_558_925_171.02, fixture.workspace.market().difficultyAtHeight(840_000), DIFFICULTY_TOLERANCE);
    }

    @Test
    void july2021EpochDropIntact() {
        DifficultyEpoch drop = fixture.workspace.market().epochs().stream()
                .filter(epoch -> epoch.startTime().toString().startsWith("2021-07-03")).findFirst().orElseThrow();
        List<DifficultyEpoch> epochs = fixture.workspace.market().epochs();
        DifficultyEpoch before = epochs.get(epochs.indexOf(drop) - 1);

        assertEquals(-27.9427, drop.changePct(), TOLERANCE);
        assertEquals(-27.9427, (drop.difficulty() / before.difficulty() - 1) * 100, 1e-4);
        assertEquals(689_472, drop.startHeight());
    }

    @Test
    void missingEpochStartTimesAreEstimated() {
        List<DifficultyEpoch> epochs = fixture.workspace.market().epochs();
        assertEquals(474, epochs.size());
        long estimated = epochs.stream().filter(DifficultyEpoch::startTimeEstimated).count();
        assertEquals(25, estimated);
        for (int i = 1; i < epochs.size(); i++) {
            assertTrue(epochs.get(i).startTime().isAfter(epochs.get(i - 1).startTime()), "epoch " + epochs.get(i).epoch());
        }
    }

    @Test
    void dailySnapshotsCombineSources() {
        MarketSnapshot halvingDay = fixture.workspace.market().snapshots(Instant.parse("2024-04-20T00:00:00Z"),
                Instant.parse("2024-04-21T00:00:00Z")).get(0);

        assertTrue(halvingDay.btcUsd() > 50_000 && halvingDay.btcUsd() < 80_000, "price " + halvingDay.btcUsd());
        assertEquals(86_388_558_925_171.2, halvingDay.difficulty(), DIFFICULTY_TOLERANCE);
        // Block 840,000 was mined at 00:09 UTC that day, so the epoch estimate at midnight is just below it.
        assertTrue(halvingDay.blockHeight() > 839_900 && halvingDay.blockHeight() < 840_000, "height " + halvingDay.blockHeight());
        assertTrue(halvingDay.feesPerBlockBtc() > 1, "fees " + halvingDay.feesPerBlockBtc());
        assertTrue(halvingDay.networkHashrateThs() > 5e8, "hashrate " + halvingDay.networkHashrateThs());
    }

    @Test
    void blockstatsGiveExactHeightAndFees() {
        MarketSnapshot day = fixture.workspace.market().snapshots(Instant.parse("2021-07-04T00:00:00Z"),
                Instant.parse("2021-07-05T00:00:00Z")).get(0);

        long tip = (long) fixture.number("SELECT MAX(height) FROM block_stats WHERE ts < TIMESTAMP '2021-07-04 00:00:00'");
        assertEquals(tip, day.blockHeight());
        double fees = fixture.number("SELECT AVG(CAST(total_fee_sat AS DOUBLE PRECISION)) / 1e8 FROM block_stats "
                + "WHERE ts >= TIMESTAMP '2021-07-04 00:00:00' AND ts < TIMESTAMP '2021-07-05 00:00:00'");
        assertEquals(fees, day.feesPerBlockBtc(), 1e-12);
        assertEquals(14_363_025_673_659.965, day.difficulty(), DIFFICULTY_TOLERANCE);
        assertEquals(30_000, fixture.count("SELECT COUNT(*) FROM block_stats"));
    }

    @Test
    void ercotDstDaysKeepEveryHour() {
        List<Instant> fallBack = starts(Instant.parse("2024-11-03T05:00:00Z"), Instant.parse("2024-11-04T06:00:00Z"));
        assertEquals(24, fallBack.size());
        assertEquals(24, new HashSet<>(fallBack).size());
        // The file has no repeated hour, so hour ending 3 (02:00 CST) follows a gap at 07:00 UTC.
        assertEquals(Instant.parse("2024-11-03T06:00:00Z"), fallBack.get(1));
        assertEquals(Instant.parse("2024-11-03T08:00:00Z"), fallBack.get(2));

        List<Instant> spring = starts(Instant.parse("2024-03-10T06:00:00Z"), Instant.parse("2024-03-11T05:00:00Z"));
        assertEquals(List.of(Instant.parse("2024-03-10T06:00:00Z")), spring);
    }

    @Test
    void ercotNegativeAndHourlyValuesIntact() {
        List<EnergyPrice> pan = fixture.workspace.energyPrices().prices("HB_PAN", "DAM", Instant.parse("2024-11-03T04:00:00Z"),
                Instant.parse("2024-11-03T05:00:00Z"));
        assertEquals(-5.02, pan.get(0).usdPerMwh(), TOLERANCE);
        List<EnergyPrice> west = fixture.workspace.energyPrices().prices("HB_WEST", "RTM", Instant.parse("2024-01-01T06:00:00Z"),
                Instant.parse("2024-01-01T07:00:00Z"));
        assertEquals(15.4925, west.get(0).usdPerMwh(), TOLERANCE);
        assertEquals(60, west.get(0).intervalMinutes());
        assertEquals(15, fixture.workspace.energyPrices().settlementPoints().size());
    }

    @Test
    void hammerRepliesInMhs() {
        importDevice("pyasic/hammer_tests__version_2023_05_28.json", "HAMMER-1", null);

        Map<Integer, Double> windows = windows("HAMMER-1");
        assertEquals(4872.9297e-6, windows.get(0), TOLERANCE);
        assertEquals(4885.0813e-6, windows.get(5), TOLERANCE);
        List<BoardReading> boards = fixture.workspace.telemetry().boards("HAMMER-1", FAR_PAST, FAR_FUTURE);
        assertEquals(3, boards.size());
        assertEquals(1578.2742e-6, boards.get(0).hashrateThs(), TOLERANCE);
        assertEquals(108, boards.get(0).chips());
        assertEquals(45, boards.get(0).boardTempC(), TOLERANCE);
    }

    @Test
    void avalonStatsAndDevs() {
        importDevice("pyasic/avalonminer_tests__version_24102401_25462b2_9ddf522.json", "AVALON-1", "2025-01-01T00:00:00Z");

        Map<Integer, Double> windows = windows("AVALON-1");
        assertEquals(192.79624736, windows.get(0), 1e-6);
        assertEquals(197.26694416, windows.get(60), 1e-6);
        assertEquals(124.64883518, windows.get(900), 1e-6);
        try (Stream<TelemetrySample> samples = fixture.workspace.telemetry().stream("AVALON-1", FAR_PAST, FAR_FUTURE)) {
            TelemetrySample sample = samples.findFirst().orElseThrow();
            assertEquals(3731, sample.powerW(), TOLERANCE);
            assertEquals(31, sample.inletTempC(), TOLERANCE);
            assertEquals(78, sample.chipTempC(), TOLERANCE);
        }
        List<BoardReading> boards = fixture.workspace.telemetry().boards("AVALON-1", FAR_PAST, FAR_FUTURE);
        assertEquals(59.45952, boards.get(0).hashrateThs(), 1e-9);
        assertEquals(3, boards.size());
    }

    @Test
    void mskAndElphapexReplies() {
        importDevice("pyasic/mskminer_tests__version_2_6_0_39.json", "MSK-1", null);
        assertEquals(99.7614, windows("MSK-1").get(0), 1e-9);

        importDevice("pyasic/elphapex_tests__version_1_0_2.json", null, null);
        Map<Integer, Double> elphapex = windows("28HY245192N000245C23B");
        assertEquals(14199.04e-6, elphapex.get(0), 1e-12);
        List<BoardReading> boards = fixture.workspace.telemetry().boards("28HY245192N000245C23B", FAR_PAST, FAR_FUTURE);
        // temp_chip is in milli-degrees: "47125" and "50500" are 47.125 and 50.5 °C.
        assertEquals(50.5, boards.get(0).chipTempC(), TOLERANCE);
        assertEquals(204, boards.get(0).chips());
    }

    @Test
    void whatsminerErrorCodes() {
        ImportResult result = importDevice("pyasic/btminer_tests__test_v3_error_mapping.json", "WM-1", "2025-01-01T00:00:00Z");

        assertEquals(1, result.rejected());
        assertEquals("not-a-code", result.report().get(0).value());
        try (Stream<TelemetrySample> samples = fixture.workspace.telemetry().stream("WM-1", FAR_PAST, FAR_FUTURE)) {
            TelemetrySample sample = samples.findFirst().orElseThrow();
            assertEquals("2010;541;5032", sample.errorCodes());
            assertEquals("FAULT", sample.status());
        }
    }

    @Test
    void luxosFilesImport() {
        ImportResult version = importDevice("luxos/luxos_version.json", "LUX-1", null);
        assertEquals(ImportFormat.LUXOS_JSON, version.format());
        assertEquals("LuxOS 2000.1.1.12345-aaabbbc", fixture.workspace.fleet().miner("LUX-1").orElseThrow().firmware());
        for (String name : List.of("luxos_atm.json", "luxos_groups.json", "luxos_api_commands.json")) {
            ImportResult result = importDevice("luxos/" + name, "LUX-1", null);
            assertEquals(ImportFormat.LUXOS_JSON, result.format(), name);
            assertEquals(0, result.rejected(), name);
        }
        ImportResult avalonMock = importDevice("pyasic/avalonminer_tests__test_web_api_json_error.json", null, null);
        assertEquals(0, avalonMock.accepted() + avalonMock.rejected());
    }

    private ImportResult importDevice(String relative, String serial, String time) {
        ImportService service = new ImportService(fixture.workspace,
                new ImportOptions(serial, time == null ? null : Instant.parse(time)), Clock.systemUTC());
        return service.importFile(data.resolve("miner-api").resolve(relative), null);
    }

    private Map<Integer, Double> windows(String serial) {
        Map<Integer, Double> byWindow = new TreeMap<>();
        try (Stream<TelemetrySample> samples = fixture.workspace.telemetry().stream(serial, FAR_PAST, FAR_FUTURE)) {
            samples.forEach(sample -> byWindow.put(sample.windowSeconds(), sample.hashrateThs()));
        }
        return byWindow;
    }

    private List<Instant> starts(Instant from, Instant to) {
        return fixture.workspace.energyPrices().prices("HB_WEST", "DAM", from, to).stream().map(EnergyPrice::intervalStart).toList();
    }
}
