package com.hashinsight.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client workspaces under one data directory: each workspace is one H2 file database
 * {@code <dataDir>/<name>.mv.db}, migrated by Flyway when it is opened.
 *
 * <pre>{@code
 * Workspaces workspaces = new Workspaces(Workspaces.defaultDataDir());
 * try (Workspace workspace = workspaces.create("acme")) {
 *     List<MinerModel> models = workspace.catalog().models();
 * }
 * }</pre>
 */
public final class Workspaces {

    /** System property that overrides the data directory. */
    public static final String DATA_DIR_PROPERTY = "hashinsight.data.dir";
    /** Environment variable that overrides the data directory when the property is unset. */
    public static final String DATA_DIR_ENV = "HASHINSIGHT_DATA_DIR";

    static final String DB_SUFFIX = ".mv.db";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Logger log = LoggerFactory.getLogger(Workspaces.class);

    private final Path dataDir;

    public Workspaces(Path dataDir) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
    }

    /** Directory that contains the workspace files. */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * Returns the data directory from {@value #DATA_DIR_PROPERTY}, else {@value #DATA_DIR_ENV}, else the
     * platform's per-user data directory: {@code %APPDATA%\HashInsight} on Windows,
     * {@code ~/Library/Application Support/HashInsight} on macOS and {@code $XDG_DATA_HOME/hashinsight}
     * (default {@code ~/.local/share/hashinsight}) elsewhere.
     */
    public static Path defaultDataDir() {
        String property = System.getProperty(DATA_DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv(DATA_DIR_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return platformDataDir(System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv("APPDATA"), System.getenv("XDG_DATA_HOME"));
    }

    static Path platformDataDir(String osName, String userHome, String appData, String xdgDataHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("HashInsight");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "HashInsight");
        }
        Path base = xdgDataHome != null && !xdgDataHome.isBlank() ? Path.of(xdgDataHome) : Path.of(userHome, ".local", "share");
        return base.resolve("hashinsight");
    }

    /**
     * Creates workspace {@code name} and applies the schema.
     *
     * @throws StoreException when the name is invalid or the workspace exists
     */
    public Workspace create(String name) {
        requireValidName(name);
        if (exists(name)) {
            throw new StoreException("store.workspace.exists", name, dataDir);
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException(e, "store.dataDir.notWritable", dataDir, e.getMessage());
        }
        log.info("Creating workspace {} in {}", name, dataDir);
        return Workspace.open(name, databaseBase(name));
    }

    /**
     * Opens workspace {@code name}, migrating its schema to the current version.
     *
     * @throws StoreException when the name is invalid or no such workspace exists
     */
    public Workspace open(String name) {
        requireValidName(name);
        if (!exists(name)) {
            throw new StoreException("store.workspace.notFound", name, dataDir);
        }
        return Workspace.open(name, databaseBase(name));
    }

    /** Opens workspace {@code name}, creating it first when it does not exist. */
    public Workspace openOrCreate(String name) {
        return exists(name) ? open(name) : create(name);
    }

    /** Returns true when a workspace file for {@code name} exists. */
    public boolean exists(String name) {
        requireValidName(name);
        return Files.isRegularFile(dataDir.resolve(name + DB_SUFFIX));
    }

    /** Returns the workspace names in the data directory, sorted; empty when the directory does not exist. */
    public List<String> list() {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, "*" + DB_SUFFIX)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - DB_SUFFIX.length());
                if (NAME.matcher(name).matches()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.dataDir.notReadable", dataDir, e.getMessage());
        }
        names.sort(String::compareTo);
        return names;
    }

    /**
     * Deletes workspace {@code name} and its files. The workspace must not be open.
     *
     * @throws StoreException when no such workspace exists or a file cannot be deleted
     */
    public void delete(String name) {
        requireValidName(name);
        if (!exists(name)) {
            throw new StoreException("store.workspace.notFound", name, dataDir);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, name + ".*")) {
            for (Path file : files) {
                String rest = file.getFileName().toString().substring(name.length());
                // Only H2's own files of this database: name.mv.db, name.trace.db, name.lock.db, name.*.temp.db.
                if (rest.endsWith(".db")) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.workspace.deleteFailed", name, e.getMessage());
        }
        log.info("Deleted workspace {} in {}", name, dataDir);
    }

    /** Throws {@link StoreException} unless {@code name} is 1 to 64 letters, digits, '_' or '-', starting with a letter or digit. */
    public static void requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new StoreException("store.workspace.invalidName", String.valueOf(name));
        }
    }

    private Path databaseBase(String name) {
        return dataDir.resolve(name);
    }
}
