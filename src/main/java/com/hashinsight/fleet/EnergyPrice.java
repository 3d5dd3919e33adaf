package com.hashinsight.fleet;

import java.time.Instant;
import java.util.Objects;

/**
 * One settlement interval price.
 *
 * @param settlementPoint  price node, for example "HB_WEST"
 * @param intervalStart    UTC start of the interval
 * @param intervalMinutes  interval length: 5, 15 or 60
 * @param market           DAM (day-ahead) or RTM (real-time)
 * @param usdPerMwh        price in USD/MWh; negative prices are valid
 */
public record EnergyPrice(String settlementPoint, Instant intervalStart, int intervalMinutes, String market, double usdPerMwh) {

    public EnergyPrice {
        Objects.requireNonNull(settlementPoint, "settlementPoint");
        Objects.requireNonNull(intervalStart, "intervalStart");
        if (intervalMinutes <= 0 || 60 % intervalMinutes != 0) {
            throw new IllegalArgumentException("intervalMinutes must divide 60, got " + intervalMinutes);
        }
        if (!"DAM".equals(market) && !"RTM".equals(market)) {
            throw new IllegalArgumentException("market must be DAM or RTM, got " + market);
        }
        if (!Double.isFinite(usdPerMwh)) {
            throw new IllegalArgumentException("usdPerMwh must be finite, got " + usdPerMwh);
        }
    }
}
