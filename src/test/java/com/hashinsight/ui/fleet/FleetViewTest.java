package com.hashinsight.ui.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hashinsight.store.Workspace;
import com.hashinsight.ui.SmallFleet;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import eu.hansolo.tilesfx.Tile;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FleetViewTest {

    private static final double TOLERANCE = 1e-6;

    @TempDir
    Path dataDirectory;

    private BackgroundTasks tasks;
    private WorkspaceSession session;

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks(1);
        session = new WorkspaceSession(dataDirectory);
        stage.setScene(new Scene(new FleetView(new FleetViewModel(session, tasks)).root(), 1100, 700));
        stage.show();
    }

    @Stop
    void stop() {
        tasks.close();
        session.close();
    }

    @Test
    void openingWorkspaceFillsTilesAndSites(FxRobot robot) throws Exception {
        Workspace workspace = session.workspaces().create("fleet");
        SmallFleet.insertInto(workspace);

        robot.interact(() -> session.replace(workspace));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tile-hashrate").tryQuery().isPresent());
        // The tiles appear before the table is filled in the same FX event, so let that event finish.
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0.3, robot.lookup("#tile-hashrate").queryAs(Tile.class).getValue(), TOLERANCE);
        assertEquals(200.0 / 3, robot.lookup("#tile-uptime").queryAs(Tile.class).getValue(), TOLERANCE);
        assertEquals(2, robot.lookup("#tile-health").queryAs(Tile.class).getChartData().size());
        assertEquals(1, robot.lookup("#fleet-sites").queryAs(TableView.class).getItems().size());
    }
}
