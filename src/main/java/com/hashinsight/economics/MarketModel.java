package com.hashinsight.economics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Starting market state and the random models that move it in the Monte Carlo projection.
 *
 * <p>Fees per block stay constant in BTC, so their share of the reward doubles at a halving.
 *
 * @param startDate        first day of the projection
 * @param startBtcUsd      BTC price on that day in USD, positive
 * @param startDifficulty  difficulty on that day, positive
 * @param startHeight      block height on that day, not negative
 * @param feesPerBlockBtc  mean transaction fees per block in BTC, not negative
 * @param priceModel       BTC price returns
 * @param difficultyModel  difficulty growth
 */
public record MarketModel(LocalDate startDate, double startBtcUsd, double startDifficulty, long startHeight,
        double feesPerBlockBtc, PriceModel priceModel, DifficultyModel difficultyModel) {

    /** Blocks per day at the 600-second target interval. */
    public static final double BLOCKS_PER_DAY = 144.0;

    public MarketModel {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(priceModel, "priceModel");
        Objects.requireNonNull(difficultyModel, "difficultyModel");
        if (!(startBtcUsd > 0) || Double.isInfinite(startBtcUsd)) {
            throw new EconomicInputException("economics.error.invalidBtcPrice", "startBtcUsd", startBtcUsd);
        }
        MiningRevenue.requireDifficulty(startDifficulty);
        BlockSubsidy.requireKnownHeight(startHeight);
        if (!(feesPerBlockBtc >= 0) || Double.isInfinite(feesPerBlockBtc)) {
            throw new EconomicInputException("economics.error.invalidFees", "feesPerBlockBtc", feesPerBlockBtc);
        }
    }

    /** Returns this market with another starting BTC price, for example a scenario slider's value. */
    public MarketModel withStartBtcUsd(double btcUsd) {
        return new MarketModel(startDate, btcUsd, startDifficulty, startHeight, feesPerBlockBtc, priceModel, difficultyModel);
    }

    /** Returns this market with another difficulty model, for example a fixed growth rate chosen by the user. */
    public MarketModel withDifficultyModel(DifficultyModel model) {
        return new MarketModel(startDate, startBtcUsd, startDifficulty, startHeight, feesPerBlockBtc, priceModel, model);
    }

    /** Fees / (subsidy + fees) at the start height. */
    public double startFeeShare() {
        return feesPerBlockBtc / (BlockSubsidy.subsidyBtc(startHeight) + feesPerBlockBtc);
    }

    /**
     * Returns the mean subsidy per block of the blocks mined in the {@code days} days after
     * {@code fromHeight} at {@link #BLOCKS_PER_DAY}, splitting the blocks at a halving.
     *
     * <p>NOTE: blocks are assumed to arrive at the target rate. While difficulty grows they arrive
     * a little faster, so a halving can come some days before this projection puts it.
     */
    public static double meanSubsidyBtc(long fromHeight, double days) {
        long blocks = Math.max(1L, Math.round(days * BLOCKS_PER_DAY));
        long halving = BlockSubsidy.nextHalvingHeight(fromHeight);
        long before = Math.min(blocks, halving - fromHeight);
        double total = before * BlockSubsidy.subsidyBtc(fromHeight);
        if (before < blocks) {
            total += (blocks - before) * BlockSubsidy.subsidyBtc(halving);
        }
        return total / blocks;
    }
}
