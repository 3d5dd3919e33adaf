package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real market and ERCOT files drive a world through the real importers. */
class MarketInputTest {

    private static final double PRICE_TOLERANCE = 0.005;

    @Test
    void marketFilesReproduceTheirPath() throws IOException {
        Path source = SmallWorlds.small();
        List<Path> market = List.of(source.resolve("btc-daily-prices.csv"), source.resolve("network-daily.csv"),
                source.resolve("difficulty-epochs.csv"));
        Path world = TestFolders.create("hashinsight-market-");
        FleetSimulator.run(SimulationConfig.of(71, 3, 10).withStartDate(null).withAnchorEveryDays(0).withTelemetryMinutes(60)
                .withInputs(null, market), world);

        assertEquals(Files.readAllLines(source.resolve("btc-daily-prices.csv")), Files.readAllLines(world.resolve("btc-daily-prices.csv")));
        List<String> sourceNetwork = Files.readAllLines(source.resolve("network-daily.csv"));
        List<String> network = Files.readAllLines(world.resolve("network-daily.csv"));
        for (int line = 1; line < sourceNetwork.size(); line++) {
            assertEquals(difficulty(sourceNetwork.get(line)), difficulty(network.get(line)), 1e-6 * difficulty(sourceNetwork.get(line)),
                    "difficulty on line " + (line + 1));
        }
    }

    @Test
    void ercotPricesDriveTheTexasSite() throws IOException {
        Path ercot = Path.of(System.getProperty("hashinsight.shared.data", "../shared/data"), "ercot", "hourly_dam_rtm_2024.csv");
        assumeTrue(Files.isRegularFile(ercot), "shared ERCOT data not found at " + ercot);
        Path july = TestFolders.file("hashinsight-ercot-july-", ".csv");
        double firstHourWest = Double.NaN;
        try (BufferedReader reader = Files.newBufferedReader(ercot)) {
            String header = reader.readLine();
            int column = List.of(header.split(",")).indexOf("rtm_HB_WEST");
            List<String> lines = new ArrayList<>(List.of(header));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("2024-07-0") || line.startsWith("2024-07-10")) {
                    lines.add(line);
                    if (line.startsWith("2024-07-01,1,")) {
                        firstHourWest = Double.parseDouble(line.split(",")[column]);
                    }
                }
            }
            Files.write(july, lines);
        }
        Path world = TestFolders.create("hashinsight-ercot-");
        FleetSimulator.run(SimulationConfig.of(72, 4, 7).withStartDate(java.time.LocalDate.of(2024, 7, 1)).withAnchorEveryDays(0)
                .withTelemetryMinutes(60).withInputs(july, List.of()), world);

        // Hour ending 1 of 2024-07-01 in Central Daylight Time is 05:00 to 06:00 UTC.
        String expectedPrefix = "HB_WEST,2024-07-01T05:00:00Z,60,RTM,";
        String row = Files.readAllLines(world.resolve("prices.csv")).stream().filter(l -> l.startsWith(expectedPrefix))
                .findFirst().orElseThrow();
        assertEquals(firstHourWest, Double.parseDouble(row.substring(expectedPrefix.length())), PRICE_TOLERANCE);
        assertTrue(GroundTruthReader.open(world).minerDays().size() == 4 * 7, "every miner-day labelled");
    }

    private static double difficulty(String networkLine) {
        return Double.parseDouble(networkLine.split(",")[2]);
    }
}
