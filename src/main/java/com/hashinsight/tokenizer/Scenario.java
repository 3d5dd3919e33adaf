package com.hashinsight.tokenizer;

/**
 * The user's assumptions, set by the sliders, as the NS-tokens see them.
 *
 * @param btcUsd                         assumed BTC price in USD; NaN to use the market price at the scoring time
 * @param difficultyGrowthPctPerMonth    assumed network difficulty growth, percent per month; may be negative
 * @param electricityAdderUsdPerMwh      added to every energy price, USD/MWh; may be negative
 * @param hostingUsdPerKwMonth           hosting fee override, USD per kW per month; NaN to keep the contract's fee
 * @param powerTargetRatio               power target as a share of nameplate power, in (0, 2]
 */
public record Scenario(double btcUsd, double difficultyGrowthPctPerMonth, double electricityAdderUsdPerMwh,
        double hostingUsdPerKwMonth, double powerTargetRatio) {

    /** Market prices, no growth, no adder, contract fees, nameplate power. */
    public static final Scenario MARKET = new Scenario(Double.NaN, 0, 0, Double.NaN, 1.0);

    public Scenario {
        if (!Double.isNaN(btcUsd) && !(btcUsd > 0 && Double.isFinite(btcUsd))) {
            throw new IllegalArgumentException("btcUsd must be a positive finite price or NaN, got " + btcUsd);
        }
        if (!Double.isFinite(difficultyGrowthPctPerMonth) || !Double.isFinite(electricityAdderUsdPerMwh)) {
            throw new IllegalArgumentException("difficulty growth and electricity adder must be finite, got "
                    + difficultyGrowthPctPerMonth + " and " + electricityAdderUsdPerMwh);
        }
        if (!Double.isNaN(hostingUsdPerKwMonth) && !(hostingUsdPerKwMonth >= 0 && Double.isFinite(hostingUsdPerKwMonth))) {
            throw new IllegalArgumentException("hostingUsdPerKwMonth must be a finite fee >= 0 or NaN, got " + hostingUsdPerKwMonth);
        }
        if (!(powerTargetRatio > 0 && powerTargetRatio <= 2)) {
            throw new IllegalArgumentException("powerTargetRatio must be in (0, 2], got " + powerTargetRatio);
        }
    }
}
