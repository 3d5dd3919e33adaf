package com.hashinsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cgminer-style API replies (cgminer, bmminer, ccminer, LuxOS, Avalon, Elphapex web API,
 * Whatsminer error codes) of one device into a {@link DeviceReading}. The input is an object that
 * maps a command name to its raw reply; each reply is recognised by its content, not by the
 * command name, because firmware families name commands differently.
 *
 * <p>Hashrate keys such as {@code "MHS av"}, {@code "GHS 5s"} or {@code "MHS 15m"} give the unit in
 * their prefix and the averaging window in their suffix ({@code av} = since boot, stored as window 0).
 */
final class CgminerReplies {

    /** Reply sections whose presence marks a cgminer-style reply. */
    private static final String[] SECTIONS = {"SUMMARY", "STATS", "DEVS", "POOLS", "VERSION"};
    private static final Pattern HASHRATE_KEY = Pattern.compile("([KMGTP]?)HS (av|\\d+[smh])");

    private CgminerReplies() {
    }

    /** Returns true when {@code node} is a cgminer reply or maps command names to such replies. */
    static boolean looksLikeCgminer(JsonNode node) {
        if (isReply(node) || node.path("variables").isObject()) {
            return true;
        }
        for (JsonNode child : node) {
            if (isReply(child)) {
                return true;
            }
        }
        return false;
    }

    static boolean isReply(JsonNode node) {
        if (node == null || !node.isObject()) {
            return false;
        }
        for (String section : SECTIONS) {
            if (node.has(section)) {
                return true;
            }
        }
        return false;
    }

