package com.hashinsight.tokenizer;

import com.hashinsight.fleet.MarketSnapshot;
import com.hashinsight.importer.ImportService;
import com.hashinsight.simulation.Candidate;
import com.hashinsight.simulation.CounterfactualRecord;
import com.hashinsight.simulation.GroundTruthReader;
import com.hashinsight.simulation.GroundTruthWorld;
import com.hashinsight.simulation.MinerDayRecord;
import com.hashinsight.simulation.MinerPlanRecord;
import com.hashinsight.simulation.PowerMode;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the training rows of one simulated world: imports its files into a temporary workspace
 * through the real importers, builds tokens per miner and anchor day from rows strictly before the
 * scoring time, and takes labels from the ground truth at and after it.
 */
final class WorldExporter {

    private static final Logger LOG = LoggerFactory.getLogger(WorldExporter.class);
    private static final Duration DAY = Duration.ofDays(1);
    /** Scoring times fall 0 to 5 h 55 min before the anchor day's 00:00 UTC, in 5-minute steps. */
    private static final int OFFSET_STEPS = 72;
    private static final Duration OFFSET_STEP = Duration.ofMinutes(5);
    /** One miner in this many goes to the validation split. */
    private static final int VALIDATION_EVERY = 10;
    private static final double HOURS_PER_DAY = 24.0;

    private final SequenceBuilder builder;
    private final int anchorEveryDays;
    private final int candidates;

    WorldExporter(SequenceBuilder builder, int anchorEveryDays, int candidates) {
        this.builder = builder;
        this.anchorEveryDays = anchorEveryDays;
        this.candidates = candidates;
    }

    /** Writes the world's rows to {@code tensors} and records them in {@code meta}. */
    void export(int worldIndex, Path worldFolder, GroundTruthReader truth, TrainingTensors tensors, ExportMeta meta)
            throws IOException {
        Path temporary = Files.createTempDirectory("hashinsight-export-");
        try (Workspace workspace = new Workspaces(temporary).create("world")) {
            ExportMeta.World world = meta.addWorld(worldIndex, worldFolder, truth.world());
            importFiles(workspace, worldFolder, world);
            exportRows(worldIndex, workspace, truth, tensors, meta, world);
        } finally {
            deleteRecursively(temporary);
        }
    }

    private static void importFiles(Workspace workspace, Path worldFolder, ExportMeta.World world) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(worldFolder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        for (ImportService.Outcome outcome : new ImportService(workspace).importFiles(files, null)) {
            if (outcome.error() != null && outcome.format() == null) {
                // A world folder may hold notes or extra files; they are listed in meta.json instead of failing the export.
                LOG.warn("Skipped {}: no importer detects its format", outcome.file());
                world.skippedFiles().add(outcome.file().getFileName().toString());
            } else if (outcome.error() != null) {
                throw new IOException("importing " + outcome.file() + " failed: " + outcome.error().getMessage(), outcome.error());
            } else if (outcome.result().rejected() > 0) {
                LOG.warn("{} rows of {} were rejected on import", outcome.result().rejected(), outcome.file());
                world.rejectedRows().put(outcome.file().getFileName().toString(), outcome.result().rejected());
            }
        }
    }

