package com.hashinsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Reads numbers and times from device API replies, where numbers are often JSON strings. */
final class ReplyValues {

    /** Bitcoin's genesis block time; a reply time before it is an uptime counter, not a clock time. */
    static final Instant EARLIEST_CLOCK_TIME = Instant.parse("2009-01-03T18:15:05Z");

    private ReplyValues() {
    }

    /** Returns the number in {@code node}, which may be a JSON number or a numeric string; NaN when absent, empty or not numeric. */
    static double number(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Double.NaN;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        String text = node.asText().trim();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Returns true when {@code node} contains a value that is not a number, so a reader can report it. */
    static boolean isInvalidNumber(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode() && !(node.isTextual() && node.asText().isBlank())
                && Double.isNaN(number(node));
    }

    /** Returns the epoch-seconds time in {@code node}, or null when absent or before {@link #EARLIEST_CLOCK_TIME}. */
    static Instant epochSeconds(JsonNode node) {
        double seconds = number(node);
        if (Double.isNaN(seconds)) {
            return null;
        }
        Instant time = Instant.ofEpochSecond((long) seconds);
        return time.isBefore(EARLIEST_CLOCK_TIME) ? null : time;
    }

    /** Returns a MAC address as upper-case hex pairs joined by ':' ("123456789012" becomes "12:34:56:78:90:12"), or null. */
    static String mac(String text) {
        if (text == null) {
            return null;
        }
        String hex = text.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(java.util.Locale.ROOT);
        if (hex.length() != 12) {
            return null;
        }
        StringBuilder mac = new StringBuilder();
        for (int i = 0; i < 12; i += 2) {
            mac.append(i == 0 ? "" : ":").append(hex, i, i + 2);
        }
        return mac.toString();
    }
}
