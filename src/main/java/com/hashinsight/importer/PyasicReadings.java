package com.hashinsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads pyasic {@code MinerData} objects (as {@code MinerData.as_dict()} writes them) into a
 * {@link DeviceReading}.
 *
 * <p>Hashrates: an object {@code {"rate": r, "unit": ...}} carries its unit (a suffix such as
 * "TH/s" or a multiplier in H/s); a plain number is TH/s, pyasic's default, unless it is at least
 * {@link #PLAIN_NUMBER_HS_THRESHOLD}, which no single miner reaches in TH/s, so it is H/s.
 * The miner-level hashrate is stored as window 5 s.
 */
final class PyasicReadings {

    /** Plain hashrate numbers at or above this are H/s, below it TH/s (one miner is far below 10^6 TH/s). */
    static final double PLAIN_NUMBER_HS_THRESHOLD = 1e6;
    /**
     * Averaging window of pyasic's miner hashrate, in seconds.
     * NOTE: pyasic reports each firmware's "current" rate, which is a 5 s average on Antminer and
     * Whatsminer stock firmware but may be another window elsewhere.
     */
    static final int MINER_HASHRATE_WINDOW_S = 5;

    private PyasicReadings() {
    }

    static void read(JsonNode data, DeviceReading reading) {
        CgminerReplies.readIdentity(data, reading);
        JsonNode info = data.path("device_info");
        reading.model = text(info.get("model"), text(data.get("model"), null));
        reading.firmware = text(info.get("firmware"), text(data.get("fw_ver"), null));
        reading.time = time(data);

        double total = hashrate(data.get("hashrate"), "hashrate", reading);
        reading.powerW = number(data, "wattage", reading);
        reading.inletTempC = number(data, "env_temp", reading);
        int index = 0;
        double boardSum = 0;
        boolean anyBoardRate = false;
        for (JsonNode node : data.path("hashboards")) {
            String path = "hashboards[" + index + "]";
            DeviceReading.Board board = reading.board(node.path("slot").asInt(index));
            index++;
            board.hashrateThs = hashrate(node.get("hashrate"), path + ".hashrate", reading);
            board.boardTempC = number(node, "temp", reading);
            board.chipTempC = number(node, "chip_temp", reading);
            double chips = number(node, "chips", reading);
            board.chips = Double.isNaN(chips) ? -1 : (int) chips;
            if (!Double.isNaN(board.hashrateThs)) {
                boardSum += board.hashrateThs;
                anyBoardRate = true;
            }
        }
        if (Double.isNaN(total) && anyBoardRate) {
            total = boardSum;
        }
        if (!Double.isNaN(total)) {
            reading.hashrateByWindow.put(MINER_HASHRATE_WINDOW_S, total);
        }
        for (JsonNode fan : data.path("fans")) {
            double rpm = ReplyValues.number(fan.isObject() ? fan.get("speed") : fan);
            if (rpm > 0) {
                reading.fanRpms.add(rpm);
            }
        }
        for (JsonNode error : data.path("errors")) {
            JsonNode code = error.isObject() ? error.get("error_code") : error;
            if (code != null && !code.isNull()) {
                reading.errorCodes.add(code.asText());
            }
        }
    }

    /** Returns a hashrate in TH/s from a plain number or a pyasic hashrate object; NaN when absent. */
    static double hashrate(JsonNode node, String path, DeviceReading reading) {
        if (node == null || node.isNull()) {
            return Double.NaN;
        }
        if (node.isObject()) {
            double rate = ReplyValues.number(node.get("rate"));
            JsonNode unit = node.path("unit");
            HashrateUnit named = HashrateUnit.parse(unit.isObject() ? unit.path("suffix").asText(null) : unit.asText(null));
            if (named != null) {
                return named.toThs(rate);
            }
            double multiplier = ReplyValues.number(unit.isObject() ? unit.get("value") : unit);
            return Double.isNaN(multiplier) ? Double.NaN : HashrateUnit.H.toThs(rate * multiplier);
        }
        double value = ReplyValues.number(node);
        if (Double.isNaN(value)) {
            if (ReplyValues.isInvalidNumber(node)) {
                reading.invalid(path, node.asText(), "importer.rejected.notANumber");
            }
            return Double.NaN;
        }
        return value >= PLAIN_NUMBER_HS_THRESHOLD ? HashrateUnit.H.toThs(value) : value;
    }

    private static double number(JsonNode data, String field, DeviceReading reading) {
        JsonNode node = data.get(field);
        if (ReplyValues.isInvalidNumber(node)) {
            reading.invalid(field, node.asText(), "importer.rejected.notANumber");
        }
        return ReplyValues.number(node);
    }

    private static Instant time(JsonNode data) {
        JsonNode text = data.get("datetime");
        if (text != null && text.isTextual()) {
            try {
                return OffsetDateTime.parse(text.asText()).toInstant();
            } catch (DateTimeParseException e) {
                // Fall back to the epoch "timestamp" field below.
            }
        }
        return ReplyValues.epochSeconds(data.get("timestamp"));
    }

    private static String text(JsonNode node, String fallback) {
        return node == null || node.isNull() || node.asText().isBlank() ? fallback : node.asText().trim();
    }
}
