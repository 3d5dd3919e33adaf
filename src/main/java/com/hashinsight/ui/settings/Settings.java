package com.hashinsight.ui.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Workstation settings that survive a restart.
 *
 * @param dataDirectory folder that holds one workspace per client
 * @param threads       background threads for imports and scoring, 1 to {@link #MAX_THREADS}
 * @param gpuEnabled    true to let inference use a GPU when one is present
 * @param language      language tag of the chosen language ("en" or "zh-CN"); null to follow the OS
 */
public record Settings(Path dataDirectory, int threads, boolean gpuEnabled, String language) {

    public static final int MAX_THREADS = 64;

    public Settings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", got " + threads);
        }
    }

    /** Returns defaults for a first start: workspaces under {@code home}, all cores but one, no GPU. */
    public static Settings defaults(Path home) {
        int threads = Math.clamp(Runtime.getRuntime().availableProcessors() - 1, 1, MAX_THREADS);
        return new Settings(home.resolve("workspaces"), threads, false, null);
    }

    /** Returns the chosen language, or {@code osLocale} when none was chosen. */
    public Locale locale(Locale osLocale) {
        return language == null ? osLocale : Locale.forLanguageTag(language);
    }

    public Settings withLanguage(Locale locale) {
        return new Settings(dataDirectory, threads, gpuEnabled, locale.toLanguageTag());
    }
}
