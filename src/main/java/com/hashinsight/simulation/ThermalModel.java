package com.hashinsight.simulation;

import com.hashinsight.fleet.Cooling;

/**
 * Steady-state temperatures of one miner for one 5-minute step. A step is long against the chips'
 * thermal time constant (about a minute), so no thermal inertia is modelled.
 *
 * <ul>
 *   <li>AIR: inlet = max(ambient + 3, 10) °C (hot-aisle recirculation; exhaust mixing in winter). The
 *       fan controller aims the chips at 65 °C + 0.3 × (inlet − 25), the imperfect regulation of
 *       stock firmware, and chip − inlet = 30 °C × load × unit factor / (0.35 + 0.65 × fan duty).
 *       At full duty it cannot hold the target and the chips run hotter.</li>
 *   <li>HYDRO: coolant inlet = max(ambient + 8, 28) °C from a dry cooler; chip − inlet = 22 °C × load. The
 *       power supplies sit in the container air at max(ambient + 5, 10) °C.</li>
 *   <li>IMMERSION: fluid inlet = max(ambient + 6, 32) °C; chip − fluid = 20 °C × load, with no fans.</li>
 * </ul>
 * Load is wall power over nameplate power. A stopped miner sits at its inlet temperature.
 */
final class ThermalModel {

    private static final double MIN_FAN_DUTY = 0.3;

    /** Hottest chip in °C. */
    double chipC;
    /** Hottest board sensor in °C. */
    double boardC;
    /** Air or coolant inlet in °C. */
    double inletC;
    /** Air or coolant outlet in °C. */
    double outletC;
    /** Fan duty 0..1; 0 for fanless units or when stopped. */
    double fanDuty;
    /** Air or fluid around the power supply in °C: the inlet air, the hydro container's room air, or the immersion fluid. */
    double psuAmbientC;

    /** Computes the temperatures in place, so the hot loop allocates nothing. */
    void compute(Cooling cooling, boolean hasFans, double ambientC, double load, double thermalFactor, boolean running) {
        switch (cooling) {
            case AIR -> {
                air(hasFans, ambientC, load, thermalFactor, running);
                psuAmbientC = inletC;
            }
            case HYDRO -> {
                liquid(Math.max(ambientC + 8, 28), 22, 7, load, thermalFactor, running);
                psuAmbientC = Math.max(ambientC + 5, 10);
            }
            case IMMERSION -> {
                liquid(Math.max(ambientC + 6, 32), 20, 8, load, thermalFactor, running);
                psuAmbientC = inletC;
            }
        }
    }

    private void air(boolean hasFans, double ambientC, double load, double thermalFactor, boolean running) {
        inletC = Math.max(ambientC + 3, 10);
        if (!running) {
            idle();
            return;
        }
        double riseAtFullCoupling = 30.0 * load * thermalFactor;
        double targetC = 65.0 + 0.3 * (inletC - 25.0);
        double coupling = riseAtFullCoupling / Math.max(targetC - inletC, 1e-6);
        fanDuty = hasFans ? Math.min(1.0, Math.max(MIN_FAN_DUTY, (coupling - 0.35) / 0.65)) : 1.0;
        chipC = inletC + riseAtFullCoupling / (0.35 + 0.65 * fanDuty);
        boardC = inletC + 0.75 * (chipC - inletC);
        outletC = inletC + 12.0 * load / (0.3 + 0.7 * fanDuty);
        if (!hasFans) {
            fanDuty = 0;
        }
    }

    private void liquid(double inlet, double risePerLoad, double outletRisePerLoad, double load, double thermalFactor,
            boolean running) {
        inletC = inlet;
        if (!running) {
            idle();
            return;
        }
        chipC = inletC + risePerLoad * load * thermalFactor;
        boardC = inletC + 0.7 * (chipC - inletC);
        outletC = inletC + outletRisePerLoad * load;
        fanDuty = 0;
    }

    private void idle() {
        chipC = inletC;
        boardC = inletC;
        outletC = inletC;
        fanDuty = 0;
    }
}
