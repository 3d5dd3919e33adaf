package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SimulationDeterminismTest {

    @Test
    void sameSeedSameBytesAcrossThreads() throws IOException {
        Path twoThreads = SmallWorlds.small();
        Path oneThread = SmallWorlds.simulate(SmallWorlds.SMALL.withThreads(1));

        List<Path> files = relativeFiles(twoThreads);
        assertEquals(files, relativeFiles(oneThread), "file lists differ");
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(twoThreads.resolve(file)), Files.readAllBytes(oneThread.resolve(file)),
                    "bytes differ in " + file);
        }
    }

    @Test
    void otherSeedGivesOtherTelemetry() throws IOException {
        Path other = SmallWorlds.simulate(new SimulationConfig(12, 9, 10, SimulationConfig.DEFAULT_START, 3, 2, 30, 5, 2,
                null, java.util.List.of(), java.util.List.of()));
        byte[] first = Files.readAllBytes(SmallWorlds.small().resolve("telemetry-0001.csv"));
        byte[] second = Files.readAllBytes(other.resolve("telemetry-0001.csv"));
        assertFalse(java.util.Arrays.equals(first, second), "seeds 11 and 12 wrote identical telemetry");
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
