package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A --prices file goes through the real importer and drives the matching site's spot series. */
class ImportedInputsTest {

    private static final double PRICE_TOLERANCE = 1e-9;

    /** Writes 15-minute HB_WEST prices for {@code days} days from 2024-07-01, with a negative hour every day. */
    private static Path pricesFile(int days) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("settlement_point,interval_start_utc,interval_minutes,market,usd_per_mwh");
        Instant start = Instant.parse("2024-07-01T00:00:00Z");
        for (int quarter = 0; quarter < days * 96; quarter++) {
            int hour = quarter / 4 % 24;
            double price = hour == 13 ? -20.0 : 25.0 + hour + quarter % 4;
            lines.add("HB_WEST," + start.plusSeconds(quarter * 900L) + ",15,RTM," + price);
        }
        Path file = TestFolders.file("hashinsight-prices-", ".csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void importedPricesDriveTheMatchingSite() throws IOException {
        Path prices = pricesFile(12);
        Path world = TestFolders.create("hashinsight-imported-");
        SimulationConfig config = SimulationConfig.of(51, 6, 10).withStartDate(null).withAnchorEveryDays(5)
                .withTelemetryMinutes(60).withInputs(prices, List.of());
        FleetSimulator.run(config, world);

        GroundTruthWorld header = GroundTruthReader.open(world).world();
        assertEquals(LocalDate.of(2024, 7, 1), header.startDate());
        List<String> written = Files.readAllLines(world.resolve("prices.csv"));
        assertTrue(written.contains("HB_WEST,2024-07-01T13:00:00Z,60,RTM,-20"), "negative hour missing");
        assertTrue(written.contains("HB_WEST,2024-07-01T02:00:00Z,60,RTM,28.5"), "hourly mean of 27, 28, 29 and 30 missing");
    }

    @Test
    void horizonsPastThePricesAreNotApplicable() throws IOException {
        Path world = TestFolders.create("hashinsight-imported-");
        SimulationConfig config = SimulationConfig.of(52, 4, 10).withStartDate(null).withAnchorEveryDays(5)
                .withTelemetryMinutes(60).withInputs(pricesFile(12), List.of());
        FleetSimulator.run(config, world);

        for (CounterfactualRecord row : GroundTruthReader.open(world).counterfactuals()) {
            if (row.horizonDays() >= 30) {
                assertFalse(row.applicable(), "30 days from day " + row.anchorDay() + " run past 12 days of prices: " + row);
            }
        }
        assertTrue(GroundTruthReader.open(world).counterfactuals().stream()
                .anyMatch(row -> row.horizonDays() == 7 && row.anchorDay() == 5 && row.applicable()), "day 5 + 7 fits in 12 days");
    }

    @Test
    void pricesShorterThanTheWorldAreRejected() throws IOException {
        SimulationConfig config = SimulationConfig.of(53, 4, 20).withStartDate(null).withAnchorEveryDays(0)
                .withInputs(pricesFile(5), List.of());
        SimulationInputException error = assertThrows(SimulationInputException.class,
                () -> FleetSimulator.run(config, TestFolders.create("hashinsight-imported-")));
        assertTrue(error.getMessage().contains("5"), error.getMessage());
    }

    @Test
    void pricesForUnknownPointAreRejected() throws IOException {
        Path file = TestFolders.file("hashinsight-prices-", ".csv");
        Files.write(file, List.of("settlement_point,interval_start_utc,interval_minutes,market,usd_per_mwh",
                "NOWHERE,2024-07-01T00:00:00Z,60,RTM,30"));
        SimulationConfig config = SimulationConfig.of(54, 4, 1).withStartDate(null).withAnchorEveryDays(0)
                .withInputs(file, List.of());
        SimulationInputException error = assertThrows(SimulationInputException.class,
                () -> FleetSimulator.run(config, TestFolders.create("hashinsight-imported-")));
        assertTrue(error.getMessage().contains("NOWHERE"), error.getMessage());
        assertTrue(error.getMessage().contains("HB_WEST"), error.getMessage());
    }
}