    private void exportRows(int worldIndex, Workspace workspace, GroundTruthReader truth, TrainingTensors tensors,
            ExportMeta meta, ExportMeta.World world) throws IOException {
        GroundTruthWorld header = truth.world();
        TrainingLabels labels = new TrainingLabels(truth);
        WorkspaceHistories histories = new WorkspaceHistories(workspace);
        List<MarketSnapshot> snapshots = workspace.market().snapshots(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
        MarketHistory market = new MarketHistory(snapshots);
        Instant start = header.startDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant historyStart = start.minus(Duration.ofDays(builder.rule().dailyDays() + 3L));
        Instant end = start.plus(Duration.ofDays(header.days()));
        List<Integer> anchorDays = anchorDays(header);

        List<String> serials = new ArrayList<>(histories.serials());
        serials.sort(Comparator.naturalOrder());
        int rows = 0;
        for (String serial : serials) {
            MinerPlanRecord plan = labels.plan(serial);
            if (plan == null) {
                LOG.warn("Miner {} has no ground-truth plan; it gets no rows", serial);
                continue;
            }
            EntityHistory history = histories.load(serial, historyStart, end);
            for (int day : anchorDays) {
                MinerDayRecord labelDay = labels.day(serial, day);
                if (labelDay == null) {
                    continue;
                }
                Instant scoringTime = start.plus(DAY.multipliedBy(day)).minus(OFFSET_STEP.multipliedBy(offsetSteps(header, serial, day)));
                long split = FeatureHash.bucket(header.seed() + ":" + serial, VALIDATION_EVERY) == 0 ? 1 : 0;
                tensors.write(row(header, labels, histories, market, history, plan, labelDay, day, scoringTime, split));
                meta.addRow(worldIndex, serial, day, scoringTime, split);
                rows++;
            }
        }
        world.setRows(rows);
        LOG.info("Exported {} rows from world seed {} ({} miners, {} anchor days)", rows, header.seed(), serials.size(),
                anchorDays.size());
    }

    private TrainingTensors.Row row(GroundTruthWorld header, TrainingLabels labels, WorkspaceHistories histories,
            MarketHistory market, EntityHistory history, MinerPlanRecord plan, MinerDayRecord labelDay, int day,
            Instant scoringTime, long split) {
        SimulatorCandidates.Operation current = currentOperation(labels, plan, day);
        Instant dayStart = header.startDate().plusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant();
        STokenSequence tokens = builder.build(history, scoringTime);
        float[] context = ContextEncoder.encode(history, tokens, MarketState.at(market, scoringTime),
                TrainingScenario.realised(market, dayStart, current.powerRatio()));

        List<float[]> candidateRows = new ArrayList<>();
        for (Candidate candidate : header.candidates()) {
            CandidateInput input = SimulatorCandidates.toInput(candidate, current, histories::site,
                    site -> histories.contractAt(site.id(), scoringTime));
            candidateRows.add(CandidateEncoder.encode(history, input, scoringTime));
        }
        long[] kinds = header.candidates().stream().mapToLong(c -> c.kind().code()).toArray();
        TokenBatch packed = TokenBatch.pack(List.of(tokens), List.of(context), List.of(candidateRows), List.of(kinds),
                builder.maxTokens(), candidates);

        double nominalThs = plan.nominalThs();
        float[] yFail = {labelDay.failedWithin7d(), labelDay.failedWithin30d()};
        float[] yHazard = {(float) labelDay.pFail7d(), (float) labelDay.pFail30d()};
        float[] yProfit = new float[TrainingLabels.PROFIT_HORIZONS_DAYS.length];
        for (int h = 0; h < yProfit.length; h++) {
            yProfit[h] = (float) (labels.realisedNetProfitUsd(plan.serial(), day, TrainingLabels.PROFIT_HORIZONS_DAYS[h]) / nominalThs);
        }
        return candidateLabels(header, labels, plan.serial(), day, nominalThs, packed, yFail, yHazard, yProfit, split);
    }

    /** Fills the per-candidate labels; NaN on padding and where no applicable counterfactual exists. */
    private TrainingTensors.Row candidateLabels(GroundTruthWorld header, TrainingLabels labels, String serial, int day,
            double nominalThs, TokenBatch packed, float[] yFail, float[] yHazard, float[] yProfit, long split) {
        int failHorizons = TrainingLabels.FAIL_HORIZONS_DAYS.length;
        int profitHorizons = TrainingLabels.PROFIT_HORIZONS_DAYS.length;
        float[] yValue = nans(candidates);
        float[] yRisk = nans(candidates);
        float[] yCandFail = nans(candidates * failHorizons);
        float[] yCandProfit = nans(candidates * profitHorizons);
        for (int n = 0; n < header.candidates().size(); n++) {
            String id = header.candidates().get(n).id();
            CounterfactualRecord value = labels.counterfactual(serial, day, id, TrainingLabels.VALUE_HORIZON_DAYS);
            if (value != null) {
                yValue[n] = (float) (value.netProfitUsd() / nominalThs);
                double horizonHours = TrainingLabels.VALUE_HORIZON_DAYS * HOURS_PER_DAY;
                yRisk[n] = (float) Math.min(1.0, Math.max(0.0, value.downtimeHours() / horizonHours));
            }
            for (int h = 0; h < failHorizons; h++) {
                CounterfactualRecord row = labels.counterfactual(serial, day, id, TrainingLabels.FAIL_HORIZONS_DAYS[h]);
                if (row != null) {
                    yCandFail[n * failHorizons + h] = row.failures() > 0 ? 1f : 0f;
                }
            }
            for (int h = 0; h < profitHorizons; h++) {
                CounterfactualRecord row = labels.counterfactual(serial, day, id, TrainingLabels.PROFIT_HORIZONS_DAYS[h]);
                if (row != null) {
                    yCandProfit[n * profitHorizons + h] = (float) (row.netProfitUsd() / nominalThs);
                }
            }
        }
        return new TrainingTensors.Row(packed, yFail, yHazard, yValue, yRisk, yCandFail, yCandProfit, yProfit, split);
    }

    /** Days {@code d < days} with {@code d % anchorEveryDays == 0}, plus the world's counterfactual anchor days. */
    private List<Integer> anchorDays(GroundTruthWorld header) {
        TreeSet<Integer> days = new TreeSet<>();
        for (int day = 0; day < header.days(); day += anchorEveryDays) {
            days.add(day);
        }
        for (int day : header.anchorDays()) {
            if (day >= 0 && day < header.days()) {
                days.add(day);
            }
        }
        return List.copyOf(days);
    }

    /** The miner's operation at the start of {@code day}: the previous day's power mode, else the plan's. */
    private static SimulatorCandidates.Operation currentOperation(TrainingLabels labels, MinerPlanRecord plan, int day) {
        MinerDayRecord previous = day > 0 ? labels.day(plan.serial(), day - 1) : null;
        PowerMode mode = previous != null && previous.powerMode() != null ? previous.powerMode() : plan.powerMode();
        return new SimulatorCandidates.Operation(mode, plan.firmware(), plan.curtailmentPolicy());
    }

    private static int offsetSteps(GroundTruthWorld header, String serial, int day) {
        return (int) (Integer.toUnsignedLong(FeatureHash.fnv1a32(header.seed() + ":" + serial + ":" + day)) % OFFSET_STEPS);
    }

    private static float[] nans(int length) {
        float[] values = new float[length];
        Arrays.fill(values, Float.NaN);
        return values;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
