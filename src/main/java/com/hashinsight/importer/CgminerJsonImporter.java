package com.hashinsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Imports raw cgminer-style API replies ({@code cgminer-json}); see {@link CgminerReplies}. */
final class CgminerJsonImporter extends DeviceRepliesImporter {

    CgminerJsonImporter(ImportOptions options) {
        super(options, "cgminer");
    }

    @Override
    List<DeviceReading> readings(JsonNode root) {
        return commandMapReadings(root);
    }
}
