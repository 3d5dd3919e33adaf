package com.hashinsight.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hashinsight.store.Workspace;
import com.hashinsight.ui.SmallFleet;
import com.hashinsight.ui.WorkspaceSession;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
class ActionsViewTest {

    @TempDir
    Path dataDirectory;

    private WorkspaceSession session;

    @Start
    void start(Stage stage) throws Exception {
        session = new WorkspaceSession(dataDirectory);
        Workspace workspace = session.workspaces().create("actions");
        SmallFleet.insertInto(workspace);
        session.replace(workspace);
        stage.setScene(new Scene(new ActionsView(new ActionsViewModel(session, Clock.systemUTC())).root(), 1100, 700));
        stage.show();
    }

    @Stop
    void stop() {
        session.close();
    }

    @Test
    void confirmedFirmwareChangeIsLoggedAndRolledBack(FxRobot robot) {
        robot.interact(() -> robot.lookup("#action-type").queryComboBox().setValue(ActionType.FIRMWARE));
        robot.clickOn("#action-target").write("SN1");
        robot.clickOn("#action-value").write("LuxOS 2024.11");
        robot.clickOn("#action-apply");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> log = robot.lookup("#action-log").queryAs(TableView.class);
        assertEquals(1, log.getItems().size());

        robot.interact(() -> log.getSelectionModel().select(0));
        robot.clickOn("#action-rollback");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, log.getItems().size());
        assertEquals("Rolled back change #1 with change #2.", robot.lookup("#actions-message").queryAs(Label.class).getText());
    }

    @Test
    void blockedChangeShowsReason(FxRobot robot) {
        robot.clickOn("#action-target").write("SN1");
        robot.clickOn("#action-value").write("5000");
        robot.clickOn("#action-apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, robot.lookup("#action-log").queryAs(TableView.class).getItems().size());
        assertEquals("Blocked: 5,000 W is above the rated power of the Antminer S21 (3,500 W).",
                robot.lookup("#actions-message").queryAs(Label.class).getText());
    }
}
