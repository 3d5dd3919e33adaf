package com.hashinsight.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the ground truth of one simulated world, as written by {@code simulate --out DIR}.
 *
 * <pre>{@code
 * GroundTruthReader truth = GroundTruthReader.open(Path.of("worlds/seed-7"));
 * int horizon = truth.world().horizonsDays().get(1);
 * truth.forEachMinerDay(day -> label(day.serial(), day.day(), day.pFail7d()));
 * }</pre>
 *
 * <p>The per-row files are streamed on each call, so a large world needs no more memory than one row.
 */
public final class GroundTruthReader {

    private final Path folder;
    private final GroundTruthWorld world;

    private GroundTruthReader(Path folder, GroundTruthWorld world) {
        this.folder = folder;
        this.world = world;
    }

    /**
     * Opens a world from the simulator's output folder or from its {@code ground-truth} subfolder.
     *
     * @throws UncheckedIOException when {@code world.json} is missing or unreadable
     * @throws GroundTruthFormatException when its format version is not {@link GroundTruthWorld#FORMAT_VERSION}
     */
    public static GroundTruthReader open(Path outputOrTruthFolder) {
        Path folder = Files.isRegularFile(outputOrTruthFolder.resolve(GroundTruthCsv.WORLD_FILE))
                ? outputOrTruthFolder
                : outputOrTruthFolder.resolve(GroundTruthCsv.FOLDER);
        Path worldFile = folder.resolve(GroundTruthCsv.WORLD_FILE);
        GroundTruthWorld world;
        try {
            world = GroundTruthJson.MAPPER.readValue(worldFile.toFile(), GroundTruthWorld.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ground-truth header " + worldFile, e);
        }
        if (world.formatVersion() != GroundTruthWorld.FORMAT_VERSION) {
            throw new GroundTruthFormatException(worldFile, 1, "format_version", Integer.toString(world.formatVersion()),
                    "this reader supports version " + GroundTruthWorld.FORMAT_VERSION);
        }
        return new GroundTruthReader(folder, world);
    }

    /** Header: seed, days, horizons, anchor days and candidates. */
    public GroundTruthWorld world() {
        return world;
    }

    /** Reads every miner's hidden constants and starting operation, in serial order. */
    public List<MinerPlanRecord> miners() {
        List<MinerPlanRecord> rows = new ArrayList<>();
        read(GroundTruthCsv.MINERS_FILE, GroundTruthCsv.MINERS_HEADER,
                (line, file, n) -> rows.add(GroundTruthCsv.parseMiner(line, file, n)));
        return rows;
    }

    /** Reads every failure of the real run, by miner then time. */
    public List<FailureRecord> failures() {
        List<FailureRecord> rows = new ArrayList<>();
        read(GroundTruthCsv.FAILURES_FILE, GroundTruthCsv.FAILURES_HEADER,
                (line, file, n) -> rows.add(GroundTruthCsv.parseFailure(line, file, n)));
        return rows;
    }

    /** Streams every miner-day label, by miner then day. */
    public void forEachMinerDay(Consumer<MinerDayRecord> consumer) {
        read(GroundTruthCsv.MINER_DAYS_FILE, GroundTruthCsv.MINER_DAYS_HEADER,
                (line, file, n) -> consumer.accept(GroundTruthCsv.parseMinerDay(line, file, n)));
    }

    /** Returns every miner-day label; prefer {@link #forEachMinerDay} for large worlds. */
    public List<MinerDayRecord> minerDays() {
        List<MinerDayRecord> rows = new ArrayList<>();
        forEachMinerDay(rows::add);
        return rows;
    }

    /** Streams every counterfactual outcome, by miner, anchor day, candidate, then horizon. */
    public void forEachCounterfactual(Consumer<CounterfactualRecord> consumer) {
        read(GroundTruthCsv.COUNTERFACTUALS_FILE, GroundTruthCsv.COUNTERFACTUALS_HEADER,
                (line, file, n) -> consumer.accept(GroundTruthCsv.parseCounterfactual(line, file, n)));
    }

    /** Returns every counterfactual outcome; prefer {@link #forEachCounterfactual} for large worlds. */
    public List<CounterfactualRecord> counterfactuals() {
        List<CounterfactualRecord> rows = new ArrayList<>();
        forEachCounterfactual(rows::add);
        return rows;
    }

    @FunctionalInterface
    private interface LineHandler {
        void handle(String line, Path file, int lineNumber);
    }

    private void read(String fileName, String header, LineHandler handler) {
        Path file = folder.resolve(fileName);
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String first = reader.readLine();
            if (!header.equals(first)) {
                throw new GroundTruthFormatException(file, 1, "header", String.valueOf(first), "expected " + header);
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isEmpty()) {
                    handler.handle(line, file, lineNumber);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
