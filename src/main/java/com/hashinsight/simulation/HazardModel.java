package com.hashinsight.simulation;

/**
 * Failure-onset hazards and wear of the three components.
 *
 * <p>Each component has a stress factor (1 at reference conditions) and accumulated damage in
 * stress-hours. Its onset hazard per hour is base × frailty × stress × (1 + (damage / 4 years)²), so
 * a hot or overvolted unit fails more now and wears out faster. Temperature stress is the Arrhenius
 * factor exp(Ea / k × (1 / T_ref − 1 / T)); Ea = 0.7 eV for hashboards, 0.45 eV for fan bearings and
 * 0.5 eV for PSU capacitors. Hashboard stress also grows as exp(8 × (V / V_stock − 1)) with core
 * voltage. Each off→on cycle adds Coffin–Manson damage and an immediate hazard, both growing with the
 * square of the temperature swing.
 *
 * <p>NOTE: the activation energies are common textbook values for silicon, bearings and electrolytic
 * capacitors, and the base rates are set so that a fleet at reference conditions loses about 12 % of
 * units a year (hashboard 5.5 %, fan 3.5 %, PSU 2.5 %); none is fitted to miner field data.
 */
final class HazardModel {

    static final double BOLTZMANN_EV_PER_K = 8.617333e-5;
    static final double HOURS_PER_YEAR = 8_766.0;
    static final double WEAR_OUT_DAMAGE_HOURS = 4 * HOURS_PER_YEAR;
    private static final double[] BASE_ANNUAL_RATE = {0.055, 0.035, 0.025};
    private static final double CYCLE_REFERENCE_SWING_C = 40.0;
    private static final double CYCLE_DAMAGE_HOURS = 6.0;
    private static final double CYCLE_HAZARD = 0.0002;
    private static final ArrheniusTable HASHBOARD_TABLE = new ArrheniusTable(0.7, 65.0);
    private static final ArrheniusTable FAN_TABLE = new ArrheniusTable(0.45, 25.0);
    private static final ArrheniusTable PSU_TABLE = new ArrheniusTable(0.5, 50.0);

    private HazardModel() {
    }

    /** Arrhenius acceleration of {@code tempC} against {@code referenceC} for activation energy {@code activationEv}. */
    static double arrhenius(double tempC, double activationEv, double referenceC) {
        return Math.exp(activationEv / BOLTZMANN_EV_PER_K * (1.0 / (referenceC + 273.15) - 1.0 / (tempC + 273.15)));
    }

    /** Voltage stress of a hashing board, exp(8 × (V / V_stock − 1)). */
    static double voltageStress(double voltageRatio) {
        return Math.exp(8.0 * (voltageRatio - 1.0));
    }

    /** Hashboard stress; {@code voltageStress} is 1 for a board that is not hashing. */
    static double hashboardStress(double chipC, double voltageStress) {
        return HASHBOARD_TABLE.factor(chipC) * voltageStress;
    }

    /** Fan bearing stress; zero for a fanless unit or stopped fans. */
    static double fanStress(double inletC, double fanDuty) {
        if (fanDuty <= 0) {
            return 0;
        }
        double relativeDuty = fanDuty / 0.6;
        return FAN_TABLE.factor(inletC) * relativeDuty * Math.sqrt(relativeDuty);
    }

    static double psuStress(double inletC, double load) {
        return PSU_TABLE.factor(inletC + 25.0 * load) * (0.2 + 0.8 * load);
    }

    /** Onset hazard per hour of component {@code componentIndex}. */
    static double ratePerHour(int componentIndex, double stress, double damageHours, double frailty) {
        double wear = damageHours / WEAR_OUT_DAMAGE_HOURS;
        return BASE_ANNUAL_RATE[componentIndex] / HOURS_PER_YEAR * frailty * stress * (1.0 + wear * wear);
    }

    /** Hashboard damage in stress-hours added by one off→on cycle with a chip swing of {@code swingC}. */
    static double cycleDamageHours(double swingC) {
        double ratio = swingC / CYCLE_REFERENCE_SWING_C;
        return CYCLE_DAMAGE_HOURS * ratio * ratio;
    }

    /** Immediate hashboard onset hazard of one off→on cycle. */
    static double cycleHazard(double swingC, double damageHours, double frailty) {
        double ratio = swingC / CYCLE_REFERENCE_SWING_C;
        double wear = damageHours / WEAR_OUT_DAMAGE_HOURS;
        return CYCLE_HAZARD * frailty * ratio * ratio * (1.0 + wear * wear);
    }
}
