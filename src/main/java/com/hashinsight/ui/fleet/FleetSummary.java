package com.hashinsight.ui.fleet;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The fleet's last day of operation, as the overview tiles show it. Numbers without data are NaN.
 *
 * @param windowEnd           end of the day summarised: the newest telemetry reading
 * @param hashratePhs         fleet hashrate, mean over the day, PH/s
 * @param powerKw             power at the wall, mean over the day, kW
 * @param joulesPerTh         fleet efficiency, J/TH
 * @param hashpriceUsdPerPhDay hashprice of the newest market snapshot up to {@code windowEnd}, USD per PH/s·day
 * @param energyCostUsdPerDay energy cost of the day at each site's contract price, PUE included, USD
 * @param uptimePct           share of readings that were hashing, percent
 * @param healthCounts        miners by the status of their newest reading (OK, WARN, FAULT, OFF, INCOMPLETE)
 * @param sites               one row per site, ordered by site id
 */
public record FleetSummary(Instant windowEnd, double hashratePhs, double powerKw, double joulesPerTh,
        double hashpriceUsdPerPhDay, double energyCostUsdPerDay, double uptimePct, Map<String, Integer> healthCounts,
        List<SiteRow> sites) {

    public FleetSummary {
        healthCounts = Map.copyOf(healthCounts);
        sites = List.copyOf(sites);
    }

    /**
     * One site's share of the fleet.
     *
     * @param siteId              site key
     * @param siteName            display name
     * @param miners              miners installed at the site
     * @param hashratePhs         mean hashrate, PH/s
     * @param powerKw             mean power at the wall, kW
     * @param joulesPerTh         efficiency, J/TH
     * @param uptimePct           share of readings that were hashing, percent
     * @param energyCostUsdPerDay energy cost of the day, USD
     */
    public record SiteRow(String siteId, String siteName, int miners, double hashratePhs, double powerKw,
            double joulesPerTh, double uptimePct, double energyCostUsdPerDay) {
    }
}
