package com.hashinsight.simulation;

/**
 * A power mode preset: chip frequency and core voltage relative to the vendor's stock setting.
 * Hashrate scales with frequency and chip power with frequency × voltage² (dynamic CMOS power).
 *
 * <p>TARGET_90 and TARGET_110 are the 90 % and 110 % power targets of the strategy presets. Their
 * frequency is P^0.75 and their voltage P^0.125, so power is P and hashrate P^0.75, the curve that
 * {@code com.hashinsight.strategy.PowerTuning} assumes.
 */
public enum PowerMode {
    ECO(0.85, 0.92),
    TARGET_90(Math.pow(0.9, 0.75), Math.pow(0.9, 0.125)),
    STOCK(1.0, 1.0),
    TARGET_110(Math.pow(1.1, 0.75), Math.pow(1.1, 0.125)),
    PERFORMANCE(1.15, 1.06);

    private final double frequencyRatio;
    private final double voltageRatio;

    PowerMode(double frequencyRatio, double voltageRatio) {
        this.frequencyRatio = frequencyRatio;
        this.voltageRatio = voltageRatio;
    }

    /** Chip frequency relative to stock. */
    public double frequencyRatio() {
        return frequencyRatio;
    }

    /** Core voltage relative to stock. */
    public double voltageRatio() {
        return voltageRatio;
    }

    /** Hashrate relative to stock, equal to the frequency ratio. */
    public double hashrateRatio() {
        return frequencyRatio;
    }

    /** Chip power relative to stock: frequency × voltage². */
    public double powerRatio() {
        return frequencyRatio * voltageRatio * voltageRatio;
    }

    /** Returns the next lower mode, or this one when it is already ECO. */
    PowerMode lower() {
        return switch (this) {
            case PERFORMANCE, TARGET_110 -> STOCK;
            case STOCK, TARGET_90, ECO -> ECO;
        };
    }

    /** Returns the mode for a strategy power target (share of nameplate power), the nearest one by power. */
    static PowerMode forPowerTarget(double powerTarget) {
        PowerMode nearest = STOCK;
        for (PowerMode mode : values()) {
            if (Math.abs(mode.powerRatio() - powerTarget) < Math.abs(nearest.powerRatio() - powerTarget)) {
                nearest = mode;
            }
        }
        return nearest;
    }
}
