package com.hashinsight.fleet;

import java.util.Objects;

/**
 * A client of the hosting or sales team.
 *
 * @param id                   client key
 * @param name                 display name
 * @param riskLevel            risk appetite
 * @param budgetUsd            capital budget in USD, not negative
 * @param paybackTargetMonths  payback the client wants, in months, positive
 * @param holdStyle            what the client does with mined BTC
 * @param preferredRegion      region the client prefers, for example "ERCOT"; null when none
 */
public record ClientProfile(String id, String name, RiskLevel riskLevel, double budgetUsd,
        int paybackTargetMonths, HoldStyle holdStyle, String preferredRegion) {

    public ClientProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(riskLevel, "riskLevel");
        Objects.requireNonNull(holdStyle, "holdStyle");
        if (!(budgetUsd >= 0) || Double.isInfinite(budgetUsd)) {
            throw new IllegalArgumentException("budgetUsd must be a finite number >= 0, got " + budgetUsd);
        }
        if (paybackTargetMonths <= 0) {
            throw new IllegalArgumentException("paybackTargetMonths must be positive, got " + paybackTargetMonths);
        }
    }
}
