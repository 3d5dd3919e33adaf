package com.hashinsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Imports pyasic {@code MinerData} JSON ({@code pyasic-json}): one object or a list; see {@link PyasicReadings}. */
final class PyasicJsonImporter extends DeviceRepliesImporter {

    PyasicJsonImporter(ImportOptions options) {
        super(options, "pyasic");
    }

    @Override
    List<DeviceReading> readings(JsonNode root) {
        List<DeviceReading> readings = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                readings.add(read(root.get(i), "[" + i + "]"));
            }
        } else {
            readings.add(read(root, "$"));
        }
        return readings;
    }

    private static DeviceReading read(JsonNode data, String path) {
        DeviceReading reading = new DeviceReading();
        reading.path = path;
        PyasicReadings.read(data, reading);
        return reading;
    }
}
