package com.hashinsight.economics;

import java.util.List;
import java.util.Objects;

/**
 * A fleet as input to the Monte Carlo projection: miner groups with their curtailment response,
 * plus capital, pool, operational and fixed-cost terms.
 *
 * @param groups                 miner groups and how each responds to hashprice
 * @param capitalUsd             capital cost paid at the start in USD, not negative
 * @param payoutFraction         share of the gross reward paid out after pool fees, 0 to 1
 * @param pue                    site PUE, at least 1, used only to report metered energy
 * @param availability           share of time miners are not down for failures or maintenance, 0 to 1
 * @param realisedHashrateRatio  realised hashrate / nameplate hashrate while running, above 0 and at most 1.5
 * @param fixedCostUsdPerMonth   costs that do not depend on running: hosting capacity fee, maintenance, in USD per mean month
 * @param heldBtcShare           share of mined BTC the client keeps instead of selling, 0 to 1; held BTC is valued
 *                               at each month's closing price
 */
public record ProjectionFleet(List<Group> groups, double capitalUsd, double payoutFraction, double pue, double availability,
        double realisedHashrateRatio, double fixedCostUsdPerMonth, double heldBtcShare) {

    /**
     * One miner group and its response to hashprice.
     *
     * @param miners   identical miners
     * @param response running share and energy cost by payout level
     */
    public record Group(MinerGroup miners, CurtailmentResponse response) {

        public Group {
            Objects.requireNonNull(miners, "miners");
            Objects.requireNonNull(response, "response");
        }
    }

    public ProjectionFleet {
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("a projected fleet needs at least one miner group");
        }
        requireRange("capitalUsd", capitalUsd, 0, Double.MAX_VALUE);
        requireRange("payoutFraction", payoutFraction, 0, 1);
        requireRange("pue", pue, 1, 3);
        requireRange("availability", availability, 0, 1);
        requireRange("realisedHashrateRatio", realisedHashrateRatio, Double.MIN_VALUE, 1.5);
        requireRange("fixedCostUsdPerMonth", fixedCostUsdPerMonth, 0, Double.MAX_VALUE);
        requireRange("heldBtcShare", heldBtcShare, 0, 1);
    }

    /** Nameplate hashrate of the fleet in TH/s. */
    public double nameplateHashrateThs() {
        double total = 0;
        for (Group group : groups) {
            total += group.miners().totalHashrateThs();
        }
        return total;
    }

    /** Number of miners in the fleet. */
    public int minerCount() {
        int total = 0;
        for (Group group : groups) {
            total += group.miners().count();
        }
        return total;
    }

    private static void requireRange(String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(name + " must be between " + low + " and " + high + ", got " + value);
        }
    }
}
