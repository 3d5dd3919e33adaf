package com.hashinsight.ui.workspaces;

import com.hashinsight.ui.Fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.store.Workspace;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import com.hashinsight.ui.task.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacesViewModelTest {

    @TempDir
    Path dataDirectory;

    private final BackgroundTasks tasks = new BackgroundTasks(1);
    private WorkspaceSession session;

    @BeforeAll
    static void startToolkit() throws Exception {
        Fx.startToolkit();
    }

    @AfterEach
    void close() {
        tasks.close();
        if (session != null) {
            session.close();
        }
    }

    @Test
    void createdWorkspaceIsListedAndOpen() throws Exception {
        WorkspacesViewModel model = model(null);

        Fx.onFx(() -> {
            model.newNameProperty().set("acme");
            model.create();
        });
        Fx.waitUntil(() -> session.current() != null);

        assertEquals("acme", Fx.onFx(model::openName));
        assertEquals(List.of("acme"), Fx.onFx(() -> List.copyOf(model.names())));
        assertEquals("ui.workspaces.created", Fx.onFx(() -> model.messageProperty().get().key()));
    }

    @Test
    void invalidNameIsRejectedWithStoreMessage() throws Exception {
        WorkspacesViewModel model = model(null);

        Fx.onFx(() -> {
            model.newNameProperty().set("no spaces");
            model.create();
        });

        assertEquals("store.workspace.invalidName", Fx.onFx(() -> model.messageProperty().get().key()));
        assertTrue(Fx.onFx(() -> model.names().isEmpty()));
        assertNull(session.current());
    }

    @Test
    void openingAnotherWorkspaceSwitches() throws Exception {
        WorkspacesViewModel model = model(null);
        createAndWait(model, "first");
        createAndWait(model, "second");
        Workspace second = session.current();

        Fx.onFx(() -> model.open("first"));
        Fx.waitUntil(() -> "first".equals(model.openName()));

        assertEquals(List.of("first", "second"), Fx.onFx(() -> List.copyOf(model.names())));
        assertFalse(second == session.current());
    }

    @Test
    void deletingOpenWorkspaceClosesIt() throws Exception {
        WorkspacesViewModel model = model(null);
        createAndWait(model, "acme");

        Fx.onFx(() -> model.delete("acme"));

        assertNull(session.current());
        assertTrue(Fx.onFx(() -> model.names().isEmpty()));
        assertFalse(session.workspaces().exists("acme"));
    }

    @Test
    void sampleIsOfferedOnlyOnFirstRun() throws Exception {
        WorkspacesViewModel model = model(new EmptySample());
        assertTrue(Fx.onFx(() -> model.offerSampleProperty().get()));

        Fx.onFx(model::loadSample);
        Fx.waitUntil(() -> session.current() != null);

        assertEquals("sample", Fx.onFx(model::openName));
        assertFalse(Fx.onFx(() -> model.offerSampleProperty().get()));
    }

    @Test
    void sampleIsNotOfferedWithoutSampleData() throws Exception {
        WorkspacesViewModel model = model(null);

        assertFalse(Fx.onFx(() -> model.offerSampleProperty().get()));
    }

    private WorkspacesViewModel model(SampleWorkspace sample) throws Exception {
        session = new WorkspaceSession(dataDirectory);
        return Fx.onFx(() -> new WorkspacesViewModel(session, tasks, sample));
    }

    private void createAndWait(WorkspacesViewModel model, String name) throws Exception {
        Fx.onFx(() -> {
            model.newNameProperty().set(name);
            model.create();
        });
        Fx.waitUntil(() -> name.equals(model.openName()));
    }

    /** Sample that creates the workspace without importing, to test when the offer shows. */
    private static final class EmptySample implements SampleWorkspace {
        @Override
        public String name() {
            return "sample";
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public void loadInto(Workspace workspace, Progress progress) {
            progress.update(1, 1);
        }
    }
}
