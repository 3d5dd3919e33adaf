package com.hashinsight.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacesTest {

    @TempDir
    Path dataDir;

    @Test
    void createListOpenDelete() {
        Workspaces workspaces = new Workspaces(dataDir.resolve("nested"));
        workspaces.create("acme").close();
        workspaces.create("beta-2").close();

        assertEquals(List.of("acme", "beta-2"), workspaces.list());
        assertTrue(Files.isRegularFile(dataDir.resolve("nested/acme.mv.db")));

        try (Workspace workspace = workspaces.open("acme")) {
            assertEquals("acme", workspace.name());
        }
        workspaces.delete("acme");
        assertEquals(List.of("beta-2"), workspaces.list());
        assertFalse(workspaces.exists("acme"));
    }

    @Test
    void createRejectsExistingName() {
        Workspaces workspaces = new Workspaces(dataDir);
        workspaces.create("acme").close();
        StoreException error = assertThrows(StoreException.class, () -> workspaces.create("acme"));
        assertEquals("store.workspace.exists", error.key());
    }

    @Test
    void openRejectsMissingWorkspace() {
        StoreException error = assertThrows(StoreException.class, () -> new Workspaces(dataDir).open("nobody"));
        assertEquals("store.workspace.notFound", error.key());
        assertTrue(error.getMessage().contains("nobody"), error.getMessage());
    }

    @Test
    void invalidNamesAreRejected() {
        Workspaces workspaces = new Workspaces(dataDir);
        for (String name : new String[] {"", "../escape", "a/b", "-lead", "x".repeat(65), "space name"}) {
            StoreException error = assertThrows(StoreException.class, () -> workspaces.create(name), name);
            assertEquals("store.workspace.invalidName", error.key(), name);
        }
    }

    @Test
    void listOfMissingDirectoryIsEmpty() {
        assertEquals(List.of(), new Workspaces(dataDir.resolve("absent")).list());
    }

    @Test
    void platformDataDirFollowsOs() {
        assertEquals(Path.of("C:/Users/ann/AppData/Roaming", "HashInsight"),
                Workspaces.platformDataDir("Windows 11", "C:/Users/ann", "C:/Users/ann/AppData/Roaming", null));
        assertEquals(Path.of("/Users/ann", "Library", "Application Support", "HashInsight"),
                Workspaces.platformDataDir("Mac OS X", "/Users/ann", null, null));
        assertEquals(Path.of("/home/ann/.local/share/hashinsight"),
                Workspaces.platformDataDir("Linux", "/home/ann", null, ""));
        assertEquals(Path.of("/data/xdg/hashinsight"),
                Workspaces.platformDataDir("Linux", "/home/ann", null, "/data/xdg"));
    }

    @Test
    void dataDirPropertyOverridesPlatformDefault() {
        String previous = System.getProperty(Workspaces.DATA_DIR_PROPERTY);
        try {
            System.setProperty(Workspaces.DATA_DIR_PROPERTY, dataDir.toString());
            assertEquals(dataDir, Workspaces.defaultDataDir());
        } finally {
            if (previous == null) {
                System.clearProperty(Workspaces.DATA_DIR_PROPERTY);
            } else {
                System.setProperty(Workspaces.DATA_DIR_PROPERTY, previous);
            }
        }
    }
}
