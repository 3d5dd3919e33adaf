package com.hashinsight.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.settings.Settings;
import com.hashinsight.ui.settings.SettingsStore;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final double PROGRESS_TOLERANCE = 1e-9;

    @TempDir
    Path home;

    private Workstation workstation;
    private SettingsStore store;

    @Start
    void start(Stage stage) {
        store = new SettingsStore(home);
        store.save(Settings.defaults(home).withLanguage(Locale.ENGLISH));
        workstation = Workstation.create(store);
        workstation.show(stage);
    }

    @Stop
    void stop() {
        workstation.close();
    }

    @AfterEach
    void restoreEnglish() {
        Messages.setLocale(Locale.ENGLISH);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void navigationShowsChosenScreen(FxRobot robot) {
        robot.clickOn("#nav-settings");

        assertEquals(Screen.SETTINGS, workstation.mainViewModel().screenProperty().get());
        assertTrue(robot.lookup("#settings-save").query().isVisible());
    }

    @Test
    void languageSwitchRelabelsOpenScreensAndIsSaved(FxRobot robot) {
        robot.clickOn("#nav-settings");
        ComboBox<Locale> language = robot.lookup("#language").queryComboBox();

        robot.interact(() -> language.setValue(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("设置", text(robot, "#nav-settings"));
        assertEquals("保存", text(robot, "#settings-save"));
        assertEquals("就绪", text(robot, "#status-text"));
        assertEquals("zh-CN", store.load().language());
    }

    @Test
    void statusBarFollowsAndCancelsBackgroundTask(FxRobot robot) throws Exception {
        CountDownLatch neverReleased = new CountDownLatch(1);
        Task<?>[] submitted = new Task<?>[1];
        robot.interact(() -> submitted[0] = workstation.tasks().submit(LocalizedText.of("ui.nav.import"), progress -> {
            progress.update(1, 4);
            neverReleased.await();
            return null;
        }, result -> { }, error -> { }));
        Node taskBox = robot.lookup("#task-cancel").query().getParent();
        ProgressBar bar = robot.lookup("#task-progress").queryAs(ProgressBar.class);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(bar.getProgress() - 0.25) < PROGRESS_TOLERANCE);
        assertTrue(taskBox.isVisible());
        assertEquals("Import", text(robot, "#task-title"));

        robot.clickOn("#task-cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> submitted[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(submitted[0].isCancelled());
        assertFalse(taskBox.isVisible());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
