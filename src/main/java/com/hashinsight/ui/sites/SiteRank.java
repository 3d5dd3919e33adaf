package com.hashinsight.ui.sites;

import com.hashinsight.ui.LocalizedText;
import java.util.Objects;

/**
 * One candidate site and contract for a client's fleet, with its economics. Numbers that could not be computed are
 * NaN and show as a dash.
 *
 * @param rank                 position in the ranking, 1 for the best; candidates without numbers rank last
 * @param site                 site name
 * @param contract             contract description, for example "Pecos West, spot HB_WEST + 4.5 USD/MWh"
 * @param cooling              cooling method and PUE, for example "air, PUE 1.08"
 * @param fleetKw              the fleet's draw at the wall in kW, PUE included
 * @param capacityKw           the site's contracted capacity in kW
 * @param modelSharePct        HashTrans site head: the client's miners' mean preference for this candidate, percent
 *                             of all candidates; NaN when the model did not rank
 * @param paybackMonths        median months until the cumulative profit covers the capital; NaN when never
 * @param annualisedReturnPct  median annualised return in percent of the capital
 * @param profitP10Usd         net profit over the horizon, 10th percentile, USD
 * @param profitP50Usd         net profit over the horizon, median, USD
 * @param profitP90Usd         net profit over the horizon, 90th percentile, USD
 * @param kwhPerPhDay          metered energy per PH/s of realised hashrate per day, kWh
 * @param note                 why a candidate has no numbers or does not fit; null when there is nothing to add
 */
public record SiteRank(int rank, String site, LocalizedText contract, LocalizedText cooling, double fleetKw, double capacityKw,
        double modelSharePct, double paybackMonths, double annualisedReturnPct, double profitP10Usd, double profitP50Usd, double profitP90Usd,
        double kwhPerPhDay, LocalizedText note) {

    public SiteRank {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(cooling, "cooling");
    }

    /** Returns true when the fleet's draw fits the site's capacity. */
    public boolean fits() {
        return !(fleetKw > capacityKw);
    }
}
