package com.hashinsight.economics;

import java.util.List;
import java.util.Objects;

/**
 * Totals of a curtailment policy over a price series for one miner group, or for a fleet when
 * combined. Money is in USD, energy in MWh. Intervals without a price are left out of every total.
 *
 * @param name                 group name, or the fleet label for a combined result
 * @param schedule             running share per interval; null when not kept or combined
 * @param minerEnergyMwh       energy the miners drew at the wall
 * @param fullLoadEnergyMwh    energy the miners would have drawn at the wall running in every priced interval
 * @param meteredEnergyMwh     energy at the meter, miner energy × PUE
 * @param revenueUsd           mining revenue after pool fees
 * @param energyCostUsd        energy cost at the contract price, negative when negative prices paid the site
 * @param hostingEnergyFeeUsd  hosting fee per kWh drawn (the capacity fee does not depend on the schedule and is left out)
 * @param cycleCostUsd         thermal-cycling cost of all off/on cycles
 * @param demandResponseUsd    demand-response payments earned
 * @param peakCreditUsd        credit for staying off in peak windows
 * @param cycles               off/on cycles counted in miners, for example 10 for a group of 10 switched off once
 * @param uptimeFraction       mean running share over priced intervals, weighted by power for a fleet
 * @param curtailedHours       hours the group was off, weighted by the share off
 * @param pricedIntervals      intervals with a price
 * @param missingIntervals     intervals without a price
 */
public record CurtailmentResult(String name, CurtailmentSchedule schedule, double minerEnergyMwh, double fullLoadEnergyMwh,
        double meteredEnergyMwh,
        double revenueUsd, double energyCostUsd, double hostingEnergyFeeUsd, double cycleCostUsd, double demandResponseUsd,
        double peakCreditUsd, double cycles, double uptimeFraction, double curtailedHours, int pricedIntervals,
        int missingIntervals) {

    public CurtailmentResult {
        Objects.requireNonNull(name, "name");
    }

    /** Revenue plus demand-response payments and peak credit, minus energy, hosting energy fee and cycling cost. */
    public double netUsd() {
        return revenueUsd + demandResponseUsd + peakCreditUsd - energyCostUsd - hostingEnergyFeeUsd - cycleCostUsd;
    }

    /**
     * Sums the results of several groups evaluated over the same series. Uptime is weighted by
     * each group's full-load energy, and the schedule is dropped.
     */
    public static CurtailmentResult combine(String name, List<CurtailmentResult> parts) {
        double minerMwh = 0;
        double meteredMwh = 0;
        double revenue = 0;
        double energyCost = 0;
        double hostingFee = 0;
        double cycleCost = 0;
        double demandResponse = 0;
        double peakCredit = 0;
        double cycles = 0;
        double curtailedHours = 0;
        double fullRunMwh = 0;
        int priced = 0;
        int missing = 0;

        for (CurtailmentResult part : parts) {
            minerMwh += part.minerEnergyMwh;
            meteredMwh += part.meteredEnergyMwh;
            revenue += part.revenueUsd;
            energyCost += part.energyCostUsd;
            hostingFee += part.hostingEnergyFeeUsd;
            cycleCost += part.cycleCostUsd;
            demandResponse += part.demandResponseUsd;
            peakCredit += part.peakCreditUsd;
            cycles += part.cycles;
            curtailedHours += part.curtailedHours;
            fullRunMwh += part.fullLoadEnergyMwh;
            priced = Math.max(priced, part.pricedIntervals);
            missing = Math.max(missing, part.missingIntervals);
        }

        double uptime = fullRunMwh > 0 ? minerMwh / fullRunMwh : 0;
        return new CurtailmentResult(name, null, minerMwh, fullRunMwh, meteredMwh, revenue, energyCost, hostingFee, cycleCost,
                demandResponse, peakCredit, cycles, uptime, curtailedHours, priced, missing);
    }
}
