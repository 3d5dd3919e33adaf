package com.hashinsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the device-specific parts of cgminer {@code stats} replies into a {@link DeviceReading}:
 * <ul>
 *   <li>bmminer and ccminer (Antminer, Hammer): {@code chain_rateN} per board in the unit of the
 *       entry's {@code "XHS av"} key, {@code chain_acnN} chips, {@code tempN} board and
 *       {@code temp2_N} chip temperatures, {@code fanN};</li>
 *   <li>Avalon: the {@code "MM IDn"} status string of {@code Key[values]} fields: {@code GHSavg},
 *       {@code WALLPOWER} (W), {@code Temp} (inlet °C), {@code TMax}, {@code MGHS}, {@code MTmax}
 *       and {@code MTavg} per board, {@code FanN}, and non-zero {@code ECHU} board error codes;</li>
 *   <li>Elphapex web API: a {@code chain} array with {@code hashrate} in {@code rate_unit},
 *       {@code temp_pcb} and {@code temp_chip} (in milli-°C when above 1000).</li>
 * </ul>
 * A reading of 0 on a board that does not exist ({@code chain_acnN} of 0 and no rate) is skipped.
 */
final class MinerStats {

    private static final Pattern NUMBERED = Pattern.compile("(chain_rate|chain_acn|temp2_|temp|fan)(\\d+)");
    private static final Pattern AVALON_FIELD = Pattern.compile("(\\w+)\\[([^\\]]*)]");
    private static final double MILLI_DEGREE_THRESHOLD = 1000;

    private MinerStats() {
    }

