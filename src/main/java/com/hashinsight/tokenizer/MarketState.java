package com.hashinsight.tokenizer;

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
 */
public record MarketState(double btcUsd, double btcUsd30dAgo, double difficulty, double difficulty30dAgo,
        double networkHashrateThs, double feesPerBlockBtc) {

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
                value(history.latestBefore(scoringTime, MarketSnapshot::feesPerBlockBtc), MarketSnapshot::feesPerBlockBtc));
    }

    private static double value(MarketSnapshot snapshot, java.util.function.ToDoubleFunction<MarketSnapshot> field) {
        return snapshot == null ? Double.NaN : field.applyAsDouble(snapshot);
    }
}
