package com.hashinsight.tokenizer;

import com.hashinsight.simulation.Candidate;
import com.hashinsight.simulation.GroundTruthWorld;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The content of a training set's {@code meta.json}: worlds, one entry per row, label definitions. */
final class ExportMeta {

    /** One exported world. */
    static final class World {
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final List<String> skippedFiles = new ArrayList<>();
        private final Map<String, Long> rejectedRows = new TreeMap<>();

        List<String> skippedFiles() {
            return skippedFiles;
        }

        Map<String, Long> rejectedRows() {
            return rejectedRows;
        }

        void setRows(int rows) {
            fields.put("rows", rows);
        }
    }

    private final List<World> worlds = new ArrayList<>();
    private final List<Integer> rowWorld = new ArrayList<>();
    private final List<String> rowSerial = new ArrayList<>();
    private final List<Integer> rowDay = new ArrayList<>();
    private final List<String> rowScoringTime = new ArrayList<>();
    private final List<Long> rowSplit = new ArrayList<>();

    World addWorld(int index, Path folder, GroundTruthWorld header) {
        World world = new World();
        world.fields.put("index", index);
        world.fields.put("path", folder.toString());
        world.fields.put("seed", header.seed());
        world.fields.put("start_date", header.startDate().toString());
        world.fields.put("days", header.days());
        world.fields.put("telemetry_minutes", header.telemetryMinutes());
        world.fields.put("counterfactual_anchor_days", header.anchorDays());
        world.fields.put("candidate_ids", header.candidates().stream().map(Candidate::id).toList());
        world.fields.put("skipped_files", world.skippedFiles);
        world.fields.put("rejected_rows", world.rejectedRows);
        worlds.add(world);
        return world;
    }

    void addRow(int world, String serial, int day, Instant scoringTime, long split) {
        rowWorld.add(world);
        rowSerial.add(serial);
        rowDay.add(day);
        rowScoringTime.add(scoringTime.toString());
        rowSplit.add(split);
    }

    int rows() {
        return rowWorld.size();
    }

    /** Returns meta.json's content. */
    Map<String, Object> describe(WindowRule rule, int maxTokens, int candidates, int anchorEveryDays,
            Map<String, List<Integer>> shapes) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("feature_spec_version", FeatureSpec.VERSION);
        meta.put("spec_fingerprint", FeatureSpec.fingerprint(rule, maxTokens));
        meta.put("rows", rows());
        meta.put("l_s", maxTokens);
        meta.put("n_candidates", candidates);
        meta.put("widths", FeatureSpec.widths());
        meta.put("anchor_every_days", anchorEveryDays);
        Map<String, Object> files = new LinkedHashMap<>();
        shapes.forEach((name, shape) -> files.put(name + ".npy", shape));
        meta.put("row_shapes", files);
        meta.put("labels", labelDefinitions());
        meta.put("split", "split.npy: 0 train, 1 validation; a miner goes to validation when "
                + "fnv1a_32(seed + ':' + serial) mod 10 == 0, so all its rows share one split");
        meta.put("scoring_time", "anchor day 00:00 UTC minus 0 to 355 minutes in 5-minute steps, "
                + "fnv1a_32(seed + ':' + serial + ':' + day) mod 72 steps; tokens use rows strictly before it");
        meta.put("worlds", worlds.stream().map(world -> world.fields).toList());
        Map<String, Object> entities = new LinkedHashMap<>();
        entities.put("world", rowWorld);
        entities.put("serial", rowSerial);
        entities.put("day", rowDay);
        entities.put("scoring_time", rowScoringTime);
        entities.put("split", rowSplit);
        meta.put("entities", entities);
        return meta;
    }

    private static Map<String, String> labelDefinitions() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("y_fail", "failed_within_7d, failed_within_30d of the anchor day in the real run (0/1)");
        labels.put("y_hazard", "p_fail_7d, p_fail_30d of the anchor day: the simulator's true probabilities");
        labels.put("y_value", "30-day counterfactual net profit per candidate, USD per nominal TH/s; NaN on padding, on "
                + "days without counterfactual runs and where the candidate does not apply");
        labels.put("y_risk", "30-day counterfactual downtime hours / 720 per candidate, clipped to 0..1; NaN as y_value");
        labels.put("y_cand_fail", "[N, 2]: 1 when the counterfactual run had a failure within 7 / 30 days; NaN as y_value");
        labels.put("y_cand_profit", "[N, 3]: counterfactual net profit at 30 / 90 / 365 days, USD per nominal TH/s; "
                + "NaN where the simulator ran no such horizon");
        labels.put("y_profit", "real-run net profit over 30 / 90 / 365 days from the anchor day, USD per nominal TH/s; "
                + "NaN when the written days end earlier");
        labels.put("scenario", "ns_num scenario columns hold the realised next 30 days (mean BTC price, difficulty "
                + "growth) and the miner's current power ratio; inference fills them from the user's sliders");
        return labels;
    }
}
