package com.hashinsight.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLocatorTest {

    @TempDir
    Path root;

    @Test
    void propertyWinsOverInstallFolder() throws Exception {
        Path explicit = Files.createDirectories(root.resolve("elsewhere"));
        Path install = Files.createDirectories(root.resolve("app/models/hashtrans-v1"));

        Path found = ModelLocator.locate("hashtrans-v1", explicit.toString(), root, Optional.of(install.getParent()));

        assertEquals(explicit, found);
    }

    @Test
    void propertyNamingMissingFolderFails() {
        InferenceException error = assertThrows(InferenceException.class,
                () -> ModelLocator.locate("hashtrans-v1", root.resolve("nope").toString(), root, Optional.empty()));

        assertEquals("inference.locate.propertyNotFound", error.key());
        assertTrue(error.getMessage().contains(root.resolve("nope").toString()), error.getMessage());
    }

    @Test
    void jarInLibFindsModelsBesideLib() throws Exception {
        Path jar = Files.createFile(Files.createDirectories(root.resolve("opt/lib/app")).resolve("hashinsight.jar"));
        Path bundle = Files.createDirectories(root.resolve("opt/lib/models/hashtrans-v1"));

        Path found = ModelLocator.locate("hashtrans-v1", null, root.resolve("cwd"), Optional.of(jar));

        assertEquals(bundle, found);
    }

    @Test
    void classesFolderFindsProjectModels() throws Exception {
        Path classes = Files.createDirectories(root.resolve("project/target/classes"));
        Path bundle = Files.createDirectories(root.resolve("project/models/hashtrans-v1"));

        Path found = ModelLocator.locate("hashtrans-v1", null, root.resolve("cwd"), Optional.of(classes));

        assertEquals(bundle, found);
    }

    @Test
    void workingDirectoryIsLastResort() throws Exception {
        Path bundle = Files.createDirectories(root.resolve("cwd/models/hashtrans-v1"));

        Path found = ModelLocator.locate("hashtrans-v1", null, root.resolve("cwd"), Optional.of(root.resolve("x/y")));

        assertEquals(bundle, found);
    }

    @Test
    void missingEverywhereListsSearchedFolders() throws IOException {
        InferenceException error = assertThrows(InferenceException.class,
                () -> ModelLocator.locate("hashtrans-v1", null, root, Optional.empty()));

        assertEquals("inference.locate.notFound", error.key());
        assertTrue(error.getMessage().contains(root.resolve("models/hashtrans-v1").toString()), error.getMessage());
        assertTrue(error.getMessage().contains(ModelLocator.MODEL_DIR_PROPERTY), error.getMessage());
    }
}
