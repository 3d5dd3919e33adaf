package com.hashinsight.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.TelemetrySample;
import com.hashinsight.store.BoardReading;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs from real field reports that the importers must handle, one test each. */
class RequiredInputsTest {

    /** Hashrates in the reports are quoted to two decimals of TH/s. */
    private static final double TWO_DECIMALS = 0.005;
    private static final double TOLERANCE = 1e-9;
    private static final Instant FAR_PAST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

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
    void avalonSummaryInMhsKeepsEachWindow() {
        Path file = fixture.write("avalon.json", """
                {"summary": {"STATUS": [{"STATUS": "S", "When": 1754006400, "Msg": "Summary"}],
                 "SUMMARY": [{"MHS av": 3961116, "MHS 5s": 2759123, "MHS 1m": 2410313, "MHS 15m": 3853993}]}}
                """);
        ImportService service = new ImportService(fixture.workspace, new ImportOptions("SN-S21-0001", null),
                java.time.Clock.systemUTC());

        ImportResult result = service.importFile(file, null);

        assertEquals(ImportFormat.CGMINER_JSON, result.format());
        Map<Integer, Double> byWindow = hashrateByWindow("SN-S21-0001");
        assertEquals(Map.of(0, 3.96, 5, 2.76, 60, 2.41, 900, 3.85).keySet(), byWindow.keySet());
        assertEquals(3.96, byWindow.get(0), TWO_DECIMALS);
        assertEquals(2.76, byWindow.get(5), TWO_DECIMALS);
        assertEquals(2.41, byWindow.get(60), TWO_DECIMALS);
        assertEquals(3.85, byWindow.get(900), TWO_DECIMALS);
        assertEquals(3.961116, byWindow.get(0), TOLERANCE);
    }

    @Test
    void whatsminerBoardsInHsWithZeroTemps() {
        ImportResult result = fixture.service.importFile(ImporterFixture.EXAMPLES.resolve("pyasic.json"), null);

        assertEquals(ImportFormat.PYASIC_JSON, result.format());
        assertEquals(0, result.rejected(), () -> result.report().toString());
        List<BoardReading> boards = fixture.workspace.telemetry().boards("SN-M60S-0001", FAR_PAST, FAR_FUTURE);
        assertEquals(3, boards.size());
        for (BoardReading board : boards) {
            assertEquals(30.42, board.hashrateThs(), TWO_DECIMALS);
            assertTrue(Double.isNaN(board.boardTempC()), "board temperature 0.0 while hashing is missing");
            assertTrue(Double.isNaN(board.chipTempC()), "chip temperature 0.0 while hashing is missing");
        }
        try (Stream<TelemetrySample> samples = fixture.workspace.telemetry().stream("SN-M60S-0001", FAR_PAST, FAR_FUTURE)) {
            TelemetrySample sample = samples.findFirst().orElseThrow();
            assertEquals(3 * 30.422, sample.hashrateThs(), 1e-6);
            assertEquals(2996, sample.powerW(), TOLERANCE);
            assertTrue(Double.isNaN(sample.boardTempC()));
            assertEquals(3, sample.boardsActive());
            assertEquals("OK", sample.status());
        }
    }

    @Test
    void fallBackDayAsHourEnding1To25() {
        StringBuilder csv = new StringBuilder("delivery_date,hour_ending,rtm_HB_WEST\n");
        for (int hour = 1; hour <= 25; hour++) {
            csv.append("2024-11-03,").append(hour).append(',').append(10 + hour).append('\n');
        }

        ImportResult result = fixture.service.importFile(fixture.write("fall-25.csv", csv.toString()), null);

        assertEquals(25, result.accepted());
        List<Instant> starts = starts("HB_WEST", "RTM");
        assertEquals(25, new HashSet<>(starts).size());
        assertEquals(Instant.parse("2024-11-03T05:00:00Z"), starts.get(0));
        assertEquals(Instant.parse("2024-11-04T05:00:00Z"), starts.get(24));
    }

    @Test
    void fallBackDayAsRepeatedHourWithDstFlag() {
        ImportResult result = fixture.service.importFile(ImporterFixture.EXAMPLES.resolve("ercot-hourly.csv"), null);

        assertEquals(0, result.rejected(), () -> result.report().toString());
        List<EnergyPrice> prices = fixture.workspace.energyPrices().prices("HB_WEST", "DAM", FAR_PAST, FAR_FUTURE);
        Set<Instant> starts = new HashSet<>();
        prices.forEach(price -> starts.add(price.intervalStart()));
        assertEquals(25, starts.size());
        // Hour ending 2 flagged as repeated is the hour from 01:00 CST, 07:00 UTC.
        assertEquals(Instant.parse("2024-11-03T07:00:00Z"), prices.get(2).intervalStart());
        assertEquals(prices.get(1).usdPerMwh() + 1.5, prices.get(2).usdPerMwh(), 1e-6);
    }

    @Test
    void springForwardDayHas23Hours() {
        StringBuilder csv = new StringBuilder("delivery_date,hour_ending,dam_HB_WEST\n");
        for (int hour = 1; hour <= 24; hour++) {
            if (hour != 2) {
                csv.append("2024-03-10,").append(hour).append(',').append(20 + hour).append('\n');
            }
        }

        fixture.service.importFile(fixture.write("spring.csv", csv.toString()), null);

        List<Instant> starts = starts("HB_WEST", "DAM");
        assertEquals(23, new HashSet<>(starts).size());
        assertEquals(Instant.parse("2024-03-10T06:00:00Z"), starts.get(0));
        assertEquals(Instant.parse("2024-03-10T07:00:00Z"), starts.get(1));
        assertEquals(Instant.parse("2024-03-11T04:00:00Z"), starts.get(22));
    }

    @Test
    void springForwardDayNumberedByElapsedHours() {
        StringBuilder csv = new StringBuilder("delivery_date,hour_ending,dam_HB_WEST\n");
        for (int hour = 1; hour <= 23; hour++) {
            csv.append("2024-03-10,").append(hour).append(',').append(20 + hour).append('\n');
        }

        fixture.service.importFile(fixture.write("spring-elapsed.csv", csv.toString()), null);

        List<Instant> starts = starts("HB_WEST", "DAM");
        assertEquals(23, new HashSet<>(starts).size());
        assertEquals(Instant.parse("2024-03-11T04:00:00Z"), starts.get(22));
    }

    @Test
    void negativePricesStayNegative() {
        fixture.service.importFile(ImporterFixture.EXAMPLES.resolve("ercot-hourly.csv"), null);

        long negative = fixture.workspace.energyPrices().prices("HB_WEST", "RTM", FAR_PAST, FAR_FUTURE).stream()
                .filter(price -> price.usdPerMwh() == -20.0).count();
        assertEquals(3, negative);
    }

    private Map<Integer, Double> hashrateByWindow(String serial) {
        Map<Integer, Double> byWindow = new TreeMap<>();
        try (Stream<TelemetrySample> samples = fixture.workspace.telemetry().stream(serial, FAR_PAST, FAR_FUTURE)) {
            samples.forEach(sample -> byWindow.put(sample.windowSeconds(), sample.hashrateThs()));
        }
        return byWindow;
    }

    private List<Instant> starts(String point, String market) {
        return fixture.workspace.energyPrices().prices(point, market, FAR_PAST, FAR_FUTURE).stream()
                .map(EnergyPrice::intervalStart).toList();
    }
}
