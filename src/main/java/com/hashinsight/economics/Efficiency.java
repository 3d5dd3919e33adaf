package com.hashinsight.economics;

/**
 * Miner efficiency in J/TH, which equals W per TH/s.
 */
public final class Efficiency {

    private Efficiency() {
    }

    /**
     * Returns the efficiency in J/TH of a miner drawing {@code powerW} at {@code hashrateThs}.
     *
     * @param powerW      power at the wall in W, not negative; NaN gives NaN
     * @param hashrateThs hashrate in TH/s; NaN gives NaN, and 0 gives NaN because a miner that
     *                    does not hash has no efficiency (never infinity)
     * @throws IllegalArgumentException when the power or the hashrate is negative
     */
    public static double joulesPerTh(double powerW, double hashrateThs) {
        if (powerW < 0 || hashrateThs < 0) {
            throw new IllegalArgumentException("powerW and hashrateThs must be >= 0, got " + powerW + " and " + hashrateThs);
        }
        if (hashrateThs == 0) {
            return Double.NaN;
        }
        return powerW / hashrateThs;
    }
}
