package com.hashinsight.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Temporary folders for simulated worlds and workspaces, deleted when the test JVM exits. Worlds
 * are shared between tests of one run, so JUnit's per-test {@code @TempDir} does not fit them.
 */
final class TestFolders {

    private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(TestFolders::delete), "delete-test-folders"));
    }

    private TestFolders() {
    }

    static Path create(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            CREATED.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String prefix, String suffix) {
        return create(prefix).resolve("input" + suffix);
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // The JVM is exiting and the folder lies under the system temp folder, so leave it.
        }
    }
}
