package com.hashinsight.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path home;

    @Test
    void relativeDirectoryIsRejectedAndNothingSaved() {
        SettingsStore store = new SettingsStore(home);
        SettingsViewModel model = new SettingsViewModel(store, Settings.defaults(home));

        model.dataDirectoryProperty().set("relative/folder");

        assertFalse(model.save());
        assertEquals("ui.settings.error.directory", model.messageProperty().get().key());
        assertEquals(Settings.defaults(home), model.savedProperty().get());
        assertEquals(Settings.defaults(home), store.load());
    }

    @Test
    void validFieldsAreSavedToStore() {
        SettingsStore store = new SettingsStore(home);
        SettingsViewModel model = new SettingsViewModel(store, Settings.defaults(home));
        Path data = home.resolve("client-data");

        model.dataDirectoryProperty().set(data.toString());
        model.threadsProperty().set(5);
        model.gpuEnabledProperty().set(true);

        assertTrue(model.save());
        assertEquals(new Settings(data, 5, true, null), store.load());
        assertEquals("ui.settings.saved", model.messageProperty().get().key());
    }

    @Test
    void folderUnderHomeShowsTilde() {
        Path userHome = home.resolve("alice");
        Settings initial = new Settings(userHome.resolve("HashInsight").resolve("workspaces"), 2, false, null);

        SettingsViewModel model = new SettingsViewModel(new SettingsStore(home), initial, userHome);

        String separator = home.getFileSystem().getSeparator();
        assertEquals("~" + separator + "HashInsight" + separator + "workspaces", model.dataDirectoryProperty().get());
    }

    @Test
    void folderOutsideHomeShowsAbsolutePath() {
        Path elsewhere = home.resolve("shared").resolve("workspaces");
        Settings initial = new Settings(elsewhere, 2, false, null);

        SettingsViewModel model = new SettingsViewModel(new SettingsStore(home), initial, home.resolve("alice"));

        assertEquals(elsewhere.toString(), model.dataDirectoryProperty().get());
    }

    @Test
    void tildeIsSavedUnderHome() {
        SettingsStore store = new SettingsStore(home);
        Path userHome = home.resolve("alice");
        SettingsViewModel model = new SettingsViewModel(store, Settings.defaults(home), userHome);

        model.dataDirectoryProperty().set("~/client-data");

        assertTrue(model.save());
        assertEquals(userHome.resolve("client-data"), store.load().dataDirectory());
    }

    @Test
    void threadCountOutOfRangeIsRejected() {
        SettingsViewModel model = new SettingsViewModel(new SettingsStore(home), Settings.defaults(home));

        model.threadsProperty().set(Settings.MAX_THREADS + 1);

        assertFalse(model.save());
        assertEquals("ui.settings.error.threads", model.messageProperty().get().key());
    }

    @Test
    void languageChoiceKeepsOtherSavedValues() {
        SettingsStore store = new SettingsStore(home);
        Settings initial = new Settings(home.resolve("d"), 2, true, null);
        SettingsViewModel model = new SettingsViewModel(store, initial);

        model.saveLanguage(Locale.SIMPLIFIED_CHINESE);

        assertEquals(new Settings(home.resolve("d"), 2, true, "zh-CN"), store.load());
    }
}
