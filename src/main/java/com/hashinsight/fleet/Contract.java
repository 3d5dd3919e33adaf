package com.hashinsight.fleet;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A power and hosting contract at one site.
 *
 * @param id                        contract key
 * @param siteId                    site the contract belongs to
 * @param type                      pricing type
 * @param fixedUsdPerMwh            price for FIXED, and the base for DEMAND_RESPONSE without spot; NaN when unused
 * @param spotAdderUsdPerMwh        adder on the settlement price for SPOT; 0 when unused
 * @param touWindows                windows for TIME_OF_USE; empty otherwise
 * @param hostingUsdPerKwMonth      hosting fee per kW of contracted load per month; 0 when none
 * @param hostingUsdPerKwh          hosting fee per kWh consumed; 0 when none
 * @param curtailmentAllowed        true when the client may curtail at will
 * @param maxCurtailHoursPerMonth   cap on curtailed hours per month; NaN when unlimited
 * @param drPaymentUsdPerMwh        demand-response payment per MWh curtailed on request; 0 when none
 * @param termStart                 first day of the term
 * @param termMonths                term length in months, positive
 */
public record Contract(String id, String siteId, ContractType type, double fixedUsdPerMwh,
        double spotAdderUsdPerMwh, List<TouWindow> touWindows, double hostingUsdPerKwMonth,
        double hostingUsdPerKwh, boolean curtailmentAllowed, double maxCurtailHoursPerMonth,
        double drPaymentUsdPerMwh, LocalDate termStart, int termMonths) {

    public Contract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(type, "type");
        touWindows = List.copyOf(touWindows);
        if (type == ContractType.FIXED && !Double.isFinite(fixedUsdPerMwh)) {
            throw new IllegalArgumentException("a FIXED contract needs fixedUsdPerMwh, got " + fixedUsdPerMwh);
        }
        if (type == ContractType.TIME_OF_USE && touWindows.isEmpty()) {
            throw new IllegalArgumentException("a TIME_OF_USE contract needs at least one window");
        }
        if (hostingUsdPerKwMonth < 0 || hostingUsdPerKwh < 0) {
            throw new IllegalArgumentException("hosting fees must not be negative, got " + hostingUsdPerKwMonth + " and " + hostingUsdPerKwh);
        }
        if (termMonths <= 0) {
            throw new IllegalArgumentException("termMonths must be positive, got " + termMonths);
        }
    }
}
