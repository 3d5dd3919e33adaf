package com.hashinsight.importer;

import java.util.Locale;

/**
 * The file formats the importers read, by format id as {@code docs/import-formats.md} documents them.
 * The declaration order is the import order when several files are imported at once, so that
 * sites and clients exist before miners, and miners before their telemetry.
 */
public enum ImportFormat {
    SITES_JSON("sites-json"),
    CLIENTS_JSON("clients-json"),
    MINERS_CSV("miners-csv"),
    TELEMETRY_CSV("telemetry-csv"),
    PYASIC_JSON("pyasic-json"),
    CGMINER_JSON("cgminer-json"),
    LUXOS_JSON("luxos-json"),
    EVENTS_CSV("events-csv"),
    ENERGY_PRICES_CSV("energy-prices-csv"),
    ERCOT_CSV("ercot-csv"),
    DIFFICULTY_EPOCHS_CSV("difficulty-epochs-csv"),
    BTC_DAILY_PRICES_CSV("btc-daily-prices-csv"),
    NETWORK_DAILY_CSV("network-daily-csv"),
    BLOCKSTATS_CSV("blockstats-csv");

    private final String id;

    ImportFormat(String id) {
        this.id = id;
    }

    /** Returns the format id, for example {@code telemetry-csv}. */
    public String id() {
        return id;
    }

    /**
     * Returns the format with id {@code id}, ignoring case.
     *
     * @throws ImportException listing the known ids when none matches
     */
    public static ImportFormat fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (ImportFormat format : values()) {
            if (format.id.equals(wanted)) {
                return format;
            }
        }
        throw new ImportException("importer.format.unknown", id, knownIds());
    }

    /** Returns every format id separated by ", ". */
    public static String knownIds() {
        StringBuilder ids = new StringBuilder();
        for (ImportFormat format : values()) {
            ids.append(ids.isEmpty() ? "" : ", ").append(format.id);
        }
        return ids.toString();
    }
}
