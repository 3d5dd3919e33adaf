package com.hashinsight.economics;

import com.hashinsight.fleet.MinerModel;
import java.util.Objects;

/**
 * Identical miners evaluated together: same hashrate and power, so one evaluation scaled by the
 * count gives the same totals as one evaluation per miner.
 *
 * @param name        label, usually the model name
 * @param count       number of miners, not negative
 * @param hashrateThs hashrate of one miner in TH/s, positive
 * @param powerW      power of one miner at the wall in W, positive
 */
public record MinerGroup(String name, int count, double hashrateThs, double powerW) {

    public MinerGroup {
        Objects.requireNonNull(name, "name");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        if (!(hashrateThs > 0) || Double.isInfinite(hashrateThs) || !(powerW > 0) || Double.isInfinite(powerW)) {
            throw new IllegalArgumentException("hashrateThs and powerW must be positive finite numbers, got "
                    + hashrateThs + " and " + powerW);
        }
    }

    /** A group of {@code count} miners of {@code model} at nameplate. */
    public static MinerGroup of(MinerModel model, int count) {
        return new MinerGroup(model.model(), count, model.nominalThs(), model.nominalW());
    }

    /** Efficiency in J/TH. */
    public double joulesPerTh() {
        return powerW / hashrateThs;
    }

    /** Hashrate of the whole group in TH/s. */
    public double totalHashrateThs() {
        return hashrateThs * count;
    }

    /** Power of the whole group at the wall in W. */
    public double totalPowerW() {
        return powerW * count;
    }
}
