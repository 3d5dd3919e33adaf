package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroundTruthReaderTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void headerDescribesTheWorld() {
        GroundTruthWorld world = GroundTruthReader.open(SmallWorlds.small()).world();

        assertEquals(GroundTruthWorld.FORMAT_VERSION, world.formatVersion());
        assertEquals(11, world.seed());
        assertEquals(10, world.days());
        assertEquals(40, world.simulatedDays());
        assertEquals(List.of(7, 30, 90), world.horizonsDays());
        assertEquals(List.of(0, 5), world.anchorDays());
        assertEquals(13, world.candidates().size(), "3 presets + 3 sites + 4 configs + 3 policies");
    }

    @Test
    void everyMinerHasOneLabelRowPerDay() {
        GroundTruthReader truth = GroundTruthReader.open(SmallWorlds.small());
        List<MinerPlanRecord> miners = truth.miners();
        Map<String, Long> daysPerMiner = truth.minerDays().stream()
                .collect(Collectors.groupingBy(MinerDayRecord::serial, Collectors.counting()));

        assertEquals(9, miners.size());
        for (MinerPlanRecord miner : miners) {
            assertEquals(10L, daysPerMiner.get(miner.serial()), miner.serial());
        }
    }

    @Test
    void labelProbabilitiesAreOrderedProbabilities() {
        for (MinerDayRecord day : GroundTruthReader.open(SmallWorlds.small()).minerDays()) {
            assertTrue(day.pFail7d() >= 0, "p7 below 0: " + day);
            assertTrue(day.pFail30d() <= 1, "p30 above 1: " + day);
            assertTrue(day.pFail30d() + TOLERANCE >= day.pFail7d(), "p30 below p7: " + day);
            assertTrue(day.hazardPerDay() >= 0, "negative hazard: " + day);
        }
    }

    @Test
    void dailyNetProfitAddsUp() {
        for (MinerDayRecord day : GroundTruthReader.open(SmallWorlds.small()).minerDays()) {
            double expected = day.revenueUsd() - day.energyCostUsd() - day.hostingCostUsd() - day.repairCostUsd()
                    + day.drPaymentUsd();
            assertEquals(expected, day.netProfitUsd(), 1e-3, day.toString());
        }
    }

    @Test
    void counterfactualsCoverEveryMinerAnchorCandidateAndHorizon() {
        GroundTruthReader truth = GroundTruthReader.open(SmallWorlds.small());
        List<CounterfactualRecord> rows = truth.counterfactuals();

        assertEquals(9 * 2 * 13 * 3, rows.size());
        for (CounterfactualRecord row : rows) {
            assertEquals(row.applicable(), !Double.isNaN(row.netProfitUsd()), row.toString());
        }
    }

    @Test
    void malformedRowNamesFileLineAndField() throws IOException {
        Path copy = TestFolders.create("hashinsight-gt-");
        Path truthFolder = SmallWorlds.small().resolve("ground-truth");
        for (String name : List.of("world.json", "miners.csv", "failures.csv", "counterfactuals.csv")) {
            Files.copy(truthFolder.resolve(name), copy.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> lines = Files.readAllLines(truthFolder.resolve("miner-days.csv"));
        String[] cells = lines.get(2).split(",", -1);
        cells[6] = "abc";
        lines.set(2, String.join(",", cells));
        Files.write(copy.resolve("miner-days.csv"), lines);

        GroundTruthFormatException error = assertThrows(GroundTruthFormatException.class,
                () -> GroundTruthReader.open(copy).minerDays());
        assertTrue(error.getMessage().contains("miner-days.csv line 3"), error.getMessage());
        assertTrue(error.getMessage().contains("p_fail_7d"), error.getMessage());
        assertTrue(error.getMessage().contains("'abc'"), error.getMessage());
    }
}
