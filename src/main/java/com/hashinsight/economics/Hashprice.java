package com.hashinsight.economics;

import com.hashinsight.fleet.MarketSnapshot;

/**
 * Hashprice: expected revenue of one unit of hashrate over one day, before pool fees.
 *
 * <p>Example: difficulty 1e14, 3.125 BTC subsidy, no fees and BTC at 100,000 USD give
 * 6.2864e-4 BTC and 62.864 USD per PH/s·day (exactly 2.7e11 / 2^32 USD).
 *
 * @param btcPerThDay expected BTC per TH/s per day, not negative; NaN when unknown
 * @param btcUsd      BTC price in USD used for the USD figures; NaN when unknown
 */
public record Hashprice(double btcPerThDay, double btcUsd) {

    /** TH/s per PH/s. */
    public static final double THS_PER_PHS = 1_000.0;

    /** Joules per MWh. */
    public static final double JOULES_PER_MWH = 3.6e9;

    public Hashprice {
        if (btcPerThDay < 0 || Double.isInfinite(btcPerThDay)) {
            throw new IllegalArgumentException("btcPerThDay must be a finite number >= 0, got " + btcPerThDay);
        }
        if (btcUsd < 0 || Double.isInfinite(btcUsd)) {
            throw new IllegalArgumentException("btcUsd must be a finite number >= 0, got " + btcUsd);
        }
    }

    /**
     * Computes the hashprice from network state.
     *
     * @param difficulty     network difficulty, positive and finite
     * @param blockRewardBtc subsidy plus fees per block in BTC, not negative
     * @param btcUsd         BTC price in USD, not negative; NaN makes the USD figures NaN
     * @throws EconomicInputException naming {@code difficulty} when it is not a positive number
     */
    public static Hashprice of(double difficulty, double blockRewardBtc, double btcUsd) {
        return new Hashprice(MiningRevenue.expectedBtcPerDay(1.0, difficulty, blockRewardBtc), btcUsd);
    }

    /**
     * Computes the hashprice from a market snapshot.
     *
     * @throws EconomicInputException naming the field when the height is unknown, the difficulty is
     *         not positive, the fees are missing or the BTC price is missing
     */
    public static Hashprice of(MarketSnapshot market) {
        if (!(market.btcUsd() >= 0) || Double.isInfinite(market.btcUsd())) {
            throw new EconomicInputException("economics.error.invalidBtcPrice", "btcUsd", market.btcUsd());
        }
        return of(market.difficulty(), MiningRevenue.blockRewardBtc(market), market.btcUsd());
    }

    /** Expected BTC per PH/s per day. */
    public double btcPerPhDay() {
        return btcPerThDay * THS_PER_PHS;
    }

    /** Expected USD per TH/s per day; NaN when the BTC price is unknown. */
    public double usdPerThDay() {
        return btcPerThDay * btcUsd;
    }

    /** Expected USD per PH/s per day; NaN when the BTC price is unknown. */
    public double usdPerPhDay() {
        return usdPerThDay() * THS_PER_PHS;
    }

    /**
     * Returns the revenue per MWh that a miner of {@code joulesPerTh} draws at its power supply,
     * which is the highest energy price at which it still earns more than its energy costs.
     *
     * @param joulesPerTh efficiency in J/TH, positive
     * @throws IllegalArgumentException when the efficiency is not positive
     */
    public double usdPerMwh(double joulesPerTh) {
        if (!(joulesPerTh > 0) || Double.isInfinite(joulesPerTh)) {
            throw new IllegalArgumentException("joulesPerTh must be a positive finite number, got " + joulesPerTh);
        }
        double mwhPerThDay = joulesPerTh * MiningRevenue.SECONDS_PER_DAY / JOULES_PER_MWH;
        return usdPerThDay() / mwhPerThDay;
    }
}
