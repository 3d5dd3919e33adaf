package com.hashinsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.hashinsight.fleet.TelemetrySample;
import com.hashinsight.store.BoardReading;
import com.hashinsight.store.RejectedRow;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Stores device API replies (pyasic, cgminer-style, LuxOS) as telemetry: one row per hashrate
 * window, one board row per hashboard, and the firmware name when a version reply gives it.
 *
 * <p>The miner is the {@code --serial} option, else the reply's serial number, else its MAC address;
 * it must exist in the miner table. The time is the reply's clock time, else the {@code --time}
 * option; reply times before 2009 are uptime counters and are ignored. A reading without a known
 * miner or a time is rejected as a whole. A file whose replies carry no readings (a command list,
 * a configuration reply) imports as an empty batch.
 */
abstract class DeviceRepliesImporter implements FileImporter {

    private final ImportOptions options;
    private final String source;

    DeviceRepliesImporter(ImportOptions options, String source) {
        this.options = options;
        this.source = source;
    }

    /** Returns the readings of the file, each with its {@link DeviceReading#path}. */
    abstract List<DeviceReading> readings(JsonNode root);

    @Override
    public final ImportCounts run(ImportContext context) throws IOException, SQLException {
        JsonNode root = JsonFiles.read(context.file());
        long firmwareUpdates = 0;
        try (TelemetryWriter writer = new TelemetryWriter(context);
                PreparedStatement firmware = context.connection().prepareStatement(
                        "UPDATE miner SET firmware = ? WHERE serial = ? AND firmware IS DISTINCT FROM ?")) {
            for (DeviceReading reading : readings(root)) {
                context.rowRead();
                if (!reading.hasData() && reading.firmware == null) {
                    continue;
                }
                for (String[] invalid : reading.invalidValues) {
                    context.reject(new RejectedRow(0, reading.path + "." + invalid[0], invalid[1], invalid[2], List.of()));
                }
                String serial = serialOf(reading);
                if (serial == null) {
                    context.reject(new RejectedRow(0, reading.path, null, "importer.rejected.noReplySerial", List.of()));
                    continue;
                }
                if (!writer.isKnown(serial)) {
                    context.reject(new RejectedRow(0, reading.path + ".serial", serial, "importer.rejected.unknownSerial", List.of()));
                    continue;
                }
                if (reading.firmware != null) {
                    firmware.setString(1, reading.firmware);
                    firmware.setString(2, serial);
                    firmware.setString(3, reading.firmware);
                    firmwareUpdates += firmware.executeUpdate();
                }
                if (!reading.hasData()) {
                    continue;
                }
                Instant time = reading.time != null ? reading.time : options.time();
                if (time == null) {
                    context.reject(new RejectedRow(0, reading.path, null, "importer.rejected.noReplyTime", List.of()));
                    continue;
                }
                store(writer, serial, time, reading);
            }
            writer.flush();
            return writer.counts().plus(new ImportCounts(firmwareUpdates, 0));
        }
    }

    private String serialOf(DeviceReading reading) {
        if (options.serial() != null) {
            return options.serial();
        }
        if (reading.serial != null) {
            return reading.serial;
        }
        if (reading.mac != null) {
            return reading.mac;
        }
        return null;
    }

    private void store(TelemetryWriter writer, String serial, Instant time, DeviceReading reading) throws SQLException {
        double boardTemp = reading.boardTempC;
        double chipTemp = reading.chipTempC;
        int hashing = 0;
        for (DeviceReading.Board board : reading.boards) {
            boardTemp = maxIgnoringNaN(boardTemp, TelemetryRules.hashboardTemp(board.boardTempC, board.hashrateThs));
            chipTemp = maxIgnoringNaN(chipTemp, TelemetryRules.hashboardTemp(board.chipTempC, board.hashrateThs));
            hashing += board.hashrateThs > 0 ? 1 : 0;
        }
        double fan = reading.fanRpms.isEmpty() ? Double.NaN
                : reading.fanRpms.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        int boardsActive = reading.boards.isEmpty() ? -1 : hashing;
        String codes = String.join(";", reading.errorCodes);
        Map<Integer, Double> windows = reading.hashrateByWindow.isEmpty() ? Map.of(0, Double.NaN) : reading.hashrateByWindow;
        for (Map.Entry<Integer, Double> window : windows.entrySet()) {
            double hashrate = window.getValue();
            String status = Double.isNaN(hashrate) && !codes.isEmpty() ? "FAULT" : null;
            if (status == null) {
                status = TelemetryRules.status(null, hashrate, reading.powerW, boardTemp, chipTemp, reading.inletTempC,
                        reading.outletTempC);
            }
            writer.add(0, new TelemetrySample(time, serial, hashrate, window.getKey(), reading.powerW, boardTemp, chipTemp,
                    reading.inletTempC, reading.outletTempC, fan, boardsActive, -1, status, codes, source));
        }
        for (DeviceReading.Board board : reading.boards) {
            writer.add(0, new BoardReading(time, serial, board.index, board.hashrateThs, board.boardTempC, board.chipTempC, board.chips));
        }
    }

    private static double maxIgnoringNaN(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        return Double.isNaN(b) ? a : Math.max(a, b);
    }

    /**
     * Returns one reading per device of a cgminer-style file: a list of command maps, a pyasic test
     * fixture ({@code variables.data.<MinerClass>.<command>}), or one command map or reply.
     */
    static List<DeviceReading> commandMapReadings(JsonNode root) {
        List<DeviceReading> readings = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                readings.add(fromCommands(root.get(i), "[" + i + "]"));
            }
            return readings;
        }
        JsonNode variables = root.path("variables");
        if (variables.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> devices = variables.path("data").properties().iterator();
            while (devices.hasNext()) {
                Map.Entry<String, JsonNode> device = devices.next();
                readings.add(fromCommands(device.getValue(), "variables.data." + device.getKey()));
            }
            readings.add(fromCommands(variables, "variables"));
            return readings;
        }
        readings.add(fromCommands(root, "$"));
        return readings;
    }

    private static DeviceReading fromCommands(JsonNode commands, String path) {
        DeviceReading reading = new DeviceReading();
        reading.path = path;
        CgminerReplies.read(commands, reading);
        return reading;
    }
}
