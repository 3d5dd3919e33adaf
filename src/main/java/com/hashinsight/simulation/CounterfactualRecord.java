package com.hashinsight.simulation;

/**
 * The realised outcome of one candidate for one miner from one anchor day over one horizon, one row of
 * {@code ground-truth/counterfactuals.csv}. Values are cumulative from the anchor day's start.
 *
 * @param serial          miner serial
 * @param anchorDay       day index where the candidate starts
 * @param candidateId     candidate id from {@link GroundTruthWorld#candidates()}
 * @param horizonDays     horizon length in days
 * @param applicable      false when the candidate cannot apply (for example an air-cooled model at a
 *                        hydro site) or the horizon runs past the price or market data. The numbers are NaN then.
 * @param netProfitUsd    revenue − energy − hosting − repair − move cost + demand-response payments, USD
 * @param revenueUsd      expected mining revenue, USD
 * @param energyCostUsd   contract energy cost, USD
 * @param energyKwh       metered energy, kWh
 * @param downtimeHours   hours down for repair or a move (curtailment not included)
 * @param failures        component failures in the horizon
 * @param cycles          off→on thermal cycles
 * @param curtailedHours  hours stopped by curtailment or demand response
 */
public record CounterfactualRecord(String serial, int anchorDay, String candidateId, int horizonDays,
        boolean applicable, double netProfitUsd, double revenueUsd, double energyCostUsd, double energyKwh,
        double downtimeHours, int failures, int cycles, double curtailedHours) {
}
