package com.hashinsight.importer;

import com.hashinsight.i18n.Messages;
import com.hashinsight.store.StoreException;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.WorkspaceStats;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stats}: rows per table, time ranges and rejected-row counts of a workspace. */
@Command(name = "stats", resourceBundle = "i18n.importer", mixinStandardHelpOptions = true)
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = options.workspaces().open(options.workspace())) {
            WorkspaceStats stats = workspace.stats();
            out.println(Messages.get("importer.cli.stats.header", workspace.name(), workspace.databaseBase()));
            for (WorkspaceStats.TableStats table : stats.tables()) {
                if (table.range() == null) {
                    out.println(Messages.get("importer.cli.stats.table", table.table(), table.rows()));
                } else {
                    out.println(Messages.get("importer.cli.stats.tableRange", table.table(), table.rows(), table.range().first(),
                            table.range().last()));
                }
            }
            out.println(Messages.get("importer.cli.stats.batches", stats.batches(), stats.rejectedRows()));
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println(e.getLocalizedMessage());
            return 1;
        }
    }
}
