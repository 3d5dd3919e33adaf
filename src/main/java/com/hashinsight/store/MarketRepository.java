package com.hashinsight.store;

import com.hashinsight.fleet.MarketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads market snapshots and difficulty epochs.
 *
 * <p>Each import format fills its own snapshot columns: daily prices the BTC price, network-daily
 * files difficulty, hashrate and total fees, block statistics the height and mean fees per block.
 * {@link #snapshots} fills what a row lacks from the difficulty epochs, so the result does not
 * depend on the order in which files were imported:
 * <ul>
 *   <li>block height: {@link BlockHeights#heightAt} at the snapshot time (linear between retargets);</li>
 *   <li>difficulty: the difficulty of the epoch that contains that height;</li>
 *   <li>fees per block: total fees of the day divided by the day's block count, taken from the file
 *       when it has one, else from the height estimate at the start of this and the next day.</li>
 * </ul>
 * The network hashrate is never derived; it stays NaN when no file provided it.
 */
public final class MarketRepository {

    private final Workspace workspace;

    MarketRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Returns every difficulty epoch, ordered by start height. */
    public List<DifficultyEpoch> epochs() {
        return Queries.list(workspace, "SELECT * FROM difficulty_epoch ORDER BY start_height", Queries.NO_PARAMETERS,
                row -> new DifficultyEpoch(row.getInt("epoch"), row.getLong("start_height"), row.getLong("end_height"),
                        Sql.getInstant(row, "start_time"), row.getBoolean("start_time_estimated"), row.getDouble("difficulty"),
                        Sql.getDouble(row, "change_pct")));
    }

    /** Returns a height and difficulty estimator over the stored epochs. */
    public BlockHeights blockHeights() {
        return new BlockHeights(epochs());
    }

    /** Returns the difficulty at block {@code height}, or NaN when no stored epoch covers it. */
    public double difficultyAtHeight(long height) {
        return Queries.first(workspace, "SELECT difficulty FROM difficulty_epoch WHERE ? BETWEEN start_height AND end_height",
                statement -> statement.setLong(1, height), row -> row.getDouble("difficulty")).orElse(Double.NaN);
    }

    /**
     * Returns the snapshots in {@code [from, to)}, ordered by time, with missing block height,
     * difficulty and fees per block derived as the class comment describes.
     */
    public List<MarketSnapshot> snapshots(Instant from, Instant to) {
        BlockHeights heights = blockHeights();
        List<StoredSnapshot> stored = Queries.list(workspace,
                "SELECT * FROM market_snapshot WHERE ts >= ? AND ts < ? ORDER BY ts", statement -> {
                    Sql.setInstant(statement, 1, from);
                    Sql.setInstant(statement, 2, to);
                }, row -> new StoredSnapshot(Sql.getInstant(row, "ts"), Sql.getCount(row, "block_height"),
                        Sql.getDouble(row, "btc_usd"), Sql.getDouble(row, "difficulty"), Sql.getDouble(row, "network_hashrate_ths"),
                        Sql.getDouble(row, "fees_per_block_btc"), Sql.getDouble(row, "fees_total_btc"),
                        (int) Sql.getCount(row, "blocks_count")));
        List<MarketSnapshot> result = new ArrayList<>(stored.size());
        for (StoredSnapshot row : stored) {
            result.add(row.complete(heights));
        }
        return result;
    }

    /** A market_snapshot row as stored, before derivation. */
    private record StoredSnapshot(Instant time, long blockHeight, double btcUsd, double difficulty, double networkHashrateThs,
            double feesPerBlockBtc, double feesTotalBtc, int blocksCount) {

        MarketSnapshot complete(BlockHeights heights) {
            long height = blockHeight >= 0 ? blockHeight : heights.heightAt(time);
            double derivedDifficulty = Double.isNaN(difficulty) && height >= 0 ? heights.difficultyAt(height) : difficulty;
            double perBlock = feesPerBlockBtc;
            if (Double.isNaN(perBlock) && !Double.isNaN(feesTotalBtc)) {
                long blocks = blocksCount > 0 ? blocksCount : blocksInDay(heights);
                perBlock = blocks > 0 ? feesTotalBtc / blocks : Double.NaN;
            }
            return new MarketSnapshot(time, height, btcUsd, derivedDifficulty, networkHashrateThs, perBlock);
        }

        private long blocksInDay(BlockHeights heights) {
            long start = heights.heightAt(time);
            long end = heights.heightAt(time.plus(Duration.ofDays(1)));
            return start >= 0 ? end - start : -1;
        }
    }
}
