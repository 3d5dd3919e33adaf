package com.hashinsight.economics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Seeded Monte Carlo projection of a fleet's cumulative net profit over monthly steps.
 *
 * <p>Each path draws, month by month, the BTC price return from the market's price model and the
 * difficulty growth from its difficulty model. The month's hashprice uses the mean of the BTC
 * price at the month's start and end and the mean of 1/difficulty at both ends. It also uses the
 * mean subsidy of the blocks mined that month by projected height, so a halving lands in the month
 * that the block schedule gives. Each miner group's curtailment response then gives its running share and
 * energy cost at that hashprice.
 *
 * <p>Reproducible: the same inputs and seed give the same result on any machine and thread count.
 * Path i always uses the i-th random source split from the seed, and paths run in a fixed number
 * of chunks whose totals are summed in chunk order.
 */
public final class MonteCarloProjection {

    /** Largest horizon in months. */
    public static final int MAX_MONTHS = 600;

    private static final int CHUNKS = 16;
    private static final double HOURS_PER_DAY = 24.0;
    private static final double DAYS_PER_YEAR = 365.25;
    private static final double BTC_PER_TH_DAY_AT_DIFFICULTY_1 =
            MiningRevenue.HASHES_PER_TERAHASH * MiningRevenue.SECONDS_PER_DAY / MiningRevenue.HASHES_PER_DIFFICULTY;

    private final MarketModel market;
    private final ProjectionFleet fleet;
    private final int months;
    private final int[] daysInMonth;
    private final double[] meanSubsidyBtc;

    private MonteCarloProjection(MarketModel market, ProjectionFleet fleet, int months) {
        this.market = market;
        this.fleet = fleet;
        this.months = months;
        this.daysInMonth = new int[months];
        this.meanSubsidyBtc = new double[months];
        long height = market.startHeight();
        for (int m = 0; m < months; m++) {
            LocalDate from = market.startDate().plusMonths(m);
            daysInMonth[m] = (int) ChronoUnit.DAYS.between(from, market.startDate().plusMonths(m + 1L));
            meanSubsidyBtc[m] = MarketModel.meanSubsidyBtc(height, daysInMonth[m]);
            height += Math.round(daysInMonth[m] * MarketModel.BLOCKS_PER_DAY);
        }
    }

