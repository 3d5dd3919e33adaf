package com.hashinsight.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link Settings} as a small JSON file, {@code settings.json} in the workstation's home
 * folder.
 *
 * <p>The home folder is {@code ~/.hashinsight} unless the system property {@code hashinsight.settings.dir} names
 * another one. A missing file gives the defaults. So does an unreadable one, after a logged warning, because
 * the window must still open.
 */
public final class SettingsStore {

    /** System property that overrides the settings folder. The installer uses {@code hashinsight.home} for the install folder, which may be read-only. */
    public static final String HOME_PROPERTY = "hashinsight.settings.dir";

    private static final Logger log = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path home;

    public SettingsStore(Path home) {
        this.home = home;
    }

    /** Returns the store in the home folder named by {@value #HOME_PROPERTY}, or {@code ~/.hashinsight}. */
    public static SettingsStore atDefaultLocation() {
        String override = System.getProperty(HOME_PROPERTY);
        Path home = override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".hashinsight");
        return new SettingsStore(home);
    }

    public Path file() {
        return home.resolve("settings.json");
    }

    public Settings load() {
        Settings defaults = Settings.defaults(home);
        Path file = file();
        if (!Files.exists(file)) {
            return defaults;
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            return new Settings(
                    Path.of(node.path("dataDirectory").asText(defaults.dataDirectory().toString())),
                    node.path("threads").asInt(defaults.threads()),
                    node.path("gpuEnabled").asBoolean(defaults.gpuEnabled()),
                    node.hasNonNull("language") ? node.get("language").asText() : null);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Settings file {} is invalid, using defaults: {}", file, e.getMessage());
            return defaults;
        }
    }

    /** Writes {@code settings}, replacing the file in one move so that a crash never leaves half a file. */
    public void save(Settings settings) {
        ObjectNode node = JSON.createObjectNode();
        node.put("dataDirectory", settings.dataDirectory().toString());
        node.put("threads", settings.threads());
        node.put("gpuEnabled", settings.gpuEnabled());
        node.put("language", settings.language());
        try {
            Files.createDirectories(home);
            Path temporary = Files.createTempFile(home, "settings", ".json.tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), node);
            Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("Saved settings to {}", file());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write settings to " + file(), e);
        }
    }
}
