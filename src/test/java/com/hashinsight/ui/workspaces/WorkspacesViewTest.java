package com.hashinsight.ui.workspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.ui.Workstation;
import com.hashinsight.ui.settings.Settings;
import com.hashinsight.ui.settings.SettingsStore;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
class WorkspacesViewTest {

    @TempDir
    Path home;

    private Workstation workstation;

    @Start
    void start(Stage stage) {
        SettingsStore store = new SettingsStore(home);
        store.save(Settings.defaults(home).withLanguage(Locale.ENGLISH));
        workstation = Workstation.create(store);
        workstation.show(stage);
    }

    @Stop
    void stop() {
        workstation.close();
    }

    @Test
    void createOpenAndDeleteWorkspace(FxRobot robot) throws Exception {
        robot.clickOn("#workspace-name").write("acme");
        robot.clickOn("#workspace-create");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workstation.session().current() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Workspace: acme", robot.lookup("#header-workspace").queryAs(Label.class).getText());
        ListView<?> list = robot.lookup("#workspaces-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());

        robot.clickOn("#workspace-delete");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(list.getItems().isEmpty());
        assertEquals("No workspace open", robot.lookup("#header-workspace").queryAs(Label.class).getText());
    }
}
