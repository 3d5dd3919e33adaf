package com.hashinsight.simulation;

/**
 * A power mode preset: chip frequency and core voltage relative to the vendor's stock setting.
 * Hashrate scales with frequency and chip power with frequency × voltage² (dynamic CMOS power).
 */
public enum PowerMode {
    ECO(0.85, 0.92),
    STOCK(1.0, 1.0),
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
        return this == PERFORMANCE ? STOCK : ECO;
    }
}
