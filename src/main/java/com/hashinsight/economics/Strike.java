package com.hashinsight.economics;

/**
 * The price above which a curtailment policy switches miners off.
 *
 * <p>A breakeven strike follows hashprice: in each interval it is the marginal breakeven grid
 * price of the miner group ({@link Breakeven#marginalGridUsdPerMwh}) plus an offset, so miners
 * run exactly while revenue per MWh exceeds the energy price when the offset is 0. A fixed strike
 * is one price for the whole series.
 *
 * @param followsBreakeven true for a breakeven strike, false for a fixed one
 * @param usdPerMwh        offset added to the breakeven price, or the fixed strike, in USD/MWh;
 *                         positive infinity means never curtail
 */
public record Strike(boolean followsBreakeven, double usdPerMwh) {

    public Strike {
        if (Double.isNaN(usdPerMwh) || usdPerMwh == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("strike usdPerMwh must be a number or positive infinity, got " + usdPerMwh);
        }
    }

    /** A strike at the marginal breakeven price plus {@code offsetUsdPerMwh}. */
    public static Strike breakeven(double offsetUsdPerMwh) {
        return new Strike(true, offsetUsdPerMwh);
    }

    /** A fixed strike of {@code usdPerMwh}. */
    public static Strike fixed(double usdPerMwh) {
        return new Strike(false, usdPerMwh);
    }

    /** A strike that is never reached, so miners always run. */
    public static Strike never() {
        return new Strike(false, Double.POSITIVE_INFINITY);
    }

    /** Returns the strike in USD/MWh for an interval whose marginal breakeven price is {@code breakevenUsdPerMwh}. */
    public double strikeUsdPerMwh(double breakevenUsdPerMwh) {
        return followsBreakeven ? breakevenUsdPerMwh + usdPerMwh : usdPerMwh;
    }
}
