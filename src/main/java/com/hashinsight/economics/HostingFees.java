package com.hashinsight.economics;

import com.hashinsight.fleet.Contract;

/**
 * Hosting fees of a contract: a charge per kW of contracted miner load per month, and a charge
 * per kWh that the miners draw.
 *
 * <p>Both apply to miner (IT) load at the wall, without PUE, because hosting providers bill the
 * miners' consumption and cover cooling in their rate. A month is the mean Gregorian month of
 * 365.2425 / 12 = 30.436875 days, so fees for a part of a month are prorated by days.
 */
public final class HostingFees {

    /** Mean days per Gregorian month. */
    public static final double DAYS_PER_MONTH = 365.2425 / 12.0;

    private HostingFees() {
    }

    /**
     * Returns the capacity fee in USD for {@code contractedKw} over {@code days}.
     *
     * @param contractedKw  contracted miner load in kW, not negative
     * @param usdPerKwMonth fee in USD per kW per month, not negative
     * @param days          billed days, not negative
     * @throws IllegalArgumentException when an input is negative or NaN
     */
    public static double capacityFeeUsd(double contractedKw, double usdPerKwMonth, double days) {
        requireNonNegative("contractedKw", contractedKw);
        requireNonNegative("usdPerKwMonth", usdPerKwMonth);
        requireNonNegative("days", days);
        return contractedKw * usdPerKwMonth * days / DAYS_PER_MONTH;
    }

    /**
     * Returns the energy-based fee in USD for {@code minerKwh}.
     *
     * @param minerKwh  energy the miners drew in kWh, not negative
     * @param usdPerKwh fee in USD per kWh, not negative
     * @throws IllegalArgumentException when an input is negative or NaN
     */
    public static double energyFeeUsd(double minerKwh, double usdPerKwh) {
        requireNonNegative("minerKwh", minerKwh);
        requireNonNegative("usdPerKwh", usdPerKwh);
        return minerKwh * usdPerKwh;
    }

    /**
     * Returns both hosting fees of {@code contract} in USD.
     *
     * @param contract      contract with the fee rates
     * @param contractedKw  contracted miner load in kW, not negative
     * @param minerKwh      energy the miners drew in kWh, not negative
     * @param days          billed days, not negative
     */
    public static double totalUsd(Contract contract, double contractedKw, double minerKwh, double days) {
        return capacityFeeUsd(contractedKw, contract.hostingUsdPerKwMonth(), days)
                + energyFeeUsd(minerKwh, contract.hostingUsdPerKwh());
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }
}