    /** Reads every reply of {@code commands} into {@code reading}. */
    static void read(JsonNode commands, DeviceReading reading) {
        if (isReply(commands)) {
            readReply(commands, reading);
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> replies = commands.properties().iterator();
        while (replies.hasNext()) {
            Map.Entry<String, JsonNode> entry = replies.next();
            JsonNode reply = entry.getValue();
            if (isReply(reply)) {
                readReply(reply, reading);
            } else if (reply.isObject()) {
                readIdentity(reply, reading);
                readErrorCodes(entry.getKey(), reply.path("msg").path("error-code"), reading);
            }
        }
    }

    private static void readReply(JsonNode reply, DeviceReading reading) {
        Instant time = replyTime(reply.path("STATUS"));
        if (time != null && (reading.time == null || time.isAfter(reading.time))) {
            reading.time = time;
        }
        readIdentity(reply.path("INFO"), reading);
        JsonNode summary = reply.path("SUMMARY");
        if (summary.isArray() && !summary.isEmpty()) {
            JsonNode first = summary.get(0);
            if (first.has("rate_unit")) {
                MinerStats.readRateSummary(first, reading);
            } else {
                readHashrates(first, reading, Merge.REPLACE);
                reading.powerW = firstNumber(reading.powerW, first, "Power", "power");
            }
        }
        JsonNode devs = reply.path("DEVS");
        if (devs.isArray() && !reading.hashrateByWindow.containsKey(0)) {
            for (JsonNode dev : devs) {
                readHashrates(dev, reading, Merge.SUM);
            }
        }
        for (JsonNode version : reply.path("VERSION")) {
            readVersion(version, reading);
        }
        for (JsonNode stats : reply.path("STATS")) {
            MinerStats.read(stats, reading);
        }
    }

    /** Rule for combining a hashrate key with a value already read for the same window. */
    enum Merge {
        /** Summary replies: the miner's own total wins over any other source. */
        REPLACE,
        /** Stats replies: used only when no summary gave the window. */
        KEEP_FIRST,
        /** Devs replies: one entry per device, summed. */
        SUM
    }

    /** Adds the hashrate keys of {@code node} to {@code reading}, combined as {@code merge} specifies. */
    static void readHashrates(JsonNode node, DeviceReading reading, Merge merge) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Matcher key = HASHRATE_KEY.matcher(field.getKey());
            if (!key.matches()) {
                continue;
            }
            double value = ReplyValues.number(field.getValue());
            if (Double.isNaN(value)) {
                if (ReplyValues.isInvalidNumber(field.getValue())) {
                    reading.invalid(field.getKey(), field.getValue().asText(), "importer.rejected.notANumber");
                }
                continue;
            }
            HashrateUnit unit = HashrateUnit.parse(key.group(1) + "H");
            int window = windowSeconds(key.group(2));
            double ths = unit.toThs(value);
            switch (merge) {
                case REPLACE -> reading.hashrateByWindow.put(window, ths);
                case KEEP_FIRST -> reading.hashrateByWindow.putIfAbsent(window, ths);
                case SUM -> reading.hashrateByWindow.merge(window, ths, Double::sum);
            }
        }
    }

    /** Returns the window of a suffix: "av" is 0 (since boot), "5s" is 5, "1m" is 60, "15m" is 900, "1h" is 3600. */
    static int windowSeconds(String suffix) {
        if (suffix.equals("av")) {
            return 0;
        }
        int amount = Integer.parseInt(suffix.substring(0, suffix.length() - 1));
        return switch (suffix.charAt(suffix.length() - 1)) {
            case 'm' -> amount * 60;
            case 'h' -> amount * 3600;
            default -> amount;
        };
    }

    private static void readVersion(JsonNode version, DeviceReading reading) {
        if (version.hasNonNull("LUXminer")) {
            reading.firmware = "LuxOS " + version.get("LUXminer").asText();
        }
        for (String key : new String[] {"PROD", "Type", "MODEL"}) {
            if (reading.model == null && version.hasNonNull(key)) {
                reading.model = version.get(key).asText().trim();
            }
        }
        readIdentity(version, reading);
    }

    /** Reads serial and MAC from the places firmware families put them. */
    static void readIdentity(JsonNode node, DeviceReading reading) {
        for (String key : new String[] {"dev_sn", "serial", "SerialNumber", "serial_number"}) {
            if (reading.serial == null && node.hasNonNull(key) && !node.get(key).asText().isBlank()) {
                reading.serial = node.get(key).asText().trim();
            }
        }
        for (String key : new String[] {"MAC", "macaddr", "mac"}) {
            if (reading.mac == null && node.hasNonNull(key)) {
                reading.mac = ReplyValues.mac(node.get(key).asText());
            }
        }
        JsonNode network = node.path("network_info").path("result");
        if (reading.mac == null && network.hasNonNull("macaddr")) {
            reading.mac = ReplyValues.mac(network.get("macaddr").asText());
        }
        if (reading.model == null && node.hasNonNull("minertype")) {
            reading.model = node.get("minertype").asText().trim();
        }
    }

    /**
     * Reads a Whatsminer error-code list: each entry is a code (number or numeric text) or an object
     * mapping codes to messages; anything else is reported as an invalid value.
     */
    private static void readErrorCodes(String command, JsonNode codes, DeviceReading reading) {
        if (!codes.isArray()) {
            return;
        }
        int index = 0;
        for (JsonNode entry : codes) {
            String path = command + ".msg.error-code[" + index++ + "]";
            if (entry.isNull()) {
                continue;
            }
            if (entry.isObject()) {
                entry.fieldNames().forEachRemaining(name -> {
                    if (name.chars().allMatch(Character::isDigit)) {
                        reading.errorCodes.add(name);
                    }
                });
            } else if (entry.asText().trim().chars().allMatch(Character::isDigit) && !entry.asText().isBlank()) {
                reading.errorCodes.add(entry.asText().trim());
            } else {
                reading.invalid(path, entry.asText(), "importer.rejected.notAnErrorCode");
            }
        }
    }

    private static Instant replyTime(JsonNode status) {
        JsonNode first = status.isArray() ? status.path(0) : status;
        Instant time = ReplyValues.epochSeconds(first.path("timestamp"));
        return time != null ? time : ReplyValues.epochSeconds(first.path("When"));
    }

    static double firstNumber(double current, JsonNode node, String... keys) {
        if (!Double.isNaN(current)) {
            return current;
        }
        for (String key : keys) {
            double value = ReplyValues.number(node.get(key));
            if (!Double.isNaN(value)) {
                return value;
            }
        }
        return Double.NaN;
    }

    /** Returns the hashrate unit named by a {@code rate_unit} value such as "MH/s"; TH/s when absent. */
    static HashrateUnit rateUnit(JsonNode node) {
        HashrateUnit unit = HashrateUnit.parse(node.path("rate_unit").asText(null));
        return unit == null ? HashrateUnit.TH : unit;
    }
}
