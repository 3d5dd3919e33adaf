package com.hashinsight.simulation;

/**
 * Observer of a miner run. The real run records telemetry, events and labels through it;
 * counterfactual runs pass {@link #NONE}.
 */
interface RunListener {

    RunListener NONE = new RunListener() {
    };

    /** Whether the engine should compute the as-if-running oracle hazard for this run. */
    default boolean tracksOracle() {
        return false;
    }

    default void dayStarted(int day, MinerEngine engine) {
    }

    default void stepped(int step, MinerEngine engine) {
    }

    default void dayEnded(int day, MinerEngine engine) {
    }

    default void event(int step, String kind, String type, String oldValue, String newValue, String reason) {
    }

    default void failed(int step, Component component, int onsetStep, ComponentLife life) {
    }

    default void returned(int step, int repairMask) {
    }
}
