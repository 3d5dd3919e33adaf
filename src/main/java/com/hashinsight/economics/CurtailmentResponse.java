package com.hashinsight.economics;

/**
 * Running share and energy cost of a miner group as functions of the payout level, tabulated by
 * evaluating a curtailment policy over a year of historical prices at fixed payout levels.
 *
 * <p>The Monte Carlo projection moves hashprice month by month and looks up the response by
 * linear interpolation between levels (clamped at both ends), so a path with a low hashprice
 * curtails more. The historical price year is replayed unchanged in every projected year.
 */
public final class CurtailmentResponse {

    /** Index of the running share in {@link #interpolate}'s output. */
    public static final int RUNNING_SHARE = 0;
    /** Index of the net energy cost per full-load MWh in {@link #interpolate}'s output. */
    public static final int COST_USD_PER_FULL_LOAD_MWH = 1;
    /** Index of the off/on cycles per miner per full-load hour in {@link #interpolate}'s output. */
    public static final int CYCLES_PER_HOUR = 2;
    /** Length of the output array of {@link #interpolate}. */
    public static final int OUTPUT_SIZE = 3;

    private final double[] payoutLevels;
    private final double[] runningShare;
    private final double[] costUsdPerFullLoadMwh;
    private final double[] cyclesPerHour;

    private CurtailmentResponse(double[] payoutLevels, double[] runningShare, double[] costUsdPerFullLoadMwh, double[] cyclesPerHour) {
        this.payoutLevels = payoutLevels;
        this.runningShare = runningShare;
        this.costUsdPerFullLoadMwh = costUsdPerFullLoadMwh;
        this.cyclesPerHour = cyclesPerHour;
    }

    /**
     * Tabulates the response of one miner of {@code model} to each payout level.
     *
     * <p>The net energy cost per full-load MWh is energy cost plus hosting energy fee plus cycling
     * cost minus demand-response payments and peak credit, divided by the energy the miner would
     * draw at the wall running in every priced interval.
     *
     * @param evaluator     policy evaluator over a historical price series
     * @param model         miners of one kind; its count is ignored
     * @param payoutLevels  payout levels in USD per TH/s·day after pool fees, strictly ascending, at least two
     */
    public static CurtailmentResponse tabulate(CurtailmentEvaluator evaluator, MinerGroup model, double[] payoutLevels) {
        requireAscending(payoutLevels);
        MinerGroup one = new MinerGroup(model.name(), 1, model.hashrateThs(), model.powerW());
        int size = payoutLevels.length;
        double[] share = new double[size];
        double[] cost = new double[size];
        double[] cycles = new double[size];
        for (int i = 0; i < size; i++) {
            CurtailmentResult result = evaluator.evaluate(one, payoutLevels[i], false);
            if (!(result.fullLoadEnergyMwh() > 0)) {
                throw new IllegalArgumentException("the price series has no priced interval to tabulate a curtailment response from");
            }
            double expenses = result.energyCostUsd() + result.hostingEnergyFeeUsd() + result.cycleCostUsd()
                    - result.demandResponseUsd() - result.peakCreditUsd();
            double fullLoadHours = result.fullLoadEnergyMwh() * 1e6 / one.powerW();
            share[i] = result.uptimeFraction();
            cost[i] = expenses / result.fullLoadEnergyMwh();
            cycles[i] = result.cycles() / fullLoadHours;
        }
        return new CurtailmentResponse(payoutLevels.clone(), share, cost, cycles);
    }

    /**
     * Returns a response that always runs at a fixed net energy cost, for a contract and policy that never curtail.
     *
     * @param costUsdPerMinerMwh cost per MWh drawn at the wall, PUE and hosting energy fee included
     */
    public static CurtailmentResponse alwaysOn(double costUsdPerMinerMwh) {
        if (!Double.isFinite(costUsdPerMinerMwh)) {
            throw new IllegalArgumentException("costUsdPerMinerMwh must be finite, got " + costUsdPerMinerMwh);
        }
        return new CurtailmentResponse(new double[] {0, 1}, new double[] {1, 1},
                new double[] {costUsdPerMinerMwh, costUsdPerMinerMwh}, new double[] {0, 0});
    }

    /**
     * Returns {@code count} payout levels spaced evenly on a log scale from {@code lowest} to {@code highest} USD per TH/s·day.
     */
    public static double[] logSpacedLevels(double lowest, double highest, int count) {
        if (!(lowest > 0) || !(highest > lowest) || count < 2) {
            throw new IllegalArgumentException("need 0 < lowest < highest and count >= 2, got " + lowest + ", " + highest + ", " + count);
        }
        double[] levels = new double[count];
        double ratio = Math.log(highest / lowest) / (count - 1);
        for (int i = 0; i < count; i++) {
            levels[i] = lowest * Math.exp(ratio * i);
        }
        levels[count - 1] = highest;
        return levels;
    }

    /**
     * Writes the interpolated response at {@code payoutUsdPerThDay} into {@code output}, indexed by
     * {@link #RUNNING_SHARE}, {@link #COST_USD_PER_FULL_LOAD_MWH} and {@link #CYCLES_PER_HOUR}.
     * Payouts outside the table take the nearest level's response.
     */
    public void interpolate(double payoutUsdPerThDay, double[] output) {
        int last = payoutLevels.length - 1;
        if (!(payoutUsdPerThDay > payoutLevels[0])) {
            write(output, 0, 0);
            return;
        }
        if (payoutUsdPerThDay >= payoutLevels[last]) {
            write(output, last, 0);
            return;
        }
        int low = 0;
        int high = last;
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (payoutLevels[mid] <= payoutUsdPerThDay) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double weight = (payoutUsdPerThDay - payoutLevels[low]) / (payoutLevels[high] - payoutLevels[low]);
        write(output, low, weight);
    }

    private void write(double[] output, int low, double weight) {
        int high = Math.min(low + 1, payoutLevels.length - 1);
        output[RUNNING_SHARE] = runningShare[low] + weight * (runningShare[high] - runningShare[low]);
        output[COST_USD_PER_FULL_LOAD_MWH] = costUsdPerFullLoadMwh[low] + weight * (costUsdPerFullLoadMwh[high] - costUsdPerFullLoadMwh[low]);
        output[CYCLES_PER_HOUR] = cyclesPerHour[low] + weight * (cyclesPerHour[high] - cyclesPerHour[low]);
    }

    private static void requireAscending(double[] levels) {
        if (levels.length < 2) {
            throw new IllegalArgumentException("need at least two payout levels, got " + levels.length);
        }
        for (int i = 1; i < levels.length; i++) {
            if (!(levels[i] > levels[i - 1])) {
                throw new IllegalArgumentException("payout levels must be strictly ascending, got " + levels[i - 1] + " then " + levels[i]);
            }
        }
    }
}
