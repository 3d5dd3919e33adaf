package com.hashinsight.ui.comparison;

/**
 * Market and cost assumptions that the comparison sliders set, applied to every strategy alike.
 *
 * @param btcUsd                       BTC price in USD, positive
 * @param difficultyGrowthPctPerMonth  network difficulty change per month in percent; negative for a falling difficulty
 * @param electricityAdderUsdPerMwh    amount added to each contract's energy price in USD/MWh; may be negative
 * @param hostingAdderUsdPerKwMonth    amount added to each contract's hosting fee in USD per kW-month; may be negative
 * @param powerTargetPct               power target in percent of each strategy's own power setting, positive
 */
public record Scenario(double btcUsd, double difficultyGrowthPctPerMonth, double electricityAdderUsdPerMwh,
        double hostingAdderUsdPerKwMonth, double powerTargetPct) {

    public Scenario {
        if (!(btcUsd > 0) || Double.isInfinite(btcUsd)) {
            throw new IllegalArgumentException("btcUsd must be a positive finite number, got " + btcUsd);
        }
        requireFinite("difficultyGrowthPctPerMonth", difficultyGrowthPctPerMonth);
        requireFinite("electricityAdderUsdPerMwh", electricityAdderUsdPerMwh);
        requireFinite("hostingAdderUsdPerKwMonth", hostingAdderUsdPerKwMonth);
        if (!(powerTargetPct > 0) || Double.isInfinite(powerTargetPct)) {
            throw new IllegalArgumentException("powerTargetPct must be a positive finite number, got " + powerTargetPct);
        }
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
    }
}
