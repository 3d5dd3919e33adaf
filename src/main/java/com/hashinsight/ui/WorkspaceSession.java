package com.hashinsight.ui;

import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open client workspace, shared by every screen: screens listen to {@link #currentProperty()} and reload
 * when it changes. At most one workspace is open, so no screen can mix two clients' data.
 *
 * <p>Change it on the FX thread only. Opening a workspace (which may migrate its schema) belongs on a
 * background thread; the result is then handed to {@link #replace}.
 */
public final class WorkspaceSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceSession.class);

    private final ReadOnlyObjectWrapper<Workspace> current = new ReadOnlyObjectWrapper<>();
    private Workspaces workspaces;

    public WorkspaceSession(Path dataDirectory) {
        this.workspaces = new Workspaces(dataDirectory);
    }

    /** The workspaces of the current data directory. */
    public Workspaces workspaces() {
        return workspaces;
    }

    /** Open workspace; null when none is open. */
    public ReadOnlyObjectProperty<Workspace> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Workspace current() {
        return current.get();
    }

    /** Makes {@code opened} the open workspace and closes the one it replaces. */
    public void replace(Workspace opened) {
        Workspace previous = current.get();
        current.set(opened);
        if (previous != null && previous != opened) {
            previous.close();
        }
        log.info("Open workspace is now {}", opened == null ? "none" : opened.name());
    }

    /** Closes the open workspace, if any. */
    public void closeCurrent() {
        replace(null);
    }

    /** Closes the open workspace and switches to the workspaces under {@code dataDirectory}. */
    public void changeDataDirectory(Path dataDirectory) {
        if (!dataDirectory.toAbsolutePath().normalize().equals(workspaces.dataDir())) {
            closeCurrent();
            workspaces = new Workspaces(dataDirectory);
        }
    }

    @Override
    public void close() {
        closeCurrent();
    }
}
