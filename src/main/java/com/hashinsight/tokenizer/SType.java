package com.hashinsight.tokenizer;

/**
 * S-token event type, the {@code s_type} tensor's vocabulary. Id 0 is left padding.
 *
 * <p>Each type belongs to one stream (telemetry, event or grid); the model may give each stream
 * its own input projection.
 */
public enum SType {
    PADDING(0, "none", "left padding; all features are 0"),
    TELEMETRY(1, "telemetry", "one telemetry sample, native resolution"),
    TELEMETRY_HOURLY(2, "telemetry", "summary of one UTC hour of telemetry samples"),
    TELEMETRY_DAILY(3, "telemetry", "summary of one UTC day of telemetry samples"),
    ALERT(4, "event", "one alert from the event log"),
    ACTION(5, "event", "one operator or automated action from the event log, other than curtailment"),
    CURTAILMENT(6, "event", "one action whose type contains 'curtail'"),
    PRICE_SPIKE(7, "grid", "one price interval at or above the spike threshold, native resolution"),
    PRICE_SPIKE_HOURLY(8, "grid", "one UTC hour with at least one spike interval"),
    PRICE_SPIKE_DAILY(9, "grid", "one UTC day with at least one spike interval");

    private final int id;
    private final String stream;
    private final String meaning;

    SType(int id, String stream, String meaning) {
        this.id = id;
        this.stream = stream;
        this.meaning = meaning;
    }

    /** Value written to {@code s_type}. */
    public int id() {
        return id;
    }

    public String stream() {
        return stream;
    }

    public String meaning() {
        return meaning;
    }
}
