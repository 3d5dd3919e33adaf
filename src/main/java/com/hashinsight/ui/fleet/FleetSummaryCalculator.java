package com.hashinsight.ui.fleet;

import com.hashinsight.economics.ContractTariff;
import com.hashinsight.economics.Hashprice;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.MarketSnapshot;
import com.hashinsight.fleet.Miner;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TelemetrySample;
import com.hashinsight.store.TimeRange;
import com.hashinsight.store.Workspace;
import com.hashinsight.ui.task.Progress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Summarises the last 24 hours of a workspace's telemetry into a {@link FleetSummary}.
 *
 * <p>The day is the 24 whole UTC hours that end with the hour of the newest reading. Hashrate and power are per-miner means over the day, summed over miners, so a miner that reported less
 * often counts as much as one that reported every minute. A reading counts as up when its status is OK or
 * WARN and it reports a positive hashrate.
 */
public final class FleetSummaryCalculator {

    static final Duration WINDOW = Duration.ofHours(24);
    private static final double THS_PER_PHS = 1_000;
    private static final double WATTS_PER_KW = 1_000;

    /** Running sums of one miner or one site. */
    private static final class Totals {
        double hashrateSum;
        int hashrateCount;
        double powerSum;
        int powerCount;
        int readings;
        int upReadings;
        TelemetrySample newest;

        void add(TelemetrySample sample) {
            if (Double.isFinite(sample.hashrateThs())) {
                hashrateSum += sample.hashrateThs();
                hashrateCount++;
            }
            if (Double.isFinite(sample.powerW())) {
                powerSum += sample.powerW();
                powerCount++;
            }
            readings++;
            boolean hashing = ("OK".equals(sample.status()) || "WARN".equals(sample.status())) && sample.hashrateThs() > 0;
            if (hashing) {
                upReadings++;
            }
            if (newest == null || sample.time().isAfter(newest.time())) {
                newest = sample;
            }
        }

        double meanHashrateThs() {
            return hashrateCount == 0 ? Double.NaN : hashrateSum / hashrateCount;
        }

        double meanPowerW() {
            return powerCount == 0 ? Double.NaN : powerSum / powerCount;
        }
    }

    /** Returns the summary, or empty when the workspace has no telemetry. */
    public Optional<FleetSummary> summarise(Workspace workspace, Progress progress) {
        Optional<TimeRange> range = workspace.telemetry().timeRange();
        if (range.isEmpty()) {
            return Optional.empty();
        }
        // Whole UTC hours, the newest one included, so the energy cost covers exactly 24 hourly prices.
        Instant end = range.get().last().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Instant start = end.minus(WINDOW);
        Map<String, Totals> byMiner = new HashMap<>();
        try (Stream<TelemetrySample> samples = workspace.telemetry().streamFleet(start, end)) {
            samples.forEach(sample -> byMiner.computeIfAbsent(sample.serial(), serial -> new Totals()).add(sample));
        }
        progress.checkCancelled();

        Map<String, String> siteOfMiner = new HashMap<>();
        for (Miner miner : workspace.fleet().miners()) {
            siteOfMiner.put(miner.serial(), miner.siteId());
        }
        Map<String, Integer> health = new TreeMap<>();
        double fleetHashrateThs = 0;
        double fleetPowerW = 0;
        int readings = 0;
        int up = 0;
        Map<String, double[]> siteSums = new TreeMap<>();
        Map<String, Integer> siteMiners = new HashMap<>();
        for (Map.Entry<String, Totals> entry : byMiner.entrySet()) {
            Totals totals = entry.getValue();
            health.merge(totals.newest.status(), 1, Integer::sum);
            double hashrate = totals.meanHashrateThs();
            double power = totals.meanPowerW();
            fleetHashrateThs += Double.isFinite(hashrate) ? hashrate : 0;
            fleetPowerW += Double.isFinite(power) ? power : 0;
            readings += totals.readings;
            up += totals.upReadings;
            String siteId = siteOfMiner.getOrDefault(entry.getKey(), "");
            double[] sums = siteSums.computeIfAbsent(siteId, id -> new double[4]);
            sums[0] += Double.isFinite(hashrate) ? hashrate : 0;
            sums[1] += Double.isFinite(power) ? power : 0;
            sums[2] += totals.readings;
            sums[3] += totals.upReadings;
            siteMiners.merge(siteId, 1, Integer::sum);
        }
        progress.checkCancelled();

        List<FleetSummary.SiteRow> rows = new ArrayList<>();
        double fleetEnergyCost = 0;
        boolean anyCost = false;
        Map<String, Site> sites = new HashMap<>();
        workspace.fleet().sites().forEach(site -> sites.put(site.id(), site));
        for (Map.Entry<String, double[]> entry : siteSums.entrySet()) {
            double[] sums = entry.getValue();
            Site site = sites.get(entry.getKey());
            double cost = site == null ? Double.NaN : energyCostUsd(workspace, site, sums[1], start, end);
            if (Double.isFinite(cost)) {
                fleetEnergyCost += cost;
                anyCost = true;
            }
            rows.add(new FleetSummary.SiteRow(entry.getKey(), site == null ? entry.getKey() : site.name(),
                    siteMiners.get(entry.getKey()), sums[0] / THS_PER_PHS, sums[1] / WATTS_PER_KW,
                    efficiency(sums[1], sums[0]), percent(sums[3], sums[2]), cost));
        }
        return Optional.of(new FleetSummary(range.get().last(), fleetHashrateThs / THS_PER_PHS, fleetPowerW / WATTS_PER_KW,
                efficiency(fleetPowerW, fleetHashrateThs), hashprice(workspace, end), anyCost ? fleetEnergyCost : Double.NaN,
                percent(up, readings), health, rows));
    }

