package com.hashinsight.store;

import java.util.Locale;

/** Who or what caused an action or alert. Stored in lower case, for example {@code ai_suggested}. */
public enum ActionSource {
    MANUAL,
    AI_SUGGESTED,
    TEST,
    SIMULATOR;

    /** The stored spelling, for example {@code ai_suggested}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the stored spelling, ignoring case.
     *
     * @throws IllegalArgumentException when {@code code} is none of manual, ai_suggested, test, simulator
     */
    public static ActionSource fromCode(String code) {
        for (ActionSource source : values()) {
            if (source.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return source;
            }
        }
        throw new IllegalArgumentException("action source must be manual, ai_suggested, test or simulator, got " + code);
    }
}
