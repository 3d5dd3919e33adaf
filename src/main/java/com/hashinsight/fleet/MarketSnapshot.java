package com.hashinsight.fleet;

import java.time.Instant;
import java.util.Objects;

/**
 * Bitcoin network and market state at one time.
 *
 * @param time                 UTC time
 * @param blockHeight          block height at that time; -1 when unknown (then revenue cannot be computed)
 * @param btcUsd               BTC price in USD; NaN when unknown
 * @param difficulty           network difficulty; NaN when unknown
 * @param networkHashrateThs   network hashrate in TH/s; NaN when unknown
 * @param feesPerBlockBtc      mean transaction fees per block in BTC; NaN when unknown
 */
public record MarketSnapshot(Instant time, long blockHeight, double btcUsd, double difficulty,
        double networkHashrateThs, double feesPerBlockBtc) {

    public MarketSnapshot {
        Objects.requireNonNull(time, "time");
    }
}
