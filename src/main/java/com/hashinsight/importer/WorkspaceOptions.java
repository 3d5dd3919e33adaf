package com.hashinsight.importer;

import com.hashinsight.store.Workspaces;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --workspace} and {@code --data-dir} options every workspace command takes. */
public final class WorkspaceOptions {

    /** Workspace used when {@code --workspace} is not given. */
    public static final String DEFAULT_WORKSPACE = "default";

    @Option(names = "--workspace", paramLabel = "NAME", defaultValue = DEFAULT_WORKSPACE, descriptionKey = "importer.cli.option.workspace")
    String workspace = DEFAULT_WORKSPACE;

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "importer.cli.option.dataDir")
    Path dataDir;

    /** Returns the workspaces under {@code --data-dir}, or under {@link Workspaces#defaultDataDir()}. */
    public Workspaces workspaces() {
        return new Workspaces(dataDir != null ? dataDir : Workspaces.defaultDataDir());
    }

    public String workspace() {
        return workspace;
    }
}
