package com.hashinsight.simulation;

import java.time.LocalDate;

/**
 * One miner on one UTC day of the real (not counterfactual) run, one row of {@code ground-truth/miner-days.csv}.
 *
 * @param serial            miner serial
 * @param date              UTC day
 * @param day               day index from world start, 0-based
 * @param inService         false when the miner started the day down for repair
 * @param degraded          hidden state: some component was failing (precursor phase) at the day's start
 * @param hazardPerDay      true failure-onset hazard integrated over the day, summed over components (1/day)
 * @param pFail7d           true probability that a component fails in [day, day + 7)
 * @param pFail30d          true probability that a component fails in [day, day + 30)
 * @param failedWithin7d    1 when a failure happened in [day, day + 7), else 0
 * @param failedWithin30d   1 when a failure happened in [day, day + 30), else 0
 * @param uptimeFraction    share of the day's steps spent hashing
 * @param curtailedHours    hours stopped by the curtailment policy or a demand-response request
 * @param cycles            off→on thermal cycles during the day
 * @param energyKwh         metered energy in kWh, PUE included
 * @param revenueUsd        expected mining revenue in USD
 * @param energyCostUsd     contract energy cost in USD, hosting per kWh included
 * @param hostingCostUsd    capacity hosting fee in USD
 * @param repairCostUsd     repair cost of failures on this day in USD
 * @param drPaymentUsd      demand-response payments in USD
 * @param netProfitUsd      revenue − energy − hosting − repair + demand-response payments, USD
 * @param meanChipTempC     mean chip temperature over hashing steps in °C; NaN when it never hashed
 * @param powerMode         power mode at the day's end
 */
public record MinerDayRecord(String serial, LocalDate date, int day, boolean inService, boolean degraded,
        double hazardPerDay, double pFail7d, double pFail30d, int failedWithin7d, int failedWithin30d,
        double uptimeFraction, double curtailedHours, int cycles, double energyKwh, double revenueUsd,
        double energyCostUsd, double hostingCostUsd, double repairCostUsd, double drPaymentUsd, double netProfitUsd,
        double meanChipTempC, PowerMode powerMode) {
}
