package com.hashinsight.simulation;

/** Running sums of one miner's outcomes; the engine only adds to them. */
final class Totals {

    double revenueUsd;
    double energyKwh;
    double energyCostUsd;
    double hostingCostUsd;
    double repairCostUsd;
    double drPaymentUsd;
    double moveCostUsd;
    double downtimeHours;
    double curtailedHours;
    int failures;
    int cycles;
    int hashingSteps;
    double chipTempSumWhileHashing;

    double netProfitUsd() {
        return revenueUsd - energyCostUsd - hostingCostUsd - repairCostUsd - moveCostUsd + drPaymentUsd;
    }

    Totals copy() {
        Totals copy = new Totals();
        copy.revenueUsd = revenueUsd;
        copy.energyKwh = energyKwh;
        copy.energyCostUsd = energyCostUsd;
        copy.hostingCostUsd = hostingCostUsd;
        copy.repairCostUsd = repairCostUsd;
        copy.drPaymentUsd = drPaymentUsd;
        copy.moveCostUsd = moveCostUsd;
        copy.downtimeHours = downtimeHours;
        copy.curtailedHours = curtailedHours;
        copy.failures = failures;
        copy.cycles = cycles;
        copy.hashingSteps = hashingSteps;
        copy.chipTempSumWhileHashing = chipTempSumWhileHashing;
        return copy;
    }
}
