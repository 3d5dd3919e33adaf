package com.hashinsight.importer;

import java.time.Instant;

/**
 * Options for device API replies (pyasic, cgminer, LuxOS), which often carry no serial number or time.
 *
 * @param serial  miner serial to store the readings under; null to take it from the reply
 * @param time    reading time to use when the reply has none; null to reject such a reply
 */
public record ImportOptions(String serial, Instant time) {

    /** No overrides: serial and time come from the reply. */
    public static final ImportOptions DEFAULTS = new ImportOptions(null, null);
}
