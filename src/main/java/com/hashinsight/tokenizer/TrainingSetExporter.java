package com.hashinsight.tokenizer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.hashinsight.simulation.GroundTruthReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a training set from simulated worlds: the tensors of {@code docs/model-io.md}, the feature
 * spec and {@code meta.json}. The same worlds and options give the same bytes.
 */
public final class TrainingSetExporter {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingSetExporter.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What to export.
     *
     * @param worlds           simulator output folders, each with a {@code ground-truth} subfolder
     * @param out              output folder; created when missing, its files replaced
     * @param anchorEveryDays  days between anchor days per miner, positive; the world's counterfactual anchor days are added
     * @param maxTokens        L_S of the written tensors, positive
     */
    public record Options(List<Path> worlds, Path out, int anchorEveryDays, int maxTokens) {
        public Options {
            worlds = List.copyOf(worlds);
            Objects.requireNonNull(out, "out");
            if (worlds.isEmpty()) {
                throw new IllegalArgumentException("at least one world folder is needed");
            }
            if (anchorEveryDays < 1) {
                throw new IllegalArgumentException("anchorEveryDays must be at least 1, got " + anchorEveryDays);
            }
            if (maxTokens < 1) {
                throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
            }
        }
    }

    /**
     * Result counts.
     *
     * @param rows        B, rows written
     * @param candidates  N, candidate slots per row
     */
    public record Summary(int rows, int candidates) {
    }

    /**
     * Exports the worlds of {@code options}.
     *
     * @throws IOException when a world cannot be read or imported, or the output cannot be written
     */
    public Summary export(Options options) throws IOException {
        List<GroundTruthReader> truths = new ArrayList<>();
        int candidates = 0;
        for (Path world : options.worlds()) {
            GroundTruthReader truth = GroundTruthReader.open(world);
            truths.add(truth);
            candidates = Math.max(candidates, truth.world().candidates().size());
        }
        Files.createDirectories(options.out());
        SequenceBuilder builder = new SequenceBuilder(WindowRule.DEFAULT, options.maxTokens());
        WorldExporter worldExporter = new WorldExporter(builder, options.anchorEveryDays(), candidates);
        ExportMeta meta = new ExportMeta();
        LOG.info("Exporting a training set from {} worlds to {} (L_S {}, N {})", truths.size(), options.out(),
                options.maxTokens(), candidates);

        java.util.Map<String, List<Integer>> shapes;
        try (TrainingTensors tensors = TrainingTensors.open(options.out(), options.maxTokens(), candidates)) {
            for (int i = 0; i < truths.size(); i++) {
                worldExporter.export(i, options.worlds().get(i), truths.get(i), tensors, meta);
            }
            shapes = tensors.shapes();
        }
        FeatureSpec.write(options.out().resolve("feature-spec.json"), builder.rule(), options.maxTokens());
        String metaJson = JSON.writeValueAsString(meta.describe(builder.rule(), options.maxTokens(), candidates,
                options.anchorEveryDays(), shapes));
        Files.writeString(options.out().resolve("meta.json"), metaJson + "\n", StandardCharsets.UTF_8);
        LOG.info("Exported {} rows to {}", meta.rows(), options.out());
        return new Summary(meta.rows(), candidates);
    }
}
