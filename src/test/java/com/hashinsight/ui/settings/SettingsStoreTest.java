package com.hashinsight.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path home;

    @Test
    void savedSettingsLoadBack() {
        SettingsStore store = new SettingsStore(home);
        Settings saved = new Settings(home.resolve("data"), 3, true, "zh-CN");

        store.save(saved);

        assertEquals(saved, new SettingsStore(home).load());
    }

    @Test
    void missingFileGivesDefaults() {
        assertEquals(Settings.defaults(home), new SettingsStore(home).load());
    }

    @Test
    void invalidFileGivesDefaults() throws IOException {
        SettingsStore store = new SettingsStore(home);
        Files.writeString(store.file(), "{\"threads\": 0}");

        assertEquals(Settings.defaults(home), store.load());
    }
}
