package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.hashinsight.fleet.MarketSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportedMarketTest {

    private static final double TOLERANCE = 1e-9;
    private static final LocalDate START = LocalDate.of(2024, 4, 19);

    private static MarketSnapshot day(int offset, long height, double btcUsd, double difficulty, double fees) {
        return new MarketSnapshot(Instant.parse("2024-04-19T00:00:00Z").plusSeconds(offset * 86_400L), height, btcUsd, difficulty,
                Double.NaN, fees);
    }

    @Test
    void missingValuesKeepThePreviousDay() {
        List<MarketSnapshot> snapshots = List.of(day(0, 839_900, 64_000, 8.6e13, 0.3), day(1, 840_040, Double.NaN, 8.6e13, 0.9),
                day(2, 840_180, 65_000, Double.NaN, Double.NaN));
        MarketPath path = ImportedMarket.path(snapshots, START, 5);

        assertEquals(64_000, path.btcUsd[1], TOLERANCE);
        assertEquals(8.6e13, path.difficulty[2], TOLERANCE);
        assertEquals(0.9, path.feesPerBlockBtc[2], TOLERANCE);
        assertEquals(65_000, path.btcUsd[4], TOLERANCE, "days after the data keep the last value");
        assertEquals(840_180 + 2 * 144, path.heightAtDayStart[4]);
    }

    @Test
    void halvingLowersTheRevenue() {
        List<MarketSnapshot> snapshots = List.of(day(0, 839_900, 64_000, 8.6e13, 0.1), day(1, 840_040, 64_000, 8.6e13, 0.1));
        MarketPath path = ImportedMarket.path(snapshots, START, 2);

        double ratio = path.usdPerThDay[1] / path.usdPerThDay[0];
        assertEquals((3.125 + 0.1) / (6.25 + 0.1), ratio, TOLERANCE);
    }

    @Test
    void coverageEndsAtTheLastCompleteDay() {
        List<MarketSnapshot> snapshots = List.of(day(0, 839_900, 64_000, 8.6e13, 0.3), day(1, 840_040, 64_500, 8.6e13, 0.3),
                day(2, 840_180, Double.NaN, 8.6e13, 0.3));
        assertEquals(2, ImportedMarket.coveredDays(snapshots, START));
    }

    @Test
    void firstDayWithoutPriceIsRejected() {
        List<MarketSnapshot> snapshots = List.of(day(0, 839_900, Double.NaN, 8.6e13, 0.3));
        assertThrows(SimulationInputException.class, () -> ImportedMarket.path(snapshots, START, 3));
    }
}
