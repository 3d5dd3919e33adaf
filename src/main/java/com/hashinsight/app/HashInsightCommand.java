package com.hashinsight.app;

import com.hashinsight.importer.ImportCommand;
import com.hashinsight.importer.StatsCommand;
import com.hashinsight.importer.WorkspaceCommand;
import com.hashinsight.simulation.SimulateCommand;
import com.hashinsight.store.Workspaces;
import com.hashinsight.strategy.CompareCommand;
import com.hashinsight.tokenizer.ExportTrainingSetCommand;
import com.hashinsight.tokenizer.FeatureSpecCommand;
import com.hashinsight.ui.workspaces.BundledSample;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Root of the command line. Each feature adds its subcommand class to {@code subcommands}. Without a subcommand,
 * {@code --smoke} runs the installer's smoke check and anything else prints the usage.
 */
@Command(
        name = "hashinsight",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = "i18n/app",
        description = "HashInsight Workstation: mining fleet strategy, offline.",
        subcommands = {
            WorkspaceCommand.class,
            ImportCommand.class,
            StatsCommand.class,
            SimulateCommand.class,
            CompareCommand.class,
            FeatureSpecCommand.class,
            ExportTrainingSetCommand.class,
        })
public final class HashInsightCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--smoke", descriptionKey = "app.option.smoke")
    private boolean smoke;

    @Option(names = "--data-dir", descriptionKey = "app.option.dataDir", paramLabel = "DIR")
    private Path dataDir;

    @Override
    public Integer call() {
        if (!smoke) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
        SmokeRun run = new SmokeRun(BundledSample.installed(), spec.commandLine().getOut(), spec.commandLine().getErr());
        return run.run(dataDir != null ? dataDir : Workspaces.defaultDataDir());
    }
}
