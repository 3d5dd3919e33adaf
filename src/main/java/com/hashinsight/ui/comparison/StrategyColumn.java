package com.hashinsight.ui.comparison;

import java.util.List;
import java.util.Objects;

/**
 * One strategy as the comparison shows it. Numbers the engine could not compute are NaN and show as a dash.
 *
 * @param label                   short name, "A", "B" or "C"
 * @param siteContract            site and contract, for example "Pecos TX, spot + 4 USD/MWh"
 * @param powerMode               power setting, for example "eco 85 %"
 * @param curtailment             curtailment policy
 * @param firmware                firmware name and version
 * @param paybackMonths           median months until the cumulative profit covers the capital; NaN when never
 * @param annualisedReturnPct     median annualised return in percent of the capital
 * @param profitP10Usd            net profit over the horizon, 10th percentile, USD
 * @param profitP50Usd            net profit over the horizon, median, USD
 * @param profitP90Usd            net profit over the horizon, 90th percentile, USD
 * @param energyMwhPerPhDay       energy drawn per PH/s of hashrate per day, MWh
 * @param failureRisk30dPct       probability of a failure or RMA within 30 days, percent, from HashTrans; NaN without a model
 * @param expectedDowntimePct     expected share of time down, percent, from HashTrans; NaN without a model
 * @param roi                     cumulative ROI curve with its P10 to P90 band
 */
public record StrategyColumn(String label, String siteContract, String powerMode, String curtailment, String firmware,
        double paybackMonths, double annualisedReturnPct, double profitP10Usd, double profitP50Usd, double profitP90Usd,
        double energyMwhPerPhDay, double failureRisk30dPct, double expectedDowntimePct, RoiCurve roi) {

    public StrategyColumn {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(roi, "roi");
    }

    /** Returns the description lines in display order: site and contract, power mode, curtailment, firmware. */
    public List<String> description() {
        return List.of(siteContract, powerMode, curtailment, firmware);
    }
}
