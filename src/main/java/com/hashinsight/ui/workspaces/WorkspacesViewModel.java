package com.hashinsight.ui.workspaces;

import com.hashinsight.store.StoreException;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Workspaces screen state: the workspace names in the data directory, and create, open, switch and delete.
 * Opening runs in the background because it may migrate the schema.
 */
public final class WorkspacesViewModel {

    private final WorkspaceSession session;
    private final BackgroundTasks tasks;
    private final SampleWorkspace sample;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalizedText> message = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanProperty sampleAvailable = new SimpleBooleanProperty();

    /**
     * @param sample the bundled sample workspace; null when this build has none to offer
     */
    public WorkspacesViewModel(WorkspaceSession session, BackgroundTasks tasks, SampleWorkspace sample) {
        this.session = session;
        this.tasks = tasks;
        this.sample = sample;
        refresh();
    }

    public ObservableList<String> names() {
        return names;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** Outcome of the last action, or its error. */
    public ObjectProperty<LocalizedText> messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True on a first run: no workspace exists yet and the sample data is installed. */
    public BooleanBinding offerSampleProperty() {
        return Bindings.isEmpty(names).and(sampleAvailable).and(busy.not());
    }

    /** Name of the open workspace; null when none is open. */
    public String openName() {
        Workspace current = session.current();
        return current == null ? null : current.name();
    }

    /** Reads the workspace names from the data directory again. */
    public void refresh() {
        try {
            names.setAll(session.workspaces().list());
        } catch (StoreException e) {
            names.clear();
            message.set(text(e));
        }
        sampleAvailable.set(sample != null && sample.available());
    }

    /** Creates a workspace named {@link #newNameProperty()} and opens it. */
    public void create() {
        String name = newName.get() == null ? "" : newName.get().strip();
        try {
            Workspaces.requireValidName(name);
        } catch (StoreException e) {
            message.set(text(e));
            return;
        }
        run(LocalizedText.of("ui.workspaces.task.create", name), () -> session.workspaces().create(name),
                LocalizedText.of("ui.workspaces.created", name));
        newName.set("");
    }

    /** Opens {@code name}, closing the workspace open before; doing nothing when it is open already. */
    public void open(String name) {
        if (name == null || name.equals(openName())) {
            return;
        }
        run(LocalizedText.of("ui.workspaces.task.open", name), () -> session.workspaces().open(name),
                LocalizedText.of("ui.workspaces.opened", name));
    }

    /** Deletes {@code name} and its files; the view asks the user to confirm first. */
    public void delete(String name) {
        if (name == null) {
            return;
        }
        if (name.equals(openName())) {
            session.closeCurrent();
        }
        try {
            session.workspaces().delete(name);
            message.set(LocalizedText.of("ui.workspaces.deleted", name));
        } catch (StoreException e) {
            message.set(text(e));
        }
        refresh();
    }

    /** Creates the sample workspace, loads the sample data into it and opens it. */
    public void loadSample() {
        if (sample == null || !sample.available()) {
            return;
        }
        busy.set(true);
        tasks.submit(LocalizedText.of("ui.workspaces.task.sample"), progress -> {
            Workspace workspace = session.workspaces().openOrCreate(sample.name());
            try {
                sample.loadInto(workspace, progress);
            } catch (Exception | Error e) {
                workspace.close();
                throw e;
            }
            return workspace;
        }, workspace -> finish(workspace, LocalizedText.of("ui.workspaces.sampleLoaded", workspace.name())), this::fail);
    }

    private interface Opening {
        Workspace open();
    }

    private void run(LocalizedText title, Opening opening, LocalizedText success) {
        busy.set(true);
        tasks.submit(title, progress -> opening.open(), workspace -> finish(workspace, success), this::fail);
    }

    private void finish(Workspace workspace, LocalizedText success) {
        busy.set(false);
        session.replace(workspace);
        message.set(success);
        refresh();
        selected.set(workspace.name());
    }

    private void fail(Throwable error) {
        busy.set(false);
        message.set(error instanceof StoreException store ? text(store)
                : LocalizedText.of("app.error.unexpected", String.valueOf(error.getMessage())));
        refresh();
    }

    private static LocalizedText text(StoreException e) {
        List<Object> args = Arrays.asList(e.args());
        return new LocalizedText(e.key(), args);
    }
}
