package com.hashinsight.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Profit of one scope on one UTC day, as the economics engine computed it. Money is in USD,
 * unknown values are NaN.
 *
 * @param day                     UTC day
 * @param scope                   what the row sums up
 * @param scopeId                 miner serial, site id or client id; "fleet" for the whole fleet
 * @param hashrateThs             mean hashrate over the day in TH/s
 * @param energyKwh               energy used in kWh, PUE included
 * @param revenueBtc              mined BTC, subsidy plus fees
 * @param revenueUsd              revenue in USD at {@code btcUsd}
 * @param energyCostUsd           energy cost in USD
 * @param hostingCostUsd          hosting fees in USD
 * @param profitUsd               revenue minus energy and hosting cost, in USD
 * @param btcUsd                  BTC price used, USD
 * @param hashpriceUsdPerPhDay    hashprice used, USD per PH/s per day
 * @param source                  what computed it, for example "economics" or "simulator"
 * @param computedAt              when it was computed, UTC
 */
public record DailyProfitSnapshot(LocalDate day, Scope scope, String scopeId, double hashrateThs, double energyKwh,
        double revenueBtc, double revenueUsd, double energyCostUsd, double hostingCostUsd, double profitUsd, double btcUsd,
        double hashpriceUsdPerPhDay, String source, Instant computedAt) {

    /** What a snapshot sums up. */
    public enum Scope {
        MINER,
        SITE,
        CLIENT,
        FLEET
    }

    public DailyProfitSnapshot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(scopeId, "scopeId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(computedAt, "computedAt");
    }
}