    static void read(JsonNode stats, DeviceReading reading) {
        boolean avalon = false;
        Iterator<String> names = stats.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.startsWith("MM ID")) {
                readAvalon(stats.get(name).asText(), reading);
                avalon = true;
            }
        }
        if (avalon) {
            return;
        }
        if (stats.path("chain").isArray()) {
            readChains(stats, reading);
            return;
        }
        readNumbered(stats, reading);
    }

    /** Reads an Elphapex-style summary: {@code rate_avg}, {@code rate_5s}, {@code rate_15m}, {@code rate_30m} in {@code rate_unit}. */
    static void readRateSummary(JsonNode summary, DeviceReading reading) {
        HashrateUnit unit = CgminerReplies.rateUnit(summary);
        putRate(summary, "rate_avg", 0, unit, reading);
        putRate(summary, "rate_5s", 5, unit, reading);
        putRate(summary, "rate_15m", 900, unit, reading);
        putRate(summary, "rate_30m", 1800, unit, reading);
    }

    private static void putRate(JsonNode node, String key, int window, HashrateUnit unit, DeviceReading reading) {
        double value = ReplyValues.number(node.get(key));
        if (!Double.isNaN(value)) {
            reading.hashrateByWindow.putIfAbsent(window, unit.toThs(value));
        }
    }

    private static void readNumbered(JsonNode stats, DeviceReading reading) {
        HashrateUnit unit = null;
        Iterator<String> names = stats.fieldNames();
        while (names.hasNext() && unit == null) {
            String name = names.next();
            if (name.matches("[KMGTP]?HS av")) {
                unit = HashrateUnit.parse(name.substring(0, name.indexOf(' ')));
            }
        }
        CgminerReplies.readHashrates(stats, reading, CgminerReplies.Merge.KEEP_FIRST);
        Iterator<Map.Entry<String, JsonNode>> fields = stats.properties().iterator();
        Map<Integer, Double> boardTemps = new TreeMap<>();
        Map<Integer, Double> chipTemps = new TreeMap<>();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Matcher numbered = NUMBERED.matcher(field.getKey());
            if (!numbered.matches()) {
                continue;
            }
            int index = Integer.parseInt(numbered.group(2));
            double value = ReplyValues.number(field.getValue());
            switch (numbered.group(1)) {
                case "chain_rate" -> {
                    if (!Double.isNaN(value)) {
                        reading.board(index - 1).hashrateThs = (unit == null ? HashrateUnit.GH : unit).toThs(value);
                    }
                }
                case "chain_acn" -> {
                    if (value > 0) {
                        reading.board(index - 1).chips = (int) value;
                    }
                }
                case "temp" -> boardTemps.put(index, value);
                case "temp2_" -> chipTemps.put(index, value);
                case "fan" -> {
                    if (value > 0) {
                        reading.fanRpms.add(value);
                    }
                }
                default -> throw new IllegalStateException("unexpected key " + field.getKey());
            }
        }
        reading.boards.removeIf(board -> board.chips <= 0 && Double.isNaN(board.hashrateThs));
        for (DeviceReading.Board board : reading.boards) {
            board.boardTempC = boardTemps.getOrDefault(board.index + 1, Double.NaN);
            board.chipTempC = chipTemps.getOrDefault(board.index + 1, Double.NaN);
        }
    }

    private static void readChains(JsonNode stats, DeviceReading reading) {
        HashrateUnit unit = CgminerReplies.rateUnit(stats);
        for (JsonNode chain : stats.get("chain")) {
            DeviceReading.Board board = reading.board(chain.path("index").asInt(reading.boards.size()));
            board.hashrateThs = unit.toThs(ReplyValues.number(chain.get("hashrate")));
            board.boardTempC = max(chain.path("temp_pcb"));
            board.chipTempC = max(chain.path("temp_chip"));
            double chips = ReplyValues.number(chain.get("asic_num"));
            board.chips = Double.isNaN(chips) ? -1 : (int) chips;
        }
    }

    private static double max(JsonNode values) {
        double max = Double.NaN;
        for (JsonNode node : values) {
            double value = ReplyValues.number(node);
            if (value > MILLI_DEGREE_THRESHOLD) {
                value /= 1000;
            }
            if (!Double.isNaN(value) && (Double.isNaN(max) || value > max)) {
                max = value;
            }
        }
        return max;
    }

    private static void readAvalon(String status, DeviceReading reading) {
        Map<String, String> fields = new HashMap<>();
        Matcher field = AVALON_FIELD.matcher(status);
        while (field.find()) {
            fields.putIfAbsent(field.group(1), field.group(2).trim());
        }
        double average = number(fields.get("GHSavg"));
        if (!Double.isNaN(average)) {
            reading.hashrateByWindow.putIfAbsent(0, HashrateUnit.GH.toThs(average));
        }
        if (Double.isNaN(reading.powerW)) {
            reading.powerW = number(fields.get("WALLPOWER"));
        }
        reading.inletTempC = number(fields.get("Temp"));
        reading.chipTempC = number(fields.get("TMax"));
        for (int fan = 1; fields.containsKey("Fan" + fan); fan++) {
            double rpm = number(fields.get("Fan" + fan));
            if (rpm > 0) {
                reading.fanRpms.add(rpm);
            }
        }
        String[] boardRates = split(fields.get("MGHS"));
        String[] boardMax = split(fields.get("MTmax"));
        String[] boardAverage = split(fields.get("MTavg"));
        for (int i = 0; i < boardRates.length; i++) {
            DeviceReading.Board board = reading.board(i);
            board.hashrateThs = HashrateUnit.GH.toThs(number(boardRates[i]));
            board.chipTempC = i < boardMax.length ? number(boardMax[i]) : Double.NaN;
            board.boardTempC = i < boardAverage.length ? number(boardAverage[i]) : Double.NaN;
        }
        String[] boardErrors = split(fields.get("ECHU"));
        for (int i = 0; i < boardErrors.length; i++) {
            if (number(boardErrors[i]) != 0 && !Double.isNaN(number(boardErrors[i]))) {
                reading.errorCodes.add("ECHU" + i + ":" + boardErrors[i]);
            }
        }
    }

    private static String[] split(String values) {
        return values == null || values.isBlank() ? new String[0] : values.trim().split("\\s+");
    }

    private static double number(String text) {
        if (text == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.replace("%", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
