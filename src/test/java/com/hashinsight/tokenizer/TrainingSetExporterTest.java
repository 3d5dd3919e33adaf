package com.hashinsight.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashinsight.simulation.CounterfactualRecord;
import com.hashinsight.simulation.FleetSimulator;
import com.hashinsight.simulation.GroundTruthReader;
import com.hashinsight.simulation.MinerDayRecord;
import com.hashinsight.simulation.MinerPlanRecord;
import com.hashinsight.simulation.SimulationConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports one small simulated world three times: twice as is, once with every row from day 6 on removed. */
class TrainingSetExporterTest {

    private static final float TOLERANCE = 1e-6f;
    private static final int MINERS = 3;
    private static final int DAYS = 11;
    private static final int CUT_DAY = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static Path world;
    private static Path first;
    private static Path second;
    private static Path truncated;

    @BeforeAll
    static void exportWorld() throws IOException {
        world = folder.resolve("world");
        FleetSimulator.run(SimulationConfig.of(5, MINERS, DAYS).withTelemetryMinutes(60).withAnchorEveryDays(5), world);
        first = export(world, "first");
        second = export(world, "second");
        Path cut = folder.resolve("cut");
        copyBefore(world, cut, SimulationConfig.DEFAULT_START.plusDays(CUT_DAY).toString());
        truncated = export(cut, "truncated");
    }

    private static Path export(Path worldFolder, String name) throws IOException {
        Path out = folder.resolve(name);
        new TrainingSetExporter().export(new TrainingSetExporter.Options(List.of(worldFolder), out, 5, 64));
        return out;
    }

