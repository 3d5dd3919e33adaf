package com.hashinsight.economics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Distribution of outcomes of a Monte Carlo projection.
 *
 * <p>The cumulative net profit of a path at the end of month m is sales of mined BTC minus all
 * costs minus the capital cost, plus held BTC at that month's closing price. It starts at minus
 * the capital cost. NOTE: the hardware's resale value at the horizon is not counted, so returns
 * over short horizons understate a fleet that keeps most of its value.
 *
 * @param start                      first day of the projection
 * @param paths                      number of simulated paths
 * @param priceModel                 label of the BTC price model
 * @param cumulativeNetUsdByMonth    percentiles of cumulative net profit at the end of months 1..N, in USD
 * @param btcUsdByMonth              percentiles of the BTC closing price of months 1..N, in USD
 * @param maxDrawdownUsd             percentiles of each path's largest fall of cumulative net profit from a previous high, in USD
 * @param annualisedReturn           percentiles of ((capital + final profit) / capital)^(12/N) − 1; −1 when
 *                                   everything is lost, NaN when the capital cost is 0
 * @param paybackProbability         share of paths whose cumulative net profit reaches 0 within the horizon
 * @param medianPaybackMonth         month (1-based) by which half the paths have paid back; empty when fewer than half do
 * @param meanRunningShare           mean share of time running after curtailment and availability
 * @param meanMeteredKwhPerPhDay     metered energy per PH/s·day of realised hashrate, in kWh
 * @param meanCyclesPerMinerYear     mean off/on cycles per miner per year
 * @param meanDowntimeHoursPerMinerYear mean hours per miner per year off for curtailment or failures
 */
public record ProjectionResult(LocalDate start, int paths, String priceModel, List<Percentiles> cumulativeNetUsdByMonth,
        List<Percentiles> btcUsdByMonth, Percentiles maxDrawdownUsd, Percentiles annualisedReturn, double paybackProbability,
        OptionalInt medianPaybackMonth, double meanRunningShare, double meanMeteredKwhPerPhDay, double meanCyclesPerMinerYear,
        double meanDowntimeHoursPerMinerYear) {

    public ProjectionResult {
        Objects.requireNonNull(start, "start");
        cumulativeNetUsdByMonth = List.copyOf(cumulativeNetUsdByMonth);
        btcUsdByMonth = List.copyOf(btcUsdByMonth);
        Objects.requireNonNull(medianPaybackMonth, "medianPaybackMonth");
    }

    /** Number of monthly steps. */
    public int months() {
        return cumulativeNetUsdByMonth.size();
    }

    /** Percentiles of cumulative net profit at the end of the horizon. */
    public Percentiles finalCumulativeNetUsd() {
        return cumulativeNetUsdByMonth.getLast();
    }
}
