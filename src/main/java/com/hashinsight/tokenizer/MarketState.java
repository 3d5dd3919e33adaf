package com.hashinsight.tokenizer;

import com.hashinsight.economics.Hashprice;
import com.hashinsight.economics.MiningRevenue;
import com.hashinsight.fleet.MarketSnapshot;
import java.time.Duration;
import java.time.Instant;

/**
 * Network and market values known strictly before one scoring time; NaN where unknown. Built once
 * per scoring time and shared by every entity scored at that time.
 *
 * @param btcUsd               latest BTC price, USD
 * @param btcUsd30dAgo         latest BTC price at least 30 days earlier, USD
 * @param difficulty           latest difficulty
 * @param difficulty30dAgo     latest difficulty at least 30 days earlier
 * @param networkHashrateThs   latest network hashrate, TH/s
 * @param feesPerBlockBtc      latest mean fees per block, BTC
 * @param btcPerThDay          expected BTC per TH/s per day at the latest snapshot with a known height and
 *                             difficulty (fees counted as 0 when unknown)
 */
public record MarketState(double btcUsd, double btcUsd30dAgo, double difficulty, double difficulty30dAgo,
        double networkHashrateThs, double feesPerBlockBtc, double btcPerThDay) {

    private static final Duration LOOKBACK = Duration.ofDays(30);

    /** Returns the state from {@code history} as of {@code scoringTime}. */
    public static MarketState at(MarketHistory history, Instant scoringTime) {
        Instant earlier = scoringTime.minus(LOOKBACK);
        return new MarketState(
                value(history.latestBefore(scoringTime, MarketSnapshot::btcUsd), MarketSnapshot::btcUsd),
                value(history.latestBefore(earlier, MarketSnapshot::btcUsd), MarketSnapshot::btcUsd),
                value(history.latestBefore(scoringTime, MarketSnapshot::difficulty), MarketSnapshot::difficulty),
                value(history.latestBefore(earlier, MarketSnapshot::difficulty), MarketSnapshot::difficulty),
                value(history.latestBefore(scoringTime, MarketSnapshot::networkHashrateThs), MarketSnapshot::networkHashrateThs),
                value(history.latestBefore(scoringTime, MarketSnapshot::feesPerBlockBtc), MarketSnapshot::feesPerBlockBtc),
                btcPerThDay(history.latestBefore(scoringTime, MarketState::rewardDifficulty)));
    }

    /** Expected USD per TH/s per day at the latest BTC price; NaN when either part is unknown. */
    public double usdPerThDay() {
        return btcPerThDay * btcUsd;
    }

    /**
     * Energy price in USD/MWh at which a miner of {@code joulesPerTh} earns what its energy costs; NaN
     * when the hashprice or BTC price is unknown.
     */
    public double breakevenUsdPerMwh(double joulesPerTh) {
        if (!Double.isFinite(usdPerThDay())) {
            return Double.NaN;
        }
        return new Hashprice(btcPerThDay, btcUsd).usdPerMwh(joulesPerTh);
    }

    /** Difficulty of a snapshot whose height is known, else NaN, so look-ups skip unknown heights. */
    private static double rewardDifficulty(MarketSnapshot snapshot) {
        return snapshot.blockHeight() >= 0 && snapshot.difficulty() > 0 && Double.isFinite(snapshot.difficulty())
                ? snapshot.difficulty() : Double.NaN;
    }

    private static double btcPerThDay(MarketSnapshot snapshot) {
        if (snapshot == null) {
            return Double.NaN;
        }
        // NOTE: unknown fees count as 0, so the hashprice is the subsidy-only lower bound for those snapshots.
        double fees = Double.isFinite(snapshot.feesPerBlockBtc()) && snapshot.feesPerBlockBtc() >= 0 ? snapshot.feesPerBlockBtc() : 0;
        return MiningRevenue.expectedBtcPerDay(1.0, snapshot.difficulty(), MiningRevenue.blockRewardBtc(snapshot.blockHeight(), fees));
    }

    private static double value(MarketSnapshot snapshot, java.util.function.ToDoubleFunction<MarketSnapshot> field) {
        return snapshot == null ? Double.NaN : field.applyAsDouble(snapshot);
    }
}
