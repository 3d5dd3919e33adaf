package com.hashinsight.ui;

import com.hashinsight.i18n.Messages;

/** Number formatting for screens: the pattern comes from the message bundle, a missing value shows as a dash. */
public final class Formats {

    /** Text shown for a number that could not be computed. */
    public static final String MISSING = "—";

    private Formats() {
    }

    /** Formats {@code value} with the message pattern {@code key} in the current language; NaN gives {@link #MISSING}. */
    public static String value(String key, double value) {
        return Double.isFinite(value) ? Messages.get(key, value) : MISSING;
    }
}
