package com.hashinsight.economics;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.Site;

/**
 * Breakeven prices: the energy price, or the BTC price, at which mining revenue equals cost.
 *
 * <p>With revenue R (USD/day), miner power P (W), PUE u, hosting energy fee h (USD/kWh) and
 * hosting capacity fee k (USD/kW·month), the grid price that makes a day's profit zero is
 * (R − 24·P/1000·h − P/1000·k/30.436875) / (24·P·u/10^6) USD/MWh. The marginal breakeven leaves out
 * the capacity fee, which is paid whether the miner runs or not, so it is the price above which
 * switching off saves money: (revenue per MWh drawn − 1000·h) / u.
 */
public final class Breakeven {

    private static final double HOURS_PER_DAY = 24.0;
    private static final double KWH_PER_MWH = 1_000.0;
    private static final double W_PER_KW = 1_000.0;

    private Breakeven() {
    }

    /**
     * Returns the grid price in USD/MWh below which running a miner earns more than its
     * energy-dependent costs. This is the strike price of a curtailment policy.
     *
     * @param revenueUsdPerMinerMwh revenue per MWh the miner draws at the wall, see
     *                              {@link Hashprice#usdPerMwh(double)}; NaN gives NaN
     * @param pue                   power usage effectiveness, at least 1
     * @param hostingUsdPerKwh      hosting fee per kWh drawn, not negative
     * @throws IllegalArgumentException when PUE is below 1 or the fee is negative
     */
    public static double marginalGridUsdPerMwh(double revenueUsdPerMinerMwh, double pue, double hostingUsdPerKwh) {
        requirePue(pue);
        if (!(hostingUsdPerKwh >= 0)) {
            throw new IllegalArgumentException("hostingUsdPerKwh must be >= 0, got " + hostingUsdPerKwh);
        }
        return (revenueUsdPerMinerMwh - hostingUsdPerKwh * KWH_PER_MWH) / pue;
    }

    /**
     * Returns the grid price in USD/MWh at which a miner running all day breaks even, after both
     * hosting fees. A result below zero means the miner loses money even with free energy.
     *
     * @param revenueUsdPerDay revenue of one miner per day after pool fees, in USD; NaN gives NaN
     * @param powerW           miner power at the wall in W, positive
     * @param pue              power usage effectiveness, at least 1
     * @param contract         contract with the hosting fees
     * @throws IllegalArgumentException when the power is not positive or PUE is below 1
     */
    public static double gridUsdPerMwh(double revenueUsdPerDay, double powerW, double pue, Contract contract) {
        if (!(powerW > 0) || Double.isInfinite(powerW)) {
            throw new IllegalArgumentException("powerW must be a positive finite number, got " + powerW);
        }
        requirePue(pue);
        double minerKwhPerDay = powerW * HOURS_PER_DAY / W_PER_KW;
        double hostingUsdPerDay = HostingFees.totalUsd(contract, powerW / W_PER_KW, minerKwhPerDay, 1.0);
        double meteredMwhPerDay = EnergyCost.meteredMwh(powerW, HOURS_PER_DAY, pue);
        return (revenueUsdPerDay - hostingUsdPerDay) / meteredMwhPerDay;
    }

    /**
     * Returns the all-in breakeven grid price in USD/MWh of a miner model at nameplate.
     *
     * @param model          miner model; its nameplate hashrate and power are used
     * @param hashprice      hashprice with a BTC price
     * @param payoutFraction fraction of the gross reward paid out after pool fees, 0 to 1,
     *                       see {@link PoolTerms#payoutFraction(double)}
     * @param site           site, for its PUE
     * @param contract       contract, for its hosting fees
     */
    public static double gridUsdPerMwh(MinerModel model, Hashprice hashprice, double payoutFraction, Site site, Contract contract) {
        if (!(payoutFraction >= 0 && payoutFraction <= 1)) {
            throw new IllegalArgumentException("payoutFraction must be between 0 and 1, got " + payoutFraction);
        }
        double revenueUsdPerDay = hashprice.usdPerThDay() * model.nominalThs() * payoutFraction;
        return gridUsdPerMwh(revenueUsdPerDay, model.nominalW(), site.pue(), contract);
    }

    /**
     * Returns the BTC price in USD at which revenue covers {@code costUsdPerDay}.
     *
     * @param btcPerDay     BTC earned per day after pool fees, not negative
     * @param costUsdPerDay all costs per day in USD; zero or negative gives 0, because any price covers them
     * @return breakeven price in USD, or NaN when nothing is mined and costs are positive (never infinity)
     */
    public static double btcUsd(double btcPerDay, double costUsdPerDay) {
        if (btcPerDay < 0) {
            throw new IllegalArgumentException("btcPerDay must be >= 0, got " + btcPerDay);
        }
        if (costUsdPerDay <= 0) {
            return 0.0;
        }
        return btcPerDay == 0 ? Double.NaN : costUsdPerDay / btcPerDay;
    }

    private static void requirePue(double pue) {
        if (!(pue >= 1) || Double.isInfinite(pue)) {
            throw new IllegalArgumentException("pue must be a finite number >= 1, got " + pue);
        }
    }
}
