package com.hashinsight.simulation;

import com.hashinsight.economics.Hashprice;
import com.hashinsight.economics.MiningRevenue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * One market path, one value per UTC day: BTC price, difficulty, fees, block height, network
 * hashrate, and the expected revenue of 1 TH/s that follows from them.
 */
final class MarketPath {

    static final int BLOCKS_PER_EPOCH = 2016;
    private static final double TARGET_BLOCK_SECONDS = 600.0;
    private static final LocalDate HALVING_840000_DAY = LocalDate.of(2024, 4, 20);

    final LocalDate start;
    final double[] btcUsd;
    final double[] difficulty;
    final double[] feesPerBlockBtc;
    final double[] networkHashrateThs;
    final long[] heightAtDayStart;
    final double[] usdPerThDay;

    MarketPath(LocalDate start, double[] btcUsd, double[] difficulty, double[] feesPerBlockBtc,
            double[] networkHashrateThs, long[] heightAtDayStart) {
        this.start = start;
        this.btcUsd = btcUsd;
        this.difficulty = difficulty;
        this.feesPerBlockBtc = feesPerBlockBtc;
        this.networkHashrateThs = networkHashrateThs;
        this.heightAtDayStart = heightAtDayStart;
        this.usdPerThDay = new double[btcUsd.length];
        for (int day = 0; day < btcUsd.length; day++) {
            double reward = MiningRevenue.blockRewardBtc(heightAtDayStart[day], feesPerBlockBtc[day]);
            usdPerThDay[day] = Hashprice.of(difficulty[day], reward, btcUsd[day]).usdPerThDay();
        }
    }

    int days() {
        return btcUsd.length;
    }

    /**
     * Builds a Monte Carlo path. BTC price is a driftless geometric Brownian motion with 3 % daily
     * volatility. Network hashrate grows about 40 % a year with noise, and difficulty retargets to it
     * every 2016 blocks. Fees per block are a log-normal AR(1) around 0.025 BTC.
     *
     * <p>NOTE: the starting levels (BTC near 95,000 USD, difficulty near 1.48e14) suit a 2026 start; a
     * start far from that still gets them, which misprices the past. Use {@code --market} for history.
     */
    static MarketPath monteCarlo(long seed, LocalDate start, int days) {
        SplittableRandom random = RandomStreams.stream(seed, RandomStreams.MARKET);
        double[] btcUsd = new double[days];
        double[] difficulty = new double[days];
        double[] fees = new double[days];
        double[] hashrateThs = new double[days];
        long[] height = new long[days];

        double price = 95_000 * Math.exp(0.1 * RandomStreams.gaussian(random));
        double currentDifficulty = 1.48e14 * Math.exp(0.05 * RandomStreams.gaussian(random));
        double hashesPerSecond = currentDifficulty * MiningRevenue.HASHES_PER_DIFFICULTY / TARGET_BLOCK_SECONDS;
        double logFeeAnomaly = 0;
        double blocks = estimatedHeight(start);
        long nextRetarget = ((long) blocks / BLOCKS_PER_EPOCH + 1) * BLOCKS_PER_EPOCH;
        double dailyGrowth = Math.log(1.4) / 365.25;
        for (int day = 0; day < days; day++) {
            btcUsd[day] = Math.round(price * 100) / 100.0;
            difficulty[day] = currentDifficulty;
            hashrateThs[day] = hashesPerSecond / 1e12;
            fees[day] = 0.025 * Math.exp(logFeeAnomaly);
            height[day] = (long) blocks;

            double blocksToday = 86_400 * hashesPerSecond / (currentDifficulty * MiningRevenue.HASHES_PER_DIFFICULTY);
            blocks += blocksToday;
            if ((long) blocks >= nextRetarget) {
                currentDifficulty = hashesPerSecond * TARGET_BLOCK_SECONDS / MiningRevenue.HASHES_PER_DIFFICULTY;
                nextRetarget += BLOCKS_PER_EPOCH;
            }
            price *= Math.exp(0.03 * RandomStreams.gaussian(random) - 0.5 * 0.03 * 0.03);
            hashesPerSecond *= Math.exp(dailyGrowth + 0.01 * RandomStreams.gaussian(random));
            logFeeAnomaly = 0.8 * logFeeAnomaly + 0.3 * Math.sqrt(1 - 0.64) * RandomStreams.gaussian(random);
        }
        return new MarketPath(start, btcUsd, difficulty, fees, hashrateThs, height);
    }

    /** Block height at 00:00 UTC of {@code day}, estimated from block 840,000 on 2024-04-20 at 144 blocks a day. */
    static long estimatedHeight(LocalDate day) {
        return 840_000L + ChronoUnit.DAYS.between(HALVING_840000_DAY, day) * 144L;
    }
}
