package com.hashinsight.tokenizer;

import java.util.Locale;

/** Writes the event columns of an alert, action or curtailment token. */
final class EventFeatures {

    private EventFeatures() {
    }

    static void write(HistoryEvent event, boolean siteWide, float[] row) {
        FeatureLayout layout = SFeatures.LAYOUT;
        layout.put(row, SFeatures.SAMPLE_COUNT, 1);
        row[SFeatures.EVENT_TYPE_FIRST + FeatureHash.bucket(event.type(), SFeatures.EVENT_TYPE_BUCKETS)] = 1f;
        row[SFeatures.EVENT_SOURCE_FIRST + sourceIndex(event.source())] = 1f;
        row[SFeatures.EVENT_SITE_WIDE] = siteWide ? 1f : 0f;

        double oldValue = parseNumber(event.oldValue());
        double newValue = parseNumber(event.newValue());
        if (Double.isFinite(oldValue) && Double.isFinite(newValue) && oldValue != 0) {
            layout.putPresent(row, SFeatures.EVENT_VALUE_CHANGE, SFeatures.EVENT_VALUE_CHANGE_PRESENT,
                    (newValue - oldValue) / Math.abs(oldValue));
        }
        layout.putPresent(row, SFeatures.EVENT_NEW_VALUE, SFeatures.EVENT_NEW_VALUE_PRESENT, newValue);
    }

    private static int sourceIndex(String source) {
        int index = SFeatures.EVENT_SOURCES.indexOf(source.trim().toLowerCase(Locale.ROOT));
        return index >= 0 ? index : SFeatures.EVENT_SOURCES.size() - 1;
    }

    /** Returns the number in {@code text}, or NaN when it is empty or not a plain decimal number. */
    static double parseNumber(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(trimmed);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
