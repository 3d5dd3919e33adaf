package com.hashinsight.ui.workspaces;

import com.hashinsight.store.Workspace;
import com.hashinsight.ui.task.Progress;

/** Fills a new workspace with the bundled sample data, so a first-time user has something to explore. */
public interface SampleWorkspace {

    /** Workspace name the sample is loaded under. */
    String name();

    /** Returns true when the sample data is installed. */
    boolean available();

    /** Imports the sample data into {@code workspace}; runs on a background thread. */
    void loadInto(Workspace workspace, Progress progress) throws Exception;
}
