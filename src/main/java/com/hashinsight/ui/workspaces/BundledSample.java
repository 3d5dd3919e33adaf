package com.hashinsight.ui.workspaces;

import com.hashinsight.importer.ImportService;
import com.hashinsight.store.Workspace;
import com.hashinsight.ui.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample data shipped with the app, imported like any client's files. It is looked up in
 * {@code sample-data/demo}, else {@code sample-data/examples}, under the install folder that the system property
 * {@code hashinsight.home} names (set by the installer), else under the working directory.
 */
public final class BundledSample implements SampleWorkspace {

    /** Workspace name the sample loads under. */
    public static final String NAME = "sample";

    private final Path folder;

    public BundledSample(Path folder) {
        this.folder = folder;
    }

    /** Returns the sample of this installation, or of the source tree when run from a build. */
    public static BundledSample installed() {
        String home = System.getProperty("hashinsight.home");
        Path root = home == null ? Path.of("sample-data") : Path.of(home, "sample-data");
        Path demo = root.resolve("demo");
        return new BundledSample(Files.isDirectory(demo) ? demo : root.resolve("examples"));
    }

    public Path folder() {
        return folder;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean available() {
        return Files.isDirectory(folder);
    }

    @Override
    public void loadInto(Workspace workspace, Progress progress) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        progress.update(0, files.size());
        List<ImportService.Outcome> outcomes = new ImportService(workspace).importFiles(files, null);
        for (ImportService.Outcome outcome : outcomes) {
            if (outcome.error() != null) {
                throw outcome.error();
            }
        }
        progress.update(files.size(), files.size());
    }
}
