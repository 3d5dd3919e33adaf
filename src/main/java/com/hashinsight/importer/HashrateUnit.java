package com.hashinsight.importer;

import java.util.Locale;

/** Hashrate units and their factor to TH/s, the stored unit. */
enum HashrateUnit {
    H(1e-12),
    KH(1e-9),
    MH(1e-6),
    GH(1e-3),
    TH(1),
    PH(1e3),
    EH(1e6);

    private final double toThs;

    HashrateUnit(double toThs) {
        this.toThs = toThs;
    }

    double toThs(double value) {
        return value * toThs;
    }

    /**
     * Parses a unit as written in files: "H/s", "MH/s", "GH", "ths", "TH/s" and so on, ignoring case.
     *
     * @return the unit, or null when the text is no known unit
     */
    static HashrateUnit parse(String text) {
        if (text == null) {
            return null;
        }
        String unit = text.trim().toUpperCase(Locale.ROOT).replace("/S", "").replace("PS", "").replace(" ", "");
        if (unit.endsWith("HS")) {
            unit = unit.substring(0, unit.length() - 1);
        }
        for (HashrateUnit candidate : values()) {
            if (candidate.name().equals(unit)) {
                return candidate;
            }
        }
        return null;
    }

    /** Returns the unit named by a column suffix such as {@code hashrate_mhs}; null when there is none. */
    static HashrateUnit fromColumnSuffix(String column) {
        String name = column.toLowerCase(Locale.ROOT);
        int underscore = name.lastIndexOf('_');
        return underscore < 0 ? null : parse(name.substring(underscore + 1));
    }
}
