package com.hashinsight.ui.imports;

import com.hashinsight.importer.ImportResult;
import com.hashinsight.importer.ImportService;
import com.hashinsight.store.RejectedRow;
import com.hashinsight.store.StoreException;
import com.hashinsight.store.Workspace;
import com.hashinsight.ui.CsvWriter;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Import screen state: the files picked or dropped, one import task over all of them, and the outcome of each
 * file with its rejected rows. Each file imports in its own transaction, so a failed or cancelled file stores
 * nothing and the files before it stay imported.
 */
public final class ImportViewModel {

    /**
     * Outcome of one file.
     *
     * @param file    the file
     * @param format  detected format id; null when detection failed
     * @param result  the import result; null when the file failed as a whole
     * @param error   why the file failed as a whole; null on success
     */
    public record FileOutcome(Path file, String format, ImportResult result, LocalizedText error) {
    }

    private final WorkspaceSession session;
    private final BackgroundTasks tasks;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<FileOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
    private final ObjectProperty<FileOutcome> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalizedText> message = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();

    public ImportViewModel(WorkspaceSession session, BackgroundTasks tasks) {
        this.session = session;
        this.tasks = tasks;
        selected.addListener((obs, old, outcome) -> rejected.setAll(
                outcome == null || outcome.result() == null ? List.of() : outcome.result().report()));
        session.currentProperty().addListener((obs, old, workspace) -> {
            outcomes.clear();
            selected.set(null);
        });
    }

    /** Files waiting to be imported. */
    public ObservableList<Path> files() {
        return files;
    }

    /** Outcome per file of the last import, in import order. */
    public ObservableList<FileOutcome> outcomes() {
        return outcomes;
    }

    /** Rejected rows of the selected outcome. */
    public ObservableList<RejectedRow> rejected() {
        return rejected;
    }

    public ObjectProperty<FileOutcome> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalizedText> messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Adds files to the list, skipping ones already in it. */
    public void addFiles(List<Path> paths) {
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!files.contains(absolute)) {
                files.add(absolute);
            }
        }
    }

    /** Imports every listed file into the open workspace in the background. */
    public void importAll() {
        Workspace workspace = session.current();
        if (workspace == null) {
            message.set(LocalizedText.of("ui.import.noWorkspace"));
            return;
        }
        if (files.isEmpty() || running.get()) {
            return;
        }
        List<Path> batch = List.copyOf(files);
        running.set(true);
        message.set(null);
        tasks.submit(LocalizedText.of("ui.import.task", batch.size()), progress -> {
            ImportService service = new ImportService(workspace);
            List<FileOutcome> results = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                progress.update(i, batch.size());
                progress.checkCancelled();
                results.add(importOne(service, batch.get(i), progress::isCancelled));
            }
            progress.update(batch.size(), batch.size());
            return results;
        }, results -> {
            running.set(false);
            outcomes.setAll(results);
            files.clear();
            long accepted = results.stream().filter(o -> o.result() != null).mapToLong(o -> o.result().accepted()).sum();
            long rejectedRows = results.stream().filter(o -> o.result() != null).mapToLong(o -> o.result().rejected()).sum();
            message.set(LocalizedText.of("ui.import.done", results.size(), accepted, rejectedRows));
            results.stream().filter(o -> o.result() != null && o.result().rejected() > 0).findFirst()
                    .or(() -> results.stream().findFirst()).ifPresent(selected::set);
        }, error -> {
            running.set(false);
            message.set(LocalizedText.of("ui.import.failed", String.valueOf(error.getMessage())));
        });
    }

    private static FileOutcome importOne(ImportService service, Path file, java.util.function.BooleanSupplier cancelled) {
        try {
            ImportResult result = service.importFile(file, null, cancelled);
            return new FileOutcome(file, result.format().id(), result, null);
        } catch (StoreException e) {
            return new FileOutcome(file, null, null, new LocalizedText(e.key(), Arrays.asList(e.args())));
        }
    }

    /** Writes the rejected rows of the selected file to {@code target} as CSV, with formula-like cells escaped. */
    public void exportRejected(Path target, Locale locale) {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(out);
            csv.row(List.of("line", "field", "value", "reason"));
            for (RejectedRow row : rejected) {
                csv.row(Arrays.asList(String.valueOf(row.line()), row.field(), row.value(), row.reason(locale)));
            }
            message.set(LocalizedText.of("ui.import.exported", rejected.size(), target));
        } catch (IOException e) {
            message.set(LocalizedText.of("ui.actions.error.export", target, e.getMessage()));
        }
    }
}
