package com.hashinsight.economics;

/**
 * Bitcoin block subsidy by height: 50 BTC, halved every 210,000 blocks.
 *
 * <p>Source: Bitcoin Core {@code GetBlockSubsidy} in {@code src/validation.cpp}, which shifts
 * 50 BTC in satoshi right by {@code height / 210000} and returns 0 from the 64th halving on.
 * The subsidy is 6.25 BTC up to block 839,999, 3.125 BTC from 840,000 and 1.5625 BTC from
 * 1,050,000.
 */
public final class BlockSubsidy {

    /** Blocks between halvings. */
    public static final long HALVING_INTERVAL_BLOCKS = 210_000L;

    /** Satoshi per BTC. */
    public static final long SAT_PER_BTC = 100_000_000L;

    private static final long INITIAL_SUBSIDY_SAT = 50L * SAT_PER_BTC;

    private BlockSubsidy() {
    }

    /**
     * Returns the subsidy of the block at {@code blockHeight} in satoshi.
     *
     * @param blockHeight block height, 0 for the genesis block
     * @throws EconomicInputException naming {@code blockHeight} when it is negative; market data
     *         marks an unknown height with -1, and an unknown height has no subsidy
     */
    public static long subsidySat(long blockHeight) {
        requireKnownHeight(blockHeight);
        long halvings = blockHeight / HALVING_INTERVAL_BLOCKS;
        return halvings >= 64 ? 0L : INITIAL_SUBSIDY_SAT >> halvings;
    }

    /**
     * Returns the subsidy of the block at {@code blockHeight} in BTC.
     *
     * @throws EconomicInputException naming {@code blockHeight} when it is negative
     */
    public static double subsidyBtc(long blockHeight) {
        return subsidySat(blockHeight) / (double) SAT_PER_BTC;
    }

    /**
     * Returns the height of the first block after {@code blockHeight} whose subsidy is halved,
     * for example 1,050,000 for any height from 840,000 to 1,049,999.
     *
     * @throws EconomicInputException naming {@code blockHeight} when it is negative
     */
    public static long nextHalvingHeight(long blockHeight) {
        requireKnownHeight(blockHeight);
        return (blockHeight / HALVING_INTERVAL_BLOCKS + 1) * HALVING_INTERVAL_BLOCKS;
    }

    static void requireKnownHeight(long blockHeight) {
        if (blockHeight < 0) {
            throw new EconomicInputException("economics.error.unknownHeight", "blockHeight", blockHeight);
        }
    }
}
