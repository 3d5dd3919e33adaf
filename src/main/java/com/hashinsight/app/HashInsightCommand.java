package com.hashinsight.app;

import com.hashinsight.importer.ImportCommand;
import com.hashinsight.importer.StatsCommand;
import com.hashinsight.importer.WorkspaceCommand;
import com.hashinsight.simulation.SimulateCommand;
import com.hashinsight.strategy.CompareCommand;
import com.hashinsight.tokenizer.ExportTrainingSetCommand;
import com.hashinsight.tokenizer.FeatureSpecCommand;
import picocli.CommandLine.Command;

/**
 * Root of the command line. Each feature adds its subcommand class to {@code subcommands}.
 */
@Command(
        name = "hashinsight",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
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
public final class HashInsightCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
