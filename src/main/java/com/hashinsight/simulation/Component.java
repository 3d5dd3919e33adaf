package com.hashinsight.simulation;

/** A miner part that the simulator lets fail. */
public enum Component {
    HASHBOARD,
    FAN,
    PSU;

    private static final Component[] VALUES = values();

    /** Returns the component with ordinal {@code index}. */
    static Component of(int index) {
        return VALUES[index];
    }
}
