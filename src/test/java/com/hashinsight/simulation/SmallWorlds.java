package com.hashinsight.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small worlds shared by the simulation tests, each simulated once per JVM. */
final class SmallWorlds {

    /** 9 miners over 3 sites, 10 days, anchors on days 0 and 5, 30-minute telemetry. */
    static final SimulationConfig SMALL = SimulationConfig.of(11, 9, 10).withAnchorEveryDays(5).withTelemetryMinutes(30)
            .withThreads(2);

    private static Path small;

    private SmallWorlds() {
    }

    static synchronized Path small() {
        if (small == null) {
            small = simulate(SMALL);
        }
        return small;
    }

    static Path simulate(SimulationConfig config) {
        try {
            Path out = TestFolders.create("hashinsight-sim-");
            FleetSimulator.run(config, out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
