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
