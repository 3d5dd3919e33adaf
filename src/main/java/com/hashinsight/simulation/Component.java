package com.hashinsight.simulation;

/** A miner part that the simulator lets fail. */
public enum Component {
    HASHBOARD,
    FAN,
    PSU;

    /** Every component, shared so the step loop does not copy {@link #values()} each time. */
    static final java.util.List<Component> ALL = java.util.List.of(values());
}
