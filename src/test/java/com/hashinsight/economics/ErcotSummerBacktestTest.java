package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.MarketSnapshot;
import com.hashinsight.fleet.Site;
import com.hashinsight.importer.ImportService;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backtest of 100 Antminer S21 on ERCOT HB_WEST real-time prices over summer 2024 (June to
 * August), with the real 2024 BTC price, difficulty and fees: always-on against curtailment at
 * the breakeven strike. The data goes through the importers and the store like a user's files,
 * with the ERCOT file cut to the HB_WEST columns first.
 * The test then recomputes every total from the raw CSV files with plain loops, so a mistake in
 * the importers, the store's derivations or the evaluator shows up as a mismatch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErcotSummerBacktestTest {

    /** Relative tolerance for totals that depend on fees per block, which the store derives from an estimated block count. */
    private static final double REVENUE_TOLERANCE = 0.01;
    /** Relative tolerance for energy totals, which use the same price cells on both sides. */
    private static final double ENERGY_TOLERANCE = 1e-9;
    /** Absolute tolerance for uptime, which can differ in hours whose price is within a cent of the strike. */
    private static final double UPTIME_TOLERANCE = 0.005;

    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 6, 1);
    private static final LocalDate END_DAY = LocalDate.of(2024, 9, 1);
    private static final Instant START = FIRST_DAY.atStartOfDay(CENTRAL).toInstant();
    private static final Instant END = END_DAY.atStartOfDay(CENTRAL).toInstant();
    private static final int MINERS = 100;
    private static final double MINER_THS = 200;
    private static final double MINER_W = 3_500;
    private static final double PUE = 1.05;
    private static final double ADDER_USD_PER_MWH = 2.0;
    private static final double CYCLE_COST_USD = 0.5;
    private static final PoolTerms POOL = PoolTerms.fpps(0.025);

    private static final Site SITE = new Site("west", "West Texas", "Pecos, Texas, US", 31.4, CENTRAL, Cooling.AIR, PUE, 1_000,
            "HB_WEST", "ERCOT");
    private static final Contract SPOT = new Contract("west-spot", "west", ContractType.SPOT, Double.NaN, ADDER_USD_PER_MWH,
            List.of(), 0, 0, true, Double.NaN, 0, LocalDate.of(2024, 1, 1), 12);

    private static final Logger log = LoggerFactory.getLogger(ErcotSummerBacktestTest.class);

    private Path data;
    private Workspace workspace;
    private CurtailmentResult alwaysOn;
    private CurtailmentResult curtailed;

    @BeforeAll
    void importAndEvaluate(@TempDir Path dir) throws IOException {
        String property = System.getProperty("hashinsight.shared.data");
        data = property == null ? null : Path.of(property);
        Assumptions.assumeTrue(data != null && Files.isRegularFile(data.resolve("ercot/hourly_dam_rtm_2024.csv")),
                "shared data folder ../shared/data is absent, so the ERCOT backtest is skipped");

        workspace = new Workspaces(dir).create("backtest");
        List<Path> files = List.of(data.resolve("btc/daily_prices_2012_2026.csv"), data.resolve("btc/difficulty_epochs.csv"),
                data.resolve("btc/network_daily.csv"), oneHub(data.resolve("ercot/hourly_dam_rtm_2024.csv"), dir));
        for (ImportService.Outcome outcome : new ImportService(workspace).importFiles(files, null)) {
            assertNull(outcome.error(), () -> outcome.file() + " failed: " + outcome.error());
        }

        List<EnergyPrice> stored = workspace.energyPrices().prices("HB_WEST", "RTM", START, END);
        PriceSeries prices = PriceSeries.of(stored);
        double[] payout = payoutByInterval(prices);
        CurtailmentEvaluator always = new CurtailmentEvaluator(prices, new ContractTariff(SPOT, SITE), SITE,
                CurtailmentPolicy.alwaysOn(), null);
        CurtailmentPolicy strike = new CurtailmentPolicy(Strike.breakeven(0), 0, 0, CYCLE_COST_USD, Double.POSITIVE_INFINITY,
                List.of(), 0, false);
        CurtailmentEvaluator atStrike = new CurtailmentEvaluator(prices, new ContractTariff(SPOT, SITE), SITE, strike, null);
        MinerGroup fleet = new MinerGroup("Antminer S21", MINERS, MINER_THS, MINER_W);
        alwaysOn = always.evaluate(fleet, payout, false);
        curtailed = atStrike.evaluate(fleet, payout, false);
        log.info("Summer 2024 HB_WEST, {} S21: always-on net {} USD (revenue {}, energy {}); curtailed net {} USD (revenue {}, "
                + "energy {}, cycling {}, uptime {}, {} cycles)", MINERS, alwaysOn.netUsd(), alwaysOn.revenueUsd(),
                alwaysOn.energyCostUsd(), curtailed.netUsd(), curtailed.revenueUsd(), curtailed.energyCostUsd(),
                curtailed.cycleCostUsd(), curtailed.uptimeFraction(), curtailed.cycles());
    }

    /**
     * Writes the HB_WEST columns of the ERCOT file, every row of the year, to a temporary file. The
     * importer then stores one hub's 17,000 prices instead of all 258,000, which keeps the test fast.
     */
    private static Path oneHub(Path ercot, Path dir) throws IOException {
        List<String> lines = Files.readAllLines(ercot);
        List<String> header = List.of(lines.getFirst().split(",", -1));
        int[] keep = {0, 1, header.indexOf("dam_HB_WEST"), header.indexOf("rtm_HB_WEST")};
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            StringJoiner row = new StringJoiner(",");
            for (int index : keep) {
                row.add(cells[index]);
            }
            out.add(row.toString());
        }
        Path file = dir.resolve("ercot_hb_west_2024.csv");
        Files.write(file, out);
        return file;
    }

    @AfterAll
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void curtailmentEarnsMoreOverSummer() {
        assertTrue(curtailed.netUsd() > alwaysOn.netUsd(),
                "curtailed " + curtailed.netUsd() + " USD vs always-on " + alwaysOn.netUsd() + " USD");
        assertTrue(curtailed.uptimeFraction() < 1.0, "some summer hours are above the strike");
        assertTrue(curtailed.cycles() > 0);
    }

    @Test
    void totalsMatchIndependentRecomputation() throws IOException {
        Totals independent = recompute();

        assertEquals(independent.hours, alwaysOn.pricedIntervals());
        assertEquals(independent.alwaysOnEnergyCostUsd, alwaysOn.energyCostUsd(), ENERGY_TOLERANCE * Math.abs(independent.alwaysOnEnergyCostUsd));
        assertEquals(independent.alwaysOnRevenueUsd, alwaysOn.revenueUsd(), REVENUE_TOLERANCE * independent.alwaysOnRevenueUsd);
        assertEquals(independent.curtailedRevenueUsd, curtailed.revenueUsd(), REVENUE_TOLERANCE * independent.curtailedRevenueUsd);
        assertEquals(independent.curtailedEnergyCostUsd, curtailed.energyCostUsd(), REVENUE_TOLERANCE * independent.curtailedEnergyCostUsd);
        assertEquals(independent.curtailedUptime, curtailed.uptimeFraction(), UPTIME_TOLERANCE);
        assertTrue(independent.curtailedNetUsd() > independent.alwaysOnNetUsd(), "independent totals agree on the winner");
    }

    private double[] payoutByInterval(PriceSeries prices) {
        Map<LocalDate, Double> byDay = new HashMap<>();
        for (MarketSnapshot snapshot : workspace.market().snapshots(START.minusSeconds(86_400), END)) {
            Hashprice hashprice = Hashprice.of(snapshot);
            double feeShare = snapshot.feesPerBlockBtc() / MiningRevenue.blockRewardBtc(snapshot);
            byDay.put(LocalDate.ofInstant(snapshot.time(), ZoneOffset.UTC), hashprice.usdPerThDay() * POOL.payoutFraction(feeShare));
        }
        double[] payout = new double[prices.size()];
        for (int i = 0; i < payout.length; i++) {
            LocalDate day = LocalDate.ofInstant(prices.intervalStart(i), ZoneOffset.UTC);
            payout[i] = byDay.getOrDefault(day, Double.NaN);
        }
        return payout;
    }

    /** Recomputes both strategies from the raw CSV files: no importer, store or evaluator involved. */
    private Totals recompute() throws IOException {
        Map<LocalDate, Double> btcUsd = new HashMap<>();
        for (String[] row : rows(data.resolve("btc/daily_prices_2012_2026.csv"))) {
            btcUsd.put(LocalDate.parse(row[0]), Double.parseDouble(row[1]));
        }
        TreeMap<Instant, Double> difficultyFrom = new TreeMap<>();
        for (String[] row : rows(data.resolve("btc/difficulty_epochs.csv"))) {
            if (!row[3].isEmpty()) {
                difficultyFrom.put(Instant.parse(row[3]), Double.parseDouble(row[7]));
            }
        }
        Map<LocalDate, Double> feesPerDay = new HashMap<>();
        for (String[] row : rows(data.resolve("btc/network_daily.csv"))) {
            if (!row[1].isEmpty()) {
                feesPerDay.put(LocalDate.parse(row[0]), Double.parseDouble(row[1]));
            }
        }

        double mwhPerThDay = 17.5 * 86_400 / 3.6e9;
        double fleetMw = MINERS * MINER_W / 1e6;
        Totals totals = new Totals();
        boolean wasOn = true;
        List<String[]> ercot = rows(data.resolve("ercot/hourly_dam_rtm_2024.csv"));
        int column = List.of(header(data.resolve("ercot/hourly_dam_rtm_2024.csv"))).indexOf("rtm_HB_WEST");
        for (String[] row : ercot) {
            LocalDate date = LocalDate.parse(row[0]);
            if (date.isBefore(FIRST_DAY) || !date.isBefore(END_DAY) || row[column].isEmpty()) {
                continue;
            }
            // No daylight-saving change falls in June to August, so hour ending h starts at h - 1 o'clock local time.
            Instant start = LocalDateTime.of(date, LocalTime.of(Integer.parseInt(row[1]) - 1, 0)).atZone(CENTRAL).toInstant();
            LocalDate utcDay = LocalDate.ofInstant(start, ZoneOffset.UTC);
            double subsidy = 3.125;
            double fees = feesPerDay.get(utcDay) / 144.0;
            double btcPerThDay = 1e12 * 86_400 / (difficultyFrom.floorEntry(start).getValue() * Math.pow(2, 32)) * (subsidy + fees);
            double payout = btcPerThDay * btcUsd.get(utcDay) * (1 - 0.025);
            double price = Double.parseDouble(row[column]) + ADDER_USD_PER_MWH;

            double revenue = payout * MINERS * MINER_THS / 24;
            double energyCost = fleetMw * PUE * price;
            totals.hours++;
            totals.alwaysOnRevenueUsd += revenue;
            totals.alwaysOnEnergyCostUsd += energyCost;
            boolean on = price <= payout / mwhPerThDay / PUE;
            if (on) {
                totals.curtailedRevenueUsd += revenue;
                totals.curtailedEnergyCostUsd += energyCost;
                totals.curtailedOnHours++;
            } else if (wasOn) {
                totals.curtailedCycleCostUsd += MINERS * CYCLE_COST_USD;
            }
            wasOn = on;
        }
        totals.curtailedUptime = totals.curtailedOnHours / (double) totals.hours;
        return totals;
    }

    private static String[] header(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().orElseThrow().split(",", -1);
        }
    }

    private static List<String[]> rows(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.skip(1).map(line -> line.split(",", -1)).toList();
        }
    }

    /** Totals of the independent recomputation. */
    private static final class Totals {
        int hours;
        int curtailedOnHours;
        double alwaysOnRevenueUsd;
        double alwaysOnEnergyCostUsd;
        double curtailedRevenueUsd;
        double curtailedEnergyCostUsd;
        double curtailedCycleCostUsd;
        double curtailedUptime;

        double alwaysOnNetUsd() {
            return alwaysOnRevenueUsd - alwaysOnEnergyCostUsd;
        }

        double curtailedNetUsd() {
            return curtailedRevenueUsd - curtailedEnergyCostUsd - curtailedCycleCostUsd;
        }
    }
}