    /**
     * Projects {@code fleet} under {@code market}.
     *
     * @param months horizon in monthly steps, 1 to {@value #MAX_MONTHS}
     * @param paths  number of paths, positive
     * @param seed   random seed
     * @throws IllegalArgumentException when months or paths are out of range
     */
    public static ProjectionResult project(MarketModel market, ProjectionFleet fleet, int months, int paths, long seed) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be between 1 and " + MAX_MONTHS + ", got " + months);
        }
        if (paths < 1) {
            throw new IllegalArgumentException("paths must be positive, got " + paths);
        }
        return new MonteCarloProjection(market, fleet, months).run(paths, seed);
    }

    private ProjectionResult run(int paths, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] randoms = new SplittableRandom[paths];
        for (int p = 0; p < paths; p++) {
            randoms[p] = root.split();
        }
        PathOutputs outputs = new PathOutputs(paths, months);
        FleetTotals[] chunkTotals = new FleetTotals[CHUNKS];
        IntStream.range(0, CHUNKS).parallel().forEach(chunk -> {
            FleetTotals totals = new FleetTotals();
            int from = (int) ((long) paths * chunk / CHUNKS);
            int to = (int) ((long) paths * (chunk + 1) / CHUNKS);
            double[] response = new double[CurtailmentResponse.OUTPUT_SIZE];
            for (int p = from; p < to; p++) {
                simulatePath(p, randoms[p], outputs, totals, response);
            }
            chunkTotals[chunk] = totals;
        });
        FleetTotals totals = new FleetTotals();
        for (FleetTotals chunk : chunkTotals) {
            totals.add(chunk);
        }
        return summarize(outputs, totals, paths);
    }

    private void simulatePath(int path, SplittableRandom random, PathOutputs outputs, FleetTotals totals, double[] response) {
        double capital = fleet.capitalUsd();
        double payoutFraction = fleet.payoutFraction();
        double availability = fleet.availability();
        double held = fleet.heldBtcShare();
        double logPrice = 0;
        double logDifficulty = 0;
        double priceStart = market.startBtcUsd();
        double inverseDifficultyStart = 1.0 / market.startDifficulty();
        double cash = 0;
        double heldBtc = 0;
        double high = -capital;
        double maxDrawdown = 0;
        int paybackMonth = -1;

        for (int m = 0; m < months; m++) {
            int days = daysInMonth[m];
            logPrice += market.priceModel().sampleLogReturn(random, days);
            logDifficulty += market.difficultyModel().sampleLogGrowth(random, days);
            double priceEnd = market.startBtcUsd() * Math.exp(logPrice);
            double inverseDifficultyEnd = 1.0 / (market.startDifficulty() * Math.exp(logDifficulty));
            double priceMean = 0.5 * (priceStart + priceEnd);
            double btcPerThDay = BTC_PER_TH_DAY_AT_DIFFICULTY_1 * 0.5 * (inverseDifficultyStart + inverseDifficultyEnd)
                    * (meanSubsidyBtc[m] + market.feesPerBlockBtc()) * payoutFraction;
            double payoutUsdPerThDay = btcPerThDay * priceMean;

            double minedBtc = 0;
            double cost = fleet.fixedCostUsdPerMonth() * days / HostingFees.DAYS_PER_MONTH;
            for (ProjectionFleet.Group group : fleet.groups()) {
                MinerGroup miners = group.miners();
                group.response().interpolate(payoutUsdPerThDay, response);
                double runningShare = response[CurtailmentResponse.RUNNING_SHARE] * availability;
                double fullLoadMwh = miners.totalPowerW() * HOURS_PER_DAY * days / 1e6 * availability;
                double realisedThDays = miners.totalHashrateThs() * fleet.realisedHashrateRatio() * days * runningShare;
                minedBtc += btcPerThDay * realisedThDays;
                cost += fullLoadMwh * response[CurtailmentResponse.COST_USD_PER_FULL_LOAD_MWH];
                totals.record(miners.count() * days, runningShare, fullLoadMwh * response[CurtailmentResponse.RUNNING_SHARE],
                        realisedThDays, response[CurtailmentResponse.CYCLES_PER_HOUR] * miners.count() * HOURS_PER_DAY * days * availability);
            }
            cash += minedBtc * (1 - held) * priceMean - cost;
            heldBtc += minedBtc * held;
            double position = -capital + cash + heldBtc * priceEnd;
            outputs.record(path, m, position, priceEnd);

            high = Math.max(high, position);
            maxDrawdown = Math.max(maxDrawdown, high - position);
            if (paybackMonth < 0 && position >= 0) {
                paybackMonth = m + 1;
            }
            priceStart = priceEnd;
            inverseDifficultyStart = inverseDifficultyEnd;
        }
        outputs.finish(path, maxDrawdown, paybackMonth, annualisedReturn(capital, outputs.position(path, months - 1)));
    }

    private double annualisedReturn(double capital, double finalPosition) {
        if (capital <= 0) {
            return Double.NaN;
        }
        double ratio = (capital + finalPosition) / capital;
        return ratio <= 0 ? -1.0 : Math.pow(ratio, 12.0 / months) - 1;
    }

    private ProjectionResult summarize(PathOutputs outputs, FleetTotals totals, int paths) {
        List<Percentiles> cumulative = new ArrayList<>(months);
        List<Percentiles> prices = new ArrayList<>(months);
        double[] column = new double[paths];
        for (int m = 0; m < months; m++) {
            outputs.positionColumn(m, column);
            cumulative.add(Percentiles.ofSelectingInPlace(column));
            outputs.priceColumn(m, column);
            prices.add(Percentiles.ofSelectingInPlace(column));
        }
        int[] payback = outputs.paybackMonths();
        int paidBack = 0;
        for (int month : payback) {
            paidBack += month > 0 ? 1 : 0;
        }
        int[] sorted = Arrays.stream(payback).map(month -> month > 0 ? month : Integer.MAX_VALUE).sorted().toArray();
        int median = sorted[(paths + 1) / 2 - 1];
        OptionalInt medianPayback = median == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(median);

        double runningShare = totals.runningShare();
        double totalDays = Arrays.stream(daysInMonth).sum();
        double minerYears = fleet.minerCount() * totalDays / DAYS_PER_YEAR * paths;
        return new ProjectionResult(market.startDate(), paths, market.priceModel().label(), cumulative, prices,
                Percentiles.ofSelectingInPlace(outputs.maxDrawdowns()), Percentiles.ofSelectingInPlace(outputs.annualisedReturns()),
                paidBack / (double) paths, medianPayback, runningShare, totals.meteredKwhPerPhDay(fleet.pue()),
                minerYears > 0 ? totals.cycles / minerYears : 0, (1 - runningShare) * DAYS_PER_YEAR * HOURS_PER_DAY);
    }

    /** Per-path results, in flat arrays indexed path × month. */
    private static final class PathOutputs {
        private final int months;
        private final double[] positions;
        private final double[] closingPrices;
        private final double[] maxDrawdowns;
        private final double[] annualisedReturns;
        private final int[] paybackMonths;

        PathOutputs(int paths, int months) {
            this.months = months;
            this.positions = new double[paths * months];
            this.closingPrices = new double[paths * months];
            this.maxDrawdowns = new double[paths];
            this.annualisedReturns = new double[paths];
            this.paybackMonths = new int[paths];
        }

        void record(int path, int month, double position, double closingPrice) {
            positions[path * months + month] = position;
            closingPrices[path * months + month] = closingPrice;
        }

        double position(int path, int month) {
            return positions[path * months + month];
        }

        void finish(int path, double maxDrawdown, int paybackMonth, double annualisedReturn) {
            maxDrawdowns[path] = maxDrawdown;
            paybackMonths[path] = paybackMonth;
            annualisedReturns[path] = annualisedReturn;
        }

        void positionColumn(int month, double[] column) {
            for (int p = 0; p < column.length; p++) {
                column[p] = positions[p * months + month];
            }
        }

        void priceColumn(int month, double[] column) {
            for (int p = 0; p < column.length; p++) {
                column[p] = closingPrices[p * months + month];
            }
        }

        double[] maxDrawdowns() {
            return maxDrawdowns;
        }

        double[] annualisedReturns() {
            return annualisedReturns;
        }

        int[] paybackMonths() {
            return paybackMonths;
        }
    }

    /** Fleet-level sums over paths, for the mean running share, energy per PH/s·day and cycles. */
    private static final class FleetTotals {
        private double minerDays;
        private double runningMinerDays;
        private double minerMwh;
        private double realisedThDays;
        private double cycles;

        void record(double groupMinerDays, double runningShare, double groupMinerMwh, double groupRealisedThDays, double groupCycles) {
            minerDays += groupMinerDays;
            runningMinerDays += groupMinerDays * runningShare;
            minerMwh += groupMinerMwh;
            realisedThDays += groupRealisedThDays;
            cycles += groupCycles;
        }

        void add(FleetTotals other) {
            minerDays += other.minerDays;
            runningMinerDays += other.runningMinerDays;
            minerMwh += other.minerMwh;
            realisedThDays += other.realisedThDays;
            cycles += other.cycles;
        }

        double runningShare() {
            return minerDays > 0 ? runningMinerDays / minerDays : 0;
        }

        double meteredKwhPerPhDay(double pue) {
            return realisedThDays > 0 ? minerMwh * pue * 1_000.0 / (realisedThDays / 1_000.0) : Double.NaN;
        }
    }
}
