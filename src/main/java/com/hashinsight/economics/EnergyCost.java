package com.hashinsight.economics;

/**
 * Energy cost: power × hours × PUE × price, interval by interval.
 *
 * <p>PUE scales miner power to metered site power, so cooling and losses are paid at the same
 * price. A negative price gives a negative cost, which is income for running.
 */
public final class EnergyCost {

    /** W·h per MWh. */
    public static final double WATT_HOURS_PER_MWH = 1e6;

    private EnergyCost() {
    }

    /**
     * Returns metered energy in MWh of a load of {@code powerW} over {@code hours}.
     *
     * @param powerW miner power at the wall in W, not negative; NaN gives NaN
     * @param hours  duration in hours, not negative
     * @param pue    power usage effectiveness, at least 1
     * @throws IllegalArgumentException when power or hours is negative or PUE is below 1 or NaN
     */
    public static double meteredMwh(double powerW, double hours, double pue) {
        if (powerW < 0 || hours < 0) {
            throw new IllegalArgumentException("powerW and hours must be >= 0, got " + powerW + " and " + hours);
        }
        if (!(pue >= 1) || Double.isInfinite(pue)) {
            throw new IllegalArgumentException("pue must be a finite number >= 1, got " + pue);
        }
        return powerW * hours * pue / WATT_HOURS_PER_MWH;
    }

    /**
     * Returns the energy cost in USD of one interval.
     *
     * @param powerW     miner power at the wall in W, not negative; NaN gives NaN
     * @param hours      interval length in hours, not negative
     * @param usdPerMwh  contract price in USD/MWh; negative allowed, NaN gives NaN
     * @param pue        power usage effectiveness, at least 1
     * @throws IllegalArgumentException as {@link #meteredMwh}
     */
    public static double intervalCostUsd(double powerW, double hours, double usdPerMwh, double pue) {
        return meteredMwh(powerW, hours, pue) * usdPerMwh;
    }

    /**
     * Prices a constant load against a contract over every interval of a settlement series.
     * Intervals whose contract price is NaN (a missing settlement price under a spot contract)
     * are left out of both energy and cost and counted in {@link EnergyBill#missingIntervals()}.
     *
     * @param tariff      the contract's tariff
     * @param settlement  settlement prices; their grid sets the intervals
     * @param powerW      miner power at the wall in W, not negative
     * @param pue         power usage effectiveness, at least 1
     */
    public static EnergyBill bill(ContractTariff tariff, PriceSeries settlement, double powerW, double pue) {
        double intervalMwh = meteredMwh(powerW, settlement.intervalHours(), pue);
        double energyMwh = 0;
        double costUsd = 0;
        int missing = 0;
        for (int i = 0; i < settlement.size(); i++) {
            double price = tariff.usdPerMwh(settlement.intervalStartEpochSecond(i), settlement.usdPerMwh(i));
            if (Double.isNaN(price)) {
                missing++;
                continue;
            }
            energyMwh += intervalMwh;
            costUsd += intervalMwh * price;
        }
        return new EnergyBill(energyMwh, costUsd, missing);
    }

    /**
     * Metered energy and its cost over a series.
     *
     * @param energyMwh         metered energy in MWh
     * @param costUsd           energy cost in USD, negative when prices were negative enough
     * @param missingIntervals  intervals left out because their price was missing
     */
    public record EnergyBill(double energyMwh, double costUsd, int missingIntervals) {
    }
}
