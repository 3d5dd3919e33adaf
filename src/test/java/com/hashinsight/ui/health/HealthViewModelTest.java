package com.hashinsight.ui.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.hashinsight.store.Workspace;
import com.hashinsight.ui.Fx;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthViewModelTest {

    @TempDir
    Path dataDirectory;

    private final BackgroundTasks tasks = new BackgroundTasks(2);
    private WorkspaceSession session;
    private HealthViewModel model;

    @BeforeAll
    static void startToolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void openFleet() throws Exception {
        session = new WorkspaceSession(dataDirectory);
        Workspace workspace = session.workspaces().create("health");
        HealthFleet.insertInto(workspace);
        model = Fx.onFx(() -> new HealthViewModel(session, tasks, new RuleBasedHealth()));
        Fx.onFx(() -> session.replace(workspace));
        Fx.waitUntil(() -> model.miners().size() == 5);
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    @Test
    void assessedWorkspaceFillsRows() throws Exception {
        assertEquals(5, Fx.onFx(() -> model.visibleMiners().size()));
        assertEquals(List.of("Pecos West"), Fx.onFx(() -> List.copyOf(model.sites())));
        assertEquals("ui.health.source.rules", Fx.onFx(() -> model.sourceProperty().get().key()));
        assertNull(Fx.onFx(model.messageProperty()::get));
    }

    @Test
    void textFilterMatchesSerialOrRecommendation() throws Exception {
        Fx.onFx(() -> model.filterTextProperty().set("hot"));
        assertEquals(List.of("HOT"), serials());

        Fx.onFx(() -> model.filterTextProperty().set("inspect hashboards"));
        assertEquals(List.of("FAULTY", "SLOW"), serials());
    }

    @Test
    void riskThresholdHidesHealthyMiners() throws Exception {
        // The healthy miners keep the air-cooled prior of 1.6 %; HOT, FAULTY and SLOW are above 2 %.
        Fx.onFx(() -> model.minRisk30dPctProperty().set(2));

        assertEquals(List.of("FAULTY", "HOT", "SLOW"), serials());
    }

    @Test
    void siteFilterKeepsThatSite() throws Exception {
        Fx.onFx(() -> model.siteProperty().set("Elsewhere"));
        assertEquals(List.of(), serials());

        Fx.onFx(() -> model.siteProperty().set("Pecos West"));
        assertEquals(5, serials().size());
    }

    @Test
    void closingWorkspaceClearsRows() throws Exception {
        Fx.onFx(session::closeCurrent);

        assertEquals(0, Fx.onFx(() -> model.miners().size()));
        assertEquals("ui.health.noWorkspace", Fx.onFx(() -> model.messageProperty().get().key()));
    }

    private List<String> serials() throws Exception {
        return Fx.onFx(() -> model.visibleMiners().stream().map(MinerHealth::serial).toList());
    }
}
