package com.hashinsight.simulation;

import java.time.LocalDate;

/**
 * One simulated miner's fixed properties, including the hidden unit-to-unit variation.
 *
 * @param index           position in the world, part of every random-stream key
 * @param serial          serial number
 * @param model           model physics
 * @param clientId        owning client
 * @param installDate     install day
 * @param hashFactor      hashrate relative to nameplate at stock settings
 * @param powerFactor     wall power relative to nameplate at stock settings
 * @param thermalFactor   chip temperature rise relative to a typical unit
 * @param frailty         hazard multiplier per component (index = {@link Component#ordinal()})
 * @param initialDamage   damage in stress-hours per component at world start, from its age
 * @param initialPlan     operation at world start
 */
record MinerUnit(int index, String serial, ModelPhysics model, String clientId, LocalDate installDate,
        double hashFactor, double powerFactor, double thermalFactor, double[] frailty, double[] initialDamage,
        OperatingPlan initialPlan) {

    /** Mean frailty over the components the unit has, the single number written to the ground truth. */
    double meanFrailty() {
        int count = model.fans() > 0 ? 3 : 2;
        double sum = frailty[Component.HASHBOARD.ordinal()] + frailty[Component.PSU.ordinal()];
        if (model.fans() > 0) {
            sum += frailty[Component.FAN.ordinal()];
        }
        return sum / count;
    }
}
