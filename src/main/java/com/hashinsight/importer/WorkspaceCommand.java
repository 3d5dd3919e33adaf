package com.hashinsight.importer;

import com.hashinsight.i18n.Messages;
import com.hashinsight.store.StoreException;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code workspace create} and {@code workspace list}. */
@Command(name = "workspace", resourceBundle = "i18n.importer", mixinStandardHelpOptions = true,
        subcommands = {WorkspaceCommand.Create.class, WorkspaceCommand.ListWorkspaces.class})
public final class WorkspaceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Creates the workspace named by {@code --workspace}. */
    @Command(name = "create", resourceBundle = "i18n.importer", mixinStandardHelpOptions = true)
    static final class Create implements Callable<Integer> {

        @Mixin
        WorkspaceOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Workspaces workspaces = options.workspaces();
            try (Workspace workspace = workspaces.create(options.workspace())) {
                out.println(Messages.get("importer.cli.workspace.created", workspace.name(), workspaces.dataDir()));
                return 0;
            } catch (StoreException e) {
                spec.commandLine().getErr().println(e.getLocalizedMessage());
                return 1;
            }
        }
    }

    /** Lists the workspaces in the data directory. */
    @Command(name = "list", resourceBundle = "i18n.importer", mixinStandardHelpOptions = true)
    static final class ListWorkspaces implements Callable<Integer> {

        @Mixin
        WorkspaceOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Workspaces workspaces = options.workspaces();
            List<String> names = workspaces.list();
            if (names.isEmpty()) {
                out.println(Messages.get("importer.cli.workspace.none", workspaces.dataDir()));
                return 0;
            }
            out.println(Messages.get("importer.cli.workspace.listHeader", workspaces.dataDir()));
            names.forEach(name -> out.println("  " + name));
            return 0;
        }
    }
}
