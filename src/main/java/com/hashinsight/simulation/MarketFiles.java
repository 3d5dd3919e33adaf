package com.hashinsight.simulation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Writes a market path in the third-party market formats the importers read: BTC daily prices,
 * network daily values and difficulty epochs (which carry the block heights).
 */
final class MarketFiles {

    static final String BTC_HEADER = "Date,BTC_USD";
    static final String NETWORK_HEADER = "date,fees_btc_blockchaincom,difficulty_blockchaincom,hashrate_ths_blockchaincom,"
            + "blockchaincom_src,hashrate_hs_bitcoinvisuals,fees_btc_from_blockstats,blocks_from_blockstats";
    static final String EPOCHS_HEADER = "epoch,start_height,end_height,start_time_utc,start_time_unix,start_time_src,bits,"
            + "difficulty,change_pct,duration_s,implied_hashrate_hs,last_block_hash,chainwork_at_start";

    private MarketFiles() {
    }

    static void write(MarketPath market, int days, Path btcFile, Path networkFile, Path epochsFile) throws IOException {
        StringBuilder line = new StringBuilder();
        try (BufferedWriter btc = Files.newBufferedWriter(btcFile); BufferedWriter network = Files.newBufferedWriter(networkFile)) {
            btc.write(BTC_HEADER + "\n");
            network.write(NETWORK_HEADER + "\n");
            for (int day = 0; day < days; day++) {
                String date = market.start.plusDays(day).toString();
                line.setLength(0);
                line.append(date).append(',');
                CsvText.append(line, market.btcUsd[day], 2).append('\n');
                btc.append(line);
                line.setLength(0);
                line.append(date).append(',');
                CsvText.append(line, market.feesPerBlockBtc[day] * blocksOnDay(market, day), 8).append(',');
                line.append(market.difficulty[day]).append(',');
                CsvText.append(line, market.networkHashrateThs[day], 0).append(",simulator,,,");
                line.append(Math.round(blocksOnDay(market, day))).append('\n');
                network.append(line);
            }
        }
        writeEpochs(market, days, epochsFile);
    }

    private static double blocksOnDay(MarketPath market, int day) {
        if (day + 1 < market.days()) {
            return market.heightAtDayStart[day + 1] - market.heightAtDayStart[day];
        }
        return 144;
    }

    /**
     * Writes one row per retarget epoch that overlaps the written days, with start times interpolated within a day.
     * The first epoch began before the world, so its start time is extrapolated at 144 blocks a day.
     */
    private static void writeEpochs(MarketPath market, int days, Path file) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            writer.write(EPOCHS_HEADER + "\n");
            long startSecond = market.start.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            long firstEpoch = market.heightAtDayStart[0] / MarketPath.BLOCKS_PER_EPOCH;
            long lastEpoch = market.heightAtDayStart[Math.min(days, market.days() - 1)] / MarketPath.BLOCKS_PER_EPOCH;
            double previousDifficulty = Double.NaN;
            for (long epoch = firstEpoch; epoch <= lastEpoch; epoch++) {
                long startHeight = epoch * MarketPath.BLOCKS_PER_EPOCH;
                double dayPosition = dayOfHeight(market, startHeight);
                int day = (int) Math.max(0, Math.floor(dayPosition));
                double difficulty = market.difficulty[Math.min(day + (epoch == firstEpoch ? 0 : 1), market.days() - 1)];
                StringBuilder line = new StringBuilder();
                line.append(epoch).append(',').append(startHeight).append(',').append(startHeight + MarketPath.BLOCKS_PER_EPOCH - 1)
                        .append(',');
                if (epoch == firstEpoch) {
                    dayPosition = -(market.heightAtDayStart[0] - startHeight) / 144.0;
                }
                long unix = startSecond + Math.round(dayPosition * 86_400);
                line.append(Instant.ofEpochSecond(unix)).append(',').append(unix).append(",simulator");
                line.append(",,").append(difficulty).append(',');
                if (!Double.isNaN(previousDifficulty)) {
                    CsvText.append(line, (difficulty / previousDifficulty - 1) * 100, 4);
                }
                line.append(",,,,\n");
                writer.append(line);
                previousDifficulty = difficulty;
            }
        }
    }

    /** Fractional day index at which the chain reaches {@code height}, interpolated between day starts. */
    private static double dayOfHeight(MarketPath market, long height) {
        for (int day = 0; day + 1 < market.days(); day++) {
            long from = market.heightAtDayStart[day];
            long to = market.heightAtDayStart[day + 1];
            if (height >= from && height < to) {
                return day + (double) (height - from) / (to - from);
            }
        }
        return -1;
    }
}
