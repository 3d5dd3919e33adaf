package com.hashinsight.ui.workspaces;

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
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class WorkspacesViewModelTest {

    @TempDir
    Path dataDirectory;

    private final BackgroundTasks tasks = new BackgroundTasks(1);
    private WorkspaceSession session;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
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

        onFx(() -> {
            model.newNameProperty().set("acme");
            model.create();
        });
        waitUntil(() -> session.current() != null);

        assertEquals("acme", onFx(model::openName));
        assertEquals(List.of("acme"), onFx(() -> List.copyOf(model.names())));
        assertEquals("ui.workspaces.created", onFx(() -> model.messageProperty().get().key()));
    }

    @Test
    void invalidNameIsRejectedWithStoreMessage() throws Exception {
        WorkspacesViewModel model = model(null);

        onFx(() -> {
            model.newNameProperty().set("no spaces");
            model.create();
        });

        assertEquals("store.workspace.invalidName", onFx(() -> model.messageProperty().get().key()));
        assertTrue(onFx(() -> model.names().isEmpty()));
        assertNull(session.current());
    }

    @Test
    void openingAnotherWorkspaceSwitches() throws Exception {
        WorkspacesViewModel model = model(null);
        createAndWait(model, "first");
        createAndWait(model, "second");
        Workspace second = session.current();

        onFx(() -> model.open("first"));
        waitUntil(() -> "first".equals(model.openName()));

        assertEquals(List.of("first", "second"), onFx(() -> List.copyOf(model.names())));
        assertFalse(second == session.current());
    }

    @Test
    void deletingOpenWorkspaceClosesIt() throws Exception {
        WorkspacesViewModel model = model(null);
        createAndWait(model, "acme");

        onFx(() -> model.delete("acme"));

        assertNull(session.current());
        assertTrue(onFx(() -> model.names().isEmpty()));
        assertFalse(session.workspaces().exists("acme"));
    }

    @Test
    void sampleIsOfferedOnlyOnFirstRun() throws Exception {
        WorkspacesViewModel model = model(new EmptySample());
        assertTrue(onFx(() -> model.offerSampleProperty().get()));

        onFx(model::loadSample);
        waitUntil(() -> session.current() != null);

        assertEquals("sample", onFx(model::openName));
        assertFalse(onFx(() -> model.offerSampleProperty().get()));
    }

    @Test
    void sampleIsNotOfferedWithoutSampleData() throws Exception {
        WorkspacesViewModel model = model(null);

        assertFalse(onFx(() -> model.offerSampleProperty().get()));
    }

    private WorkspacesViewModel model(SampleWorkspace sample) throws Exception {
        session = new WorkspaceSession(dataDirectory);
        return onFx(() -> new WorkspacesViewModel(session, tasks, sample));
    }

    private void createAndWait(WorkspacesViewModel model, String name) throws Exception {
        onFx(() -> {
            model.newNameProperty().set(name);
            model.create();
        });
        waitUntil(() -> name.equals(model.openName()));
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

    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(condition));
    }
}
