package com.hashinsight.tokenizer;

import com.hashinsight.fleet.MarketSnapshot;
import java.time.Duration;
import java.time.Instant;

/**
 * The scenario columns of a training row. At inference they hold the user's assumptions about the
 * next month; in training they hold what the next month really brought, so the model learns how
 * outcomes respond to those assumptions. These are the only inputs of a training row taken from
 * after its scoring time, on purpose.
 */
final class TrainingScenario {

    private static final Duration MONTH = Duration.ofDays(30);

    private TrainingScenario() {
    }

    /**
     * Returns the realised scenario of the 30 days from {@code from}: mean BTC price, difficulty
     * growth in percent over the period, no electricity adder, the contract's hosting fee and
     * {@code powerTargetRatio}.
     */
    static Scenario realised(MarketHistory market, Instant from, double powerTargetRatio) {
        Instant to = from.plus(MONTH);
        double btcSum = 0;
        int btcCount = 0;
        for (MarketSnapshot snapshot : market.between(from, to)) {
            if (Double.isFinite(snapshot.btcUsd()) && snapshot.btcUsd() > 0) {
                btcSum += snapshot.btcUsd();
                btcCount++;
            }
        }
        double btcUsd = btcCount == 0 ? Double.NaN : btcSum / btcCount;
        MarketSnapshot first = market.latestBefore(from.plusSeconds(1), MarketSnapshot::difficulty);
        MarketSnapshot last = market.latestBefore(to, MarketSnapshot::difficulty);
        double growthPct = first == null || last == null || !(first.difficulty() > 0)
                ? 0 : (last.difficulty() / first.difficulty() - 1) * 100;
        return new Scenario(btcUsd, Double.isFinite(growthPct) ? growthPct : 0, 0, Double.NaN,
                Math.min(2.0, powerTargetRatio));
    }
}
