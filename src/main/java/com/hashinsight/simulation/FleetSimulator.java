package com.hashinsight.simulation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulates a world and writes it to a folder: the importable workspace files plus {@code ground-truth/}.
 *
 * <p>Miners are independent given the world's exogenous series, so they run in parallel, but their
 * output is appended in miner order, which keeps the bytes independent of the thread count. At most
 * two miners per thread are in flight, so memory stays bounded by a few miners' output.
 */
public final class FleetSimulator {

    /** Miners per telemetry file, to keep each file a manageable size. */
    static final int MINERS_PER_TELEMETRY_FILE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(FleetSimulator.class);

    /**
     * Counts of what a run wrote.
     *
     * @param miners            miners simulated
     * @param telemetryFiles    telemetry files written
     * @param failures          failures in the written days
     * @param counterfactualRows rows in {@code counterfactuals.csv}
     * @param seconds           wall-clock seconds of the run
     */
    public record Summary(int miners, int telemetryFiles, int failures, long counterfactualRows, double seconds) {
    }

    private FleetSimulator() {
    }

    /** Simulates the world of {@code config} into {@code out}, creating the folder; existing files are replaced. */
    public static Summary run(SimulationConfig config, Path out) throws IOException {
        if (!config.hasInputFiles()) {
            return run(config.startDate() == null ? config.withStartDate(SimulationConfig.DEFAULT_START) : config, out,
                    new ExogenousInputs());
        }
        ImportedInputs inputs = ImportedInputs.load(config.pricesFile(), config.marketFiles());
        LocalDate start = config.startDate() != null ? config.startDate() : inputs.firstDay();
        return run(config.withStartDate(start), out, inputs);
    }

    static Summary run(SimulationConfig config, Path out, ExogenousInputs inputs) throws IOException {
        long started = System.nanoTime();
        LOG.info("Simulating seed {}: {} miners, {} days, {} threads, into {}", config.seed(), config.miners(), config.days(),
                config.threads(), out);
        Files.createDirectories(out);
        World world = WorldBuilder.build(config, inputs);
        WorkspaceWriter.writeAll(world, out);
        Path truth = out.resolve(GroundTruthCsv.FOLDER);
        GroundTruthWriter.writeHeader(world, truth);
        OutputClock clock = OutputClock.of(world.start(), world.days(), config.telemetryMinutes());

        int failures = 0;
        long counterfactualRows = 0;
        int telemetryFiles = 0;
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), runnable -> {
            Thread thread = new Thread(runnable, "simulator");
            thread.setDaemon(true);
            return thread;
        });
        try (BufferedWriter events = open(out.resolve("events.csv"), EventLog.HEADER);
                BufferedWriter minerDays = open(truth.resolve(GroundTruthCsv.MINER_DAYS_FILE), GroundTruthCsv.MINER_DAYS_HEADER);
                BufferedWriter failureRows = open(truth.resolve(GroundTruthCsv.FAILURES_FILE), GroundTruthCsv.FAILURES_HEADER);
                BufferedWriter counterfactuals = open(truth.resolve(GroundTruthCsv.COUNTERFACTUALS_FILE),
                        GroundTruthCsv.COUNTERFACTUALS_HEADER)) {
            Deque<Future<MinerSimulation.Output>> inFlight = new ArrayDeque<>();
            int next = 0;
            BufferedWriter telemetry = null;
            for (int index = 0; index < world.units().size(); index++) {
                while (next < world.units().size() && inFlight.size() < 2 * config.threads()) {
                    MinerUnit unit = world.units().get(next++);
                    inFlight.add(pool.submit(() -> MinerSimulation.run(world, unit, clock)));
                }
                MinerSimulation.Output output = await(inFlight.removeFirst());
                if (index % MINERS_PER_TELEMETRY_FILE == 0) {
                    if (telemetry != null) {
                        telemetry.close();
                    }
                    telemetryFiles++;
                    telemetry = open(out.resolve(String.format("telemetry-%04d.csv", telemetryFiles)), TelemetryRecorder.HEADER);
                }
                telemetry.append(output.telemetry());
                events.append(output.events());
                minerDays.append(output.minerDays());
                failureRows.append(output.failures());
                counterfactuals.append(output.counterfactuals());
                failures += countLines(output.failures());
                counterfactualRows += countLines(output.counterfactuals());
            }
            if (telemetry != null) {
                telemetry.close();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("Simulated seed {} in {} s: {} failures, {} counterfactual rows", config.seed(), Math.round(seconds), failures,
                counterfactualRows);
        return new Summary(world.units().size(), telemetryFiles, failures, counterfactualRows, seconds);
    }

    private static BufferedWriter open(Path file, String header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file);
        writer.write(header);
        writer.write('\n');
        return writer;
    }

    private static MinerSimulation.Output await(Future<MinerSimulation.Output> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("simulation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("miner simulation failed", e.getCause());
        }
    }

    private static int countLines(CharSequence text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
