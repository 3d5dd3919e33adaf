package com.hashinsight.strategy;

/**
 * Firmware a fleet runs, with its effect on efficiency and its fee.
 *
 * <p>NOTE: the efficiency gain and fee of autotuning firmware are estimates for planning, not
 * measurements. Aftermarket firmware (for example LuxOS or Braiins OS) tunes voltage and frequency
 * per chip and charges a share of hashrate. Its vendors publish fee rates of about 2 to 3 % and
 * claim efficiency gains that vary by model.
 */
public enum FirmwareMode {

    /** Vendor firmware at the vendor's settings. */
    STOCK(1.0, 0.0),
    /** Aftermarket firmware with per-chip autotuning. */
    AUTOTUNED(0.93, 0.025);

    private final double efficiencyFactor;
    private final double hashrateFeeFraction;

    FirmwareMode(double efficiencyFactor, double hashrateFeeFraction) {
        this.efficiencyFactor = efficiencyFactor;
        this.hashrateFeeFraction = hashrateFeeFraction;
    }

    /** J/TH relative to stock at the same power, for example 0.93 for 7 % fewer joules per terahash. */
    public double efficiencyFactor() {
        return efficiencyFactor;
    }

    /** Share of hashrate the firmware vendor keeps as its fee, 0 to 1. */
    public double hashrateFeeFraction() {
        return hashrateFeeFraction;
    }
}
