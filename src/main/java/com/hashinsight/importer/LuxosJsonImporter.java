package com.hashinsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Imports LuxOS (LUXminer) API replies ({@code luxos-json}). LuxOS replies to the cgminer commands
 * ({@code summary}, {@code stats}, {@code devs}) in cgminer's format, so they are read the same way;
 * its {@code version} reply sets the miner's firmware to {@code "LuxOS <LUXminer version>"}.
 * Replies without readings (atm, groups, the command list) import as an empty batch.
 */
final class LuxosJsonImporter extends DeviceRepliesImporter {

    LuxosJsonImporter(ImportOptions options) {
        super(options, "luxos");
    }

    @Override
    List<DeviceReading> readings(JsonNode root) {
        return commandMapReadings(root);
    }

    /** Returns true for a LuxOS reply (STATUS description "LUXminer"), a map of them, or the LuxOS command list. */
    static boolean looksLikeLuxos(JsonNode node) {
        if (isLuxosReply(node)) {
            return true;
        }
        boolean commandList = node.size() > 0;
        for (JsonNode child : node) {
            if (isLuxosReply(child)) {
                return true;
            }
            commandList &= child.isObject() && child.has("logon_required");
        }
        return commandList;
    }

    private static boolean isLuxosReply(JsonNode node) {
        return node != null && node.path("STATUS").path(0).path("Description").asText("").startsWith("LUXminer");
    }
}
