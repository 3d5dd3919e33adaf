package com.hashinsight.simulation;

/**
 * Firmware family on a miner. Autotuning firmware tunes each chip's voltage, so it draws less power
 * for the same hashrate but restarts slightly more often while it re-tunes.
 */
public enum FirmwareMode {
    STOCK("stock 2024.10", 1.0, 1.0),
    AUTOTUNE("LuxOS 2024.11", 0.94, 1.5);

    private final String version;
    private final double powerFactor;
    private final double rebootRateFactor;

    FirmwareMode(String version, double powerFactor, double rebootRateFactor) {
        this.version = version;
        this.powerFactor = powerFactor;
        this.rebootRateFactor = rebootRateFactor;
    }

    /** Firmware name and version as written to {@code miners.csv}. */
    public String version() {
        return version;
    }

    /** Chip power relative to stock firmware at the same frequency. */
    public double powerFactor() {
        return powerFactor;
    }

    /** Scheduled-reboot rate relative to stock firmware. */
    public double rebootRateFactor() {
        return rebootRateFactor;
    }
}
