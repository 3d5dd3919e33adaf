package com.hashinsight.simulation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code ground-truth/world.json} and {@code ground-truth/miners.csv}; the row files are streamed. */
final class GroundTruthWriter {

    static final String GENERATOR = "hashinsight-simulator 1";

    static final List<String> NOTES = List.of(
            "p_fail_7d and p_fail_30d are oracle probabilities: they use the realised future weather, prices and operation.",
            "A miner in repair is rated as if it ran when computing the oracle hazard.",
            "Counterfactual runs hold the candidate's plan fixed; the real run lets the operator lower the power mode of hot miners.");

    private GroundTruthWriter() {
    }

    static GroundTruthWorld header(World world) {
        SimulationConfig config = world.config();
        return new GroundTruthWorld(GroundTruthWorld.FORMAT_VERSION, GENERATOR, config.seed(), config.startDate(), config.days(),
                world.simulatedDays(), World.STEP_MINUTES, config.telemetryMinutes(), World.HORIZONS_DAYS, world.anchorDays(),
                world.candidates(), world.presets().entries(), NOTES);
    }

    static void writeHeader(World world, Path folder) throws IOException {
        Files.createDirectories(folder);
        GroundTruthJson.MAPPER.writeValue(folder.resolve(GroundTruthCsv.WORLD_FILE).toFile(), header(world));
        try (BufferedWriter writer = Files.newBufferedWriter(folder.resolve(GroundTruthCsv.MINERS_FILE))) {
            writer.write(GroundTruthCsv.MINERS_HEADER + "\n");
            StringBuilder line = new StringBuilder();
            for (MinerUnit unit : world.units()) {
                OperatingPlan plan = unit.initialPlan();
                line.setLength(0);
                GroundTruthCsv.appendMiner(line, new MinerPlanRecord(unit.serial(), unit.model().model(),
                        world.sites().get(plan.siteIndex()).id(), unit.clientId(), unit.installDate(), unit.model().nominalThs(),
                        unit.model().nominalW(), plan.mode(), plan.firmware(), plan.policy().id(), unit.meanFrailty()));
                writer.append(line);
            }
        }
    }
}