    /** Copies a world, dropping telemetry, event and price rows whose time text sorts at or after {@code cut}. */
    private static void copyBefore(Path from, Path to, String cut) throws IOException {
        Files.createDirectories(to.resolve("ground-truth"));
        try (Stream<Path> files = Files.list(from.resolve("ground-truth"))) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve("ground-truth").resolve(file.getFileName()));
            }
        }
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                int timeColumn = name.startsWith("telemetry") || name.equals("events.csv") ? 0 : name.equals("prices.csv") ? 1 : -1;
                List<String> kept = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    String[] cells = lines.get(i).split(",", -1);
                    if (i == 0 || timeColumn < 0 || cells[timeColumn].compareTo(cut) < 0) {
                        kept.add(lines.get(i));
                    }
                }
                Files.write(to.resolve(name), kept, StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void sameWorldGivesSameBytes() throws IOException {
        try (Stream<Path> files = Files.list(first)) {
            for (Path file : files.toList()) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(file.getFileName())),
                        file.getFileName().toString());
            }
        }
    }

    @Test
    void rowsCoverEveryMinerAndAnchorDay() throws IOException {
        JsonNode meta = JSON.readTree(first.resolve("meta.json").toFile());

        assertEquals(MINERS * 3, meta.path("rows").asInt(), "anchor days 0, 5 and 10 per miner");
        assertEquals(MINERS * 3, NpyFiles.read(first.resolve("s_num.npy")).shape()[0]);
        assertArrayEquals(new int[] {MINERS * 3, 64, SFeatures.LAYOUT.width()}, NpyFiles.read(first.resolve("s_num.npy")).shape());
        assertEquals(FeatureSpec.VERSION, meta.path("feature_spec_version").asInt());
        for (JsonNode time : meta.path("entities").path("scoring_time")) {
            Instant scoringTime = Instant.parse(time.asText());
            assertTrue(scoringTime.getEpochSecond() % 86_400 == 0 || scoringTime.getEpochSecond() % 86_400 >= 86_400 - 6 * 3600,
                    "scoring time " + scoringTime + " lies in the 6 hours before a UTC midnight");
        }
    }

    @Test
    void labelsComeFromGroundTruth() throws IOException {
        JsonNode entities = JSON.readTree(first.resolve("meta.json").toFile()).path("entities");
        GroundTruthReader truth = GroundTruthReader.open(world);
        List<MinerDayRecord> days = truth.minerDays();
        List<CounterfactualRecord> counterfactuals = truth.counterfactuals();
        NpyFiles.Array hazard = NpyFiles.read(first.resolve("y_hazard.npy"));
        NpyFiles.Array value = NpyFiles.read(first.resolve("y_value.npy"));
        NpyFiles.Array kinds = NpyFiles.read(first.resolve("cand_kind.npy"));
        List<String> candidateIds = truth.world().candidates().stream().map(c -> c.id()).toList();

        for (int row = 0; row < entities.path("serial").size(); row++) {
            String serial = entities.path("serial").get(row).asText();
            int day = entities.path("day").get(row).asInt();
            MinerDayRecord record = days.stream().filter(d -> d.serial().equals(serial) && d.day() == day).findFirst().orElseThrow();
            assertEquals((float) record.pFail7d(), hazard.floatRow(row)[0], TOLERANCE, "p_fail_7d of row " + row);
            assertEquals((float) record.pFail30d(), hazard.floatRow(row)[1], TOLERANCE, "p_fail_30d of row " + row);

            double nominalThs = truth.miners().stream().filter(p -> p.serial().equals(serial))
                    .mapToDouble(MinerPlanRecord::nominalThs).findFirst().orElseThrow();
            for (int n = 0; n < candidateIds.size(); n++) {
                String id = candidateIds.get(n);
                CounterfactualRecord outcome = counterfactuals.stream().filter(c -> c.serial().equals(serial)
                        && c.anchorDay() == day && c.candidateId().equals(id) && c.horizonDays() == 30 && c.applicable())
                        .findFirst().orElse(null);
                float expected = outcome == null ? Float.NaN : (float) (outcome.netProfitUsd() / nominalThs);
                assertEquals(expected, value.floatRow(row)[n], TOLERANCE, "y_value of row " + row + ", candidate " + id);
                assertEquals(truth.world().candidates().get(n).kind().code(), kinds.longRow(row)[n], "cand_kind " + id);
            }
        }
    }

    @Test
    void laterRowsDoNotChangeEarlierTokens() throws IOException {
        JsonNode entities = JSON.readTree(first.resolve("meta.json").toFile()).path("entities");
        NpyFiles.Array fullNum = NpyFiles.read(first.resolve("s_num.npy"));
        NpyFiles.Array cutNum = NpyFiles.read(truncated.resolve("s_num.npy"));
        NpyFiles.Array fullType = NpyFiles.read(first.resolve("s_type.npy"));
        NpyFiles.Array cutType = NpyFiles.read(truncated.resolve("s_type.npy"));
        int compared = 0;

        for (int row = 0; row < entities.path("day").size(); row++) {
            if (entities.path("day").get(row).asInt() < CUT_DAY) {
                assertArrayEquals(fullType.longRow(row), cutType.longRow(row), "s_type of row " + row);
                assertArrayEquals(fullNum.floatRow(row), cutNum.floatRow(row), "s_num of row " + row);
                compared++;
            }
        }
        assertEquals(MINERS * 2, compared, "rows of anchor days 0 and 5");
        long laterRealTokens = 0;
        for (int row = 0; row < entities.path("day").size(); row++) {
            if (entities.path("day").get(row).asInt() >= CUT_DAY) {
                laterRealTokens += java.util.Arrays.stream(fullType.longRow(row)).filter(t -> t != 0).count()
                        - java.util.Arrays.stream(cutType.longRow(row)).filter(t -> t != 0).count();
            }
        }
        assertTrue(laterRealTokens > 0, "the cut removed tokens of day 10 rows, so the comparison can fail");
    }

    @Test
    void firstDayHasOnlyPaddingAndFiniteContext() throws IOException {
        JsonNode entities = JSON.readTree(first.resolve("meta.json").toFile()).path("entities");
        NpyFiles.Array types = NpyFiles.read(first.resolve("s_type.npy"));
        NpyFiles.Array context = NpyFiles.read(first.resolve("ns_num.npy"));

        for (int row = 0; row < entities.path("day").size(); row++) {
            if (entities.path("day").get(row).asInt() == 0) {
                assertTrue(java.util.Arrays.stream(types.longRow(row)).allMatch(t -> t == 0), "row " + row + " has no history");
            }
        }
        for (float x : context.floats()) {
            assertTrue(Float.isFinite(x), "ns_num has a non-finite value");
        }
    }
}
