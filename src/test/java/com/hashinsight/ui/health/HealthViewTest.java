package com.hashinsight.ui.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.i18n.Messages;
import com.hashinsight.store.Workspace;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
class HealthViewTest {

    @TempDir
    Path dataDirectory;

    private BackgroundTasks tasks;
    private WorkspaceSession session;

    @Start
    void start(Stage stage) throws Exception {
        tasks = new BackgroundTasks(2);
        session = new WorkspaceSession(dataDirectory);
        Workspace workspace = session.workspaces().create("health");
        HealthFleet.insertInto(workspace);
        HealthViewModel model = new HealthViewModel(session, tasks, new RuleBasedHealth());
        stage.setScene(new Scene(new HealthView(model).root(), 1200, 700));
        stage.show();
        session.replace(workspace);
    }

    @Stop
    void stop() {
        tasks.close();
        session.close();
    }

    @Test
    void tableListsRiskiestFirstAndFilters(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#health-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("FAULTY", ((MinerHealth) table.getItems().getFirst()).serial());
        assertTrue(robot.lookup("#health-source").queryAs(Label.class).getText().startsWith("Risk: rule-based estimate"));

        robot.clickOn("#health-filter").write("SLOW");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, table.getItems().size());
        assertEquals("1 of 5 miners", robot.lookup("#health-count").queryAs(Label.class).getText());
    }

    @Test
    void languageSwitchTranslatesFilterChoices(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#health-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        Locale chinese = Locale.forLanguageTag("zh-CN");
        try {
            robot.interact(() -> Messages.setLocale(chinese));
            WaitForAsyncUtils.waitForFxEvents();

            ComboBox<?> site = robot.lookup("#health-site").queryAs(ComboBox.class);
            ComboBox<?> risk = robot.lookup("#health-min-risk").queryAs(ComboBox.class);
            assertNull(site.getValue());
            assertEquals(Messages.get(chinese, "ui.health.allSites"), site.getButtonCell().getText());
            assertEquals(Messages.get(chinese, "ui.health.anyRisk"), risk.getButtonCell().getText());
        } finally {
            robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
        }
    }
}
