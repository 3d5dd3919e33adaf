package com.hashinsight.tokenizer;

import com.hashinsight.i18n.Messages;
import com.hashinsight.simulation.GroundTruthFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export-training-set --worlds DIR... --out DIR [--anchor-every-days K] [--max-s-tokens L]}:
 * writes HashTrans training tensors from simulated worlds. Exit code 0 on success, 1 when a world
 * cannot be read or the output cannot be written, 2 for invalid options.
 */
@Command(name = "export-training-set", resourceBundle = "i18n.tokenizer", mixinStandardHelpOptions = true)
public final class ExportTrainingSetCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ExportTrainingSetCommand.class);

    @Option(names = "--worlds", required = true, arity = "1..*", paramLabel = "DIR", descriptionKey = "tokenizer.cli.export.worlds")
    List<Path> worlds;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "tokenizer.cli.export.out")
    Path out;

    @Option(names = "--anchor-every-days", defaultValue = "7", paramLabel = "K", descriptionKey = "tokenizer.cli.export.anchorEvery")
    int anchorEveryDays;

    @Option(names = "--max-s-tokens", defaultValue = "" + SequenceBuilder.DEFAULT_MAX_TOKENS, paramLabel = "L",
            descriptionKey = "tokenizer.cli.export.maxTokens")
    int maxTokens;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TrainingSetExporter.Options options;
        try {
            options = new TrainingSetExporter.Options(worlds, out, anchorEveryDays, maxTokens);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(Messages.get("tokenizer.error.invalidOptions", e.getMessage()));
            return 2;
        }
        try {
            TrainingSetExporter.Summary summary = new TrainingSetExporter().export(options);
            spec.commandLine().getOut().println(Messages.get("tokenizer.export.done", summary.rows(), worlds.size(), out,
                    maxTokens, summary.candidates()));
            return 0;
        } catch (IOException | UncheckedIOException | GroundTruthFormatException e) {
            LOG.error("export-training-set to {} failed", out, e);
            spec.commandLine().getErr().println(Messages.get("tokenizer.export.failed", out, e.getMessage()));
            return 1;
        }
    }
}
