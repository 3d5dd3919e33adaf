package com.hashinsight.economics;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TouWindow;
import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * The energy price that a contract charges in one interval, in USD/MWh of metered energy.
 *
 * <ul>
 *   <li>FIXED: {@code fixedUsdPerMwh} in every interval.</li>
 *   <li>TIME_OF_USE: the first window that contains the interval's start hour in the site's time
 *       zone, so daylight saving shifts the windows with local time. Hours that no window covers
 *       fall back to {@code fixedUsdPerMwh}.</li>
 *   <li>SPOT: settlement price plus {@code spotAdderUsdPerMwh}.</li>
 *   <li>DEMAND_RESPONSE: {@code fixedUsdPerMwh} when it is a number, else spot plus adder. The
 *       payments for curtailing on request are added by the curtailment evaluation.</li>
 * </ul>
 * Negative prices pass through, so energy cost can be negative.
 */
public final class ContractTariff {

    private static final int HOURS_PER_DAY = 24;
    private static final long SECONDS_PER_HOUR = 3_600L;

    private final Contract contract;
    private final ZoneRules zoneRules;
    private final boolean usesSpot;
    private final double[] touUsdPerMwhByLocalHour;

    /**
     * Creates the tariff of {@code contract} at {@code site}.
     *
     * @throws IllegalArgumentException when a TIME_OF_USE contract leaves a local hour uncovered and
     *         has no fixed price to fall back to; the message names the contract and the hour
     */
    public ContractTariff(Contract contract, Site site) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.zoneRules = site.timezone().getRules();
        this.usesSpot = contract.type() == ContractType.SPOT
                || (contract.type() == ContractType.DEMAND_RESPONSE && !Double.isFinite(contract.fixedUsdPerMwh()));
        this.touUsdPerMwhByLocalHour = contract.type() == ContractType.TIME_OF_USE ? touTable(contract) : null;
    }

    private static double[] touTable(Contract contract) {
        double[] table = new double[HOURS_PER_DAY];
        for (int hour = 0; hour < HOURS_PER_DAY; hour++) {
            table[hour] = contract.fixedUsdPerMwh();
            for (TouWindow window : contract.touWindows()) {
                if (window.contains(hour)) {
                    table[hour] = window.usdPerMwh();
                    break;
                }
            }
            if (!Double.isFinite(table[hour])) {
                throw new IllegalArgumentException("contract " + contract.id() + ": no time-of-use window covers local hour "
                        + hour + " and fixedUsdPerMwh is not set; add a window or a fixed price");
            }
        }
        return table;
    }

    /** The priced contract. */
    public Contract contract() {
        return contract;
    }

    /** Returns true when the price depends on the settlement price (SPOT, or DEMAND_RESPONSE without a fixed price). */
    public boolean usesSpotPrice() {
        return usesSpot;
    }

    /**
     * Returns the contract price of the interval starting at {@code intervalStart}.
     *
     * @param intervalStart       UTC start of the interval
     * @param spotUsdPerMwh       settlement price of the interval in USD/MWh; ignored unless
     *                            {@link #usesSpotPrice()}, and then NaN gives NaN
     * @return price in USD/MWh of metered energy, possibly negative
     */
    public double usdPerMwh(Instant intervalStart, double spotUsdPerMwh) {
        return usdPerMwh(intervalStart.getEpochSecond(), spotUsdPerMwh);
    }

    /** Same as {@link #usdPerMwh(Instant, double)} with the start as an epoch second. */
    public double usdPerMwh(long intervalStartEpochSecond, double spotUsdPerMwh) {
        if (usesSpot) {
            return spotUsdPerMwh + contract.spotAdderUsdPerMwh();
        }
        if (touUsdPerMwhByLocalHour != null) {
            return touUsdPerMwhByLocalHour[localHour(intervalStartEpochSecond)];
        }
        return contract.fixedUsdPerMwh();
    }

    /**
     * Returns the contract price of every interval of {@code settlement}, whose grid also sets the
     * interval times for contracts that do not use the settlement price.
     */
    public double[] usdPerMwh(PriceSeries settlement) {
        double[] prices = new double[settlement.size()];
        for (int i = 0; i < prices.length; i++) {
            prices[i] = usdPerMwh(settlement.intervalStartEpochSecond(i), settlement.usdPerMwh(i));
        }
        return prices;
    }

    private int localHour(long epochSecond) {
        int offsetSeconds = zoneRules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        return (int) Math.floorMod(Math.floorDiv(epochSecond + offsetSeconds, SECONDS_PER_HOUR), (long) HOURS_PER_DAY);
    }
}
