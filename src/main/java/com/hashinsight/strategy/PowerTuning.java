package com.hashinsight.strategy;

import com.hashinsight.economics.MinerGroup;
import com.hashinsight.fleet.MinerModel;

/**
 * Operating point of a miner at a power target: hashrate = nameplate × (power ratio)^0.75.
 *
 * <p>Lowering the power target lowers voltage and frequency together, so hashrate falls more slowly
 * than power and J/TH improves; raising it does the opposite. With exponent 0.75, 80 % power gives
 * 84.6 % hashrate (5.4 % fewer J/TH) and 115 % power gives 111 % hashrate.
 * NOTE: the exponent is an estimate of the typical shape of ASIC power-hashrate curves, not fitted
 * to a model's measured curve. Fleet telemetry should replace it when available.
 */
public final class PowerTuning {

    /** Exponent of the power ratio in the hashrate ratio. */
    public static final double HASHRATE_EXPONENT = 0.75;

    /** Lowest power target, as a share of nameplate power. */
    public static final double MIN_POWER_TARGET = 0.5;

    /** Highest power target, as a share of nameplate power. */
    public static final double MAX_POWER_TARGET = 1.3;

    private PowerTuning() {
    }

    /**
     * Returns the miner group of {@code count} miners of {@code model} at {@code powerTarget} with
     * {@code firmware}: power is nameplate × target, and hashrate follows the power curve, the
     * firmware's efficiency and its hashrate fee.
     *
     * @param powerTarget share of nameplate power, {@value #MIN_POWER_TARGET} to {@value #MAX_POWER_TARGET}
     * @throws IllegalArgumentException when the power target is out of range
     */
    public static MinerGroup tune(MinerModel model, int count, double powerTarget, FirmwareMode firmware) {
        requirePowerTarget(powerTarget);
        double powerW = model.nominalW() * powerTarget;
        double hashrateThs = model.nominalThs() * Math.pow(powerTarget, HASHRATE_EXPONENT) / firmware.efficiencyFactor()
                * (1 - firmware.hashrateFeeFraction());
        return new MinerGroup(model.model(), count, hashrateThs, powerW);
    }

    static void requirePowerTarget(double powerTarget) {
        if (!(powerTarget >= MIN_POWER_TARGET && powerTarget <= MAX_POWER_TARGET)) {
            throw new IllegalArgumentException("power target must be between " + MIN_POWER_TARGET + " and " + MAX_POWER_TARGET
                    + " of nameplate power, got " + powerTarget);
        }
    }
}
