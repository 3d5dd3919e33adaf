package com.hashinsight.strategy;

import com.hashinsight.fleet.MinerModel;

/**
 * Prior hardware price per TH/s by efficiency class, to size fleets from a budget when no quote
 * is at hand. The tiers are 20 USD per TH/s at or below 16 J/TH, 15 at or below 20 J/TH, 8 at or
 * below 25 J/TH and 4 above.
 *
 * <p>NOTE: the tiers are estimates of recent ASIC market prices, not quotes; pass a quoted price
 * per TH/s to {@link #HardwarePricing(double)} for real decisions.
 */
public final class HardwarePricing {

    private final double fixedUsdPerTh;

    /** Pricing by the efficiency tiers. */
    public HardwarePricing() {
        this.fixedUsdPerTh = Double.NaN;
    }

    /**
     * Pricing at one quoted price per TH/s for every model.
     *
     * @param usdPerTh price per TH/s in USD, not negative
     */
    public HardwarePricing(double usdPerTh) {
        if (!(usdPerTh >= 0) || Double.isInfinite(usdPerTh)) {
            throw new IllegalArgumentException("usdPerTh must be a finite number >= 0, got " + usdPerTh);
        }
        this.fixedUsdPerTh = usdPerTh;
    }

    /** Returns the price of one miner of {@code model} in USD. */
    public double unitPriceUsd(MinerModel model) {
        return model.nominalThs() * usdPerTh(model.joulesPerTh());
    }

    /** Returns the price per TH/s in USD for a miner of {@code joulesPerTh}. */
    public double usdPerTh(double joulesPerTh) {
        if (!Double.isNaN(fixedUsdPerTh)) {
            return fixedUsdPerTh;
        }
        if (joulesPerTh <= 16) {
            return 20;
        }
        if (joulesPerTh <= 20) {
            return 15;
        }
        return joulesPerTh <= 25 ? 8 : 4;
    }
}
