package com.hashinsight.ui.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.strategy.TestWorkspace;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SiteRankingViewTest {

    private static final int TEST_PATHS = 200;

    @TempDir
    static Path dataDirectory;

    private BackgroundTasks tasks;
    private WorkspaceSession session;

    @BeforeAll
    static void createWorkspace() throws Exception {
        TestWorkspace.create(dataDirectory);
    }

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks(2);
        session = new WorkspaceSession(dataDirectory);
        SiteRankingViewModel model = new SiteRankingViewModel(session, tasks, new SiteRanker(TEST_PATHS));
        stage.setScene(new Scene(new SiteRankingView(model).root(), 1200, 600));
        stage.show();
        session.replace(session.workspaces().open(TestWorkspace.NAME));
    }

    @Stop
    void stop() {
        tasks.close();
        session.close();
    }

    @Test
    void openingWorkspaceRanksFirstClient(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#sites-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("acme", robot.lookup("#sites-client").queryAs(ComboBox.class).getValue());
        assertEquals(1, ((SiteRank) table.getItems().getFirst()).rank());
        String source = robot.lookup("#sites-source").queryAs(Label.class).getText();
        assertTrue(source.startsWith("Fleet placed at each site: 20 × Antminer S21."), source);
        assertTrue(source.contains("Ranked by median net profit"), source);
    }
}
