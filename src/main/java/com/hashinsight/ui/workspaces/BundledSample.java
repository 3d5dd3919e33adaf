package com.hashinsight.ui.workspaces;

import com.hashinsight.importer.ImportResult;
import com.hashinsight.importer.ImportService;
import com.hashinsight.importer.InputFiles;
import com.hashinsight.store.StoreException;
import com.hashinsight.store.Workspace;
import com.hashinsight.ui.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample data shipped with the app, imported like any client's files. It is {@code sample-data/demo}, else
 * {@code sample-data/examples}, in the first of these folders that has one: the folder that the system property
 * {@code hashinsight.home} names, its parent, and the working directory.
 *
 * <p>The installer sets {@code hashinsight.home} to jpackage's {@code $APPDIR} ({@code lib/app} on Linux), and
 * jpackage puts {@code --app-content} folders beside it, in {@code lib/} on Linux, so an installed app finds its
 * sample in the parent. A build run from the project root finds it in the working directory.
 */
public final class BundledSample implements SampleWorkspace {

    /** Workspace name the sample loads under. */
    public static final String NAME = "sample";

    /** System property naming the install folder; the installer sets it. */
    public static final String HOME_PROPERTY = "hashinsight.home";

    private static final Logger log = LoggerFactory.getLogger(BundledSample.class);

    private final Path folder;

    public BundledSample(Path folder) {
        this.folder = folder;
    }

    /**
     * Returns the sample of this installation, or of the source tree when run from a build. When no candidate folder
     * exists it returns an unavailable sample whose folder is the first candidate, so a message can name it.
     */
    public static BundledSample installed() {
        List<Path> roots = new ArrayList<>();
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            Path homeDir = Path.of(home).toAbsolutePath().normalize();
            roots.add(homeDir.resolve("sample-data"));
            if (homeDir.getParent() != null) {
                roots.add(homeDir.getParent().resolve("sample-data"));
            }
        }
        roots.add(Path.of("sample-data").toAbsolutePath());
        for (Path root : roots) {
            for (String name : new String[] {"demo", "examples"}) {
                if (Files.isDirectory(root.resolve(name))) {
                    return new BundledSample(root.resolve(name));
                }
            }
        }
        return new BundledSample(roots.getFirst().resolve("demo"));
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
        importInto(workspace, progress);
    }

    /**
     * Results of importing the sample.
     *
     * @param results  one result per imported file
     * @param skipped  CSV and JSON files (plain or gzipped) of the folder in a format this version cannot detect, left out
     */
    public record Imported(List<ImportResult> results, List<Path> skipped) {

        public Imported {
            results = List.copyOf(results);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Imports the CSV and JSON files of the sample folder, plain or gzipped, into {@code workspace}. A file whose format is not
     * detected is skipped with a warning, so that a sample written for a newer importer still loads.
     *
     * @throws StoreException the first file's error when a file of a detected format could not be imported
     * @throws IOException when the folder cannot be listed
     */
    public Imported importInto(Workspace workspace, Progress progress) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).filter(InputFiles::isImportable).sorted().toList();
        }
        progress.update(0, files.size());
        List<ImportService.Outcome> outcomes = new ImportService(workspace).importFiles(files, null);
        List<ImportResult> results = new ArrayList<>(outcomes.size());
        List<Path> skipped = new ArrayList<>();
        for (ImportService.Outcome outcome : outcomes) {
            if (outcome.format() == null) {
                log.warn("Sample file {} skipped: {}", outcome.file(), outcome.error().getMessage());
                skipped.add(outcome.file());
            } else if (outcome.error() != null) {
                throw outcome.error();
            } else {
                results.add(outcome.result());
            }
        }
        progress.update(files.size(), files.size());
        return new Imported(results, skipped);
    }
}