    /** Returns the day's energy cost of a site drawing {@code powerW} at its first contract's hourly price. */
    private static double energyCostUsd(Workspace workspace, Site site, double powerW, Instant start, Instant end) {
        List<Contract> contracts = workspace.fleet().contractsOfSite(site.id());
        if (contracts.isEmpty() || !(powerW > 0)) {
            return Double.NaN;
        }
        ContractTariff tariff = new ContractTariff(contracts.getFirst(), site);
        Map<Instant, Double> spot = tariff.usesSpotPrice() ? hourlySpot(workspace, site, start, end) : Map.of();
        double hourlyMwh = powerW * site.pue() / 1e6;
        double cost = 0;
        for (Instant hour = start; hour.isBefore(end); hour = hour.plus(1, ChronoUnit.HOURS)) {
            double price = tariff.usdPerMwh(hour, spot.getOrDefault(hour, Double.NaN));
            if (Double.isFinite(price)) {
                cost += hourlyMwh * price;
            }
        }
        return cost;
    }

    /** Returns the mean settlement price by UTC hour, real-time prices preferred over day-ahead. */
    private static Map<Instant, Double> hourlySpot(Workspace workspace, Site site, Instant start, Instant end) {
        if (site.settlementPoint() == null) {
            return Map.of();
        }
        List<EnergyPrice> prices = workspace.energyPrices().prices(site.settlementPoint(), "RTM", start, end);
        if (prices.isEmpty()) {
            prices = workspace.energyPrices().prices(site.settlementPoint(), "DAM", start, end);
        }
        Map<Instant, double[]> sums = new HashMap<>();
        for (EnergyPrice price : prices) {
            double[] sum = sums.computeIfAbsent(price.intervalStart().truncatedTo(ChronoUnit.HOURS), hour -> new double[2]);
            sum[0] += price.usdPerMwh();
            sum[1]++;
        }
        Map<Instant, Double> means = new HashMap<>();
        sums.forEach((hour, sum) -> means.put(hour, sum[0] / sum[1]));
        return means;
    }

    private static double hashprice(Workspace workspace, Instant end) {
        List<MarketSnapshot> snapshots = workspace.market().snapshots(end.minus(Duration.ofDays(7)), end);
        for (MarketSnapshot snapshot : snapshots.reversed()) {
            try {
                return Hashprice.of(snapshot).usdPerPhDay();
            } catch (IllegalArgumentException incomplete) {
                // NOTE: a snapshot without height, difficulty or price cannot be priced; an older one is tried.
            }
        }
        return Double.NaN;
    }

    private static double efficiency(double powerW, double hashrateThs) {
        return hashrateThs > 0 ? powerW / hashrateThs : Double.NaN;
    }

    private static double percent(double part, double whole) {
        return whole > 0 ? 100 * part / whole : Double.NaN;
    }
}
