package com.hashinsight.economics;

import com.hashinsight.fleet.MarketSnapshot;

/**
 * Expected mining revenue from hashrate, difficulty and block reward.
 *
 * <p>Expected BTC/day = hashrate (H/s) × 86,400 × (subsidy + fees per block) / (difficulty × 2^32).
 * Source: the Bitcoin difficulty definition, difficulty = difficulty-1 target / block target with
 * the difficulty-1 target 0xffff × 2^208. A block at difficulty D then takes
 * D × 2^256 / (0xffff × 2^208 + 1) ≈ D × 4,295,032,833 hashes on average, which is 2^32 × (1 + 2^-16).
 * The 2^32 form that pools and hashprice indices use is kept here, so results are about 0.0015 %
 * higher than with the exact factor.
 */
public final class MiningRevenue {

    /** Expected hashes per block at difficulty 1. */
    public static final double HASHES_PER_DIFFICULTY = 4_294_967_296.0;

    /** Seconds per day. */
    public static final double SECONDS_PER_DAY = 86_400.0;

    /** H/s per TH/s. */
    public static final double HASHES_PER_TERAHASH = 1e12;

    private MiningRevenue() {
    }

    /**
     * Returns the expected number of blocks that {@code hashrateThs} finds per day.
     *
     * @param hashrateThs hashrate in TH/s; 0 gives 0, NaN gives NaN (missing reading)
     * @param difficulty  network difficulty, positive and finite
     * @throws IllegalArgumentException when the hashrate is negative
     * @throws EconomicInputException naming {@code difficulty} when it is NaN, infinite, zero or negative
     */
    public static double expectedBlocksPerDay(double hashrateThs, double difficulty) {
        if (hashrateThs < 0 || hashrateThs == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("hashrateThs must be a finite number >= 0, got " + hashrateThs);
        }
        requireDifficulty(difficulty);
        return hashrateThs * HASHES_PER_TERAHASH * SECONDS_PER_DAY / (difficulty * HASHES_PER_DIFFICULTY);
    }

    /**
     * Returns the expected BTC per day before pool fees for {@code hashrateThs}.
     *
     * @param hashrateThs    hashrate in TH/s; 0 gives 0, NaN gives NaN
     * @param difficulty     network difficulty, positive and finite
     * @param blockRewardBtc subsidy plus fees per block in BTC, not negative; NaN gives NaN
     * @throws IllegalArgumentException when the hashrate or the reward is negative
     * @throws EconomicInputException naming {@code difficulty} when it is not a positive number
     */
    public static double expectedBtcPerDay(double hashrateThs, double difficulty, double blockRewardBtc) {
        if (blockRewardBtc < 0) {
            throw new IllegalArgumentException("blockRewardBtc must be >= 0, got " + blockRewardBtc);
        }
        return expectedBlocksPerDay(hashrateThs, difficulty) * blockRewardBtc;
    }

    /**
     * Returns subsidy plus fees of one block in BTC.
     *
     * @param blockHeight     block height; -1 (unknown) raises
     * @param feesPerBlockBtc mean fees per block in BTC, finite and not negative
     * @throws EconomicInputException naming {@code blockHeight} or {@code feesPerBlockBtc}
     */
    public static double blockRewardBtc(long blockHeight, double feesPerBlockBtc) {
        if (!(feesPerBlockBtc >= 0) || Double.isInfinite(feesPerBlockBtc)) {
            throw new EconomicInputException("economics.error.invalidFees", "feesPerBlockBtc", feesPerBlockBtc);
        }
        return BlockSubsidy.subsidyBtc(blockHeight) + feesPerBlockBtc;
    }

    /**
     * Returns subsidy plus fees of one block in BTC from a market snapshot.
     *
     * @throws EconomicInputException naming {@code blockHeight} when the height is unknown (-1), or
     *         {@code feesPerBlockBtc} when the fees are NaN or negative
     */
    public static double blockRewardBtc(MarketSnapshot market) {
        return blockRewardBtc(market.blockHeight(), market.feesPerBlockBtc());
    }

    static void requireDifficulty(double difficulty) {
        if (!(difficulty > 0) || Double.isInfinite(difficulty)) {
            throw new EconomicInputException("economics.error.invalidDifficulty", "difficulty", difficulty);
        }
    }
}
