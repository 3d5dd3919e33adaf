package com.hashinsight.importer;

import com.hashinsight.store.Sql;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Imports per-block statistics ({@code blockstats-csv}, Bitcoin Core {@code getblockstats} columns)
 * into {@code block_stats}, then updates the daily market snapshots of every UTC day the stored
 * blocks cover completely (a stored block before the day and one after it):
 * <ul>
 *   <li>{@code block_height}: the highest height with a block time before 00:00 UTC, the chain tip at
 *       midnight (block times are not strictly increasing, so this can differ by a block or two from
 *       the tip a node saw);</li>
 *   <li>{@code blocks_count}, {@code fees_total_btc} and {@code fees_per_block_btc} of the blocks
 *       with a time inside the day.</li>
 * </ul>
 */
final class BlockstatsCsvImporter implements FileImporter {

    private static final double SATOSHI_PER_BTC = 1e8;

    @Override
    public ImportCounts run(ImportContext context) throws IOException, SQLException {
        Instant first = null;
        Instant last = null;
        ImportCounts blocks;
        try (CsvInput csv = CsvInput.open(context.file());
                KeyedWriter writer = new KeyedWriter(context, "block_stats", List.of("height"),
                        List.of("ts", "txs", "total_fee_sat", "subsidy_sat"))) {
            CsvColumn height = csv.requireColumn("height");
            CsvColumn time = csv.requireColumn("time_utc");
            CsvColumn txs = csv.column("txs");
            CsvColumn totalFee = csv.requireColumn("totalfee_sat");
            CsvColumn subsidy = csv.column("subsidy_sat");
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                context.rowRead();
                if (row.isBlank()) {
                    continue;
                }
                try {
                    row.requireWidth();
                    long blockHeight = row.requireInteger(height);
                    Instant blockTime = row.requireInstant(time);
                    long fee = row.requireInteger(totalFee);
                    long reward = row.integer(subsidy, -1);
                    long count = row.integer(txs, -1);
                    if (blockHeight < 0 || fee < 0 || reward < -1 || count < -1) {
                        throw row.rejectRow("importer.rejected.negative");
                    }
                    writer.add(row.line(), blockHeight, blockTime, count < 0 ? null : (int) count, fee, reward < 0 ? null : reward);
                    first = first == null || blockTime.isBefore(first) ? blockTime : first;
                    last = last == null || blockTime.isAfter(last) ? blockTime : last;
                } catch (RowRejectedException e) {
                    context.reject(e);
                }
            }
            writer.flush();
            blocks = new ImportCounts(writer.accepted(), writer.unchanged());
        }
        if (first == null) {
            return blocks;
        }
        return blocks.plus(updateDailySnapshots(context, first, last));
    }

    private static ImportCounts updateDailySnapshots(ImportContext context, Instant first, Instant last) throws SQLException {
        LocalDate day = LocalDate.ofInstant(first, ZoneOffset.UTC);
        LocalDate lastDay = LocalDate.ofInstant(last, ZoneOffset.UTC);
        String daySql = "SELECT (SELECT MAX(height) FROM block_stats WHERE ts < ?) AS tip, "
                + "(SELECT COUNT(*) FROM block_stats WHERE ts >= ?) AS after_count, "
                + "COUNT(*) AS blocks, SUM(total_fee_sat) AS fees FROM block_stats WHERE ts >= ? AND ts < ?";
        try (PreparedStatement select = context.connection().prepareStatement(daySql);
                SnapshotMerger merger = new SnapshotMerger(context,
                        List.of("block_height", "blocks_count", "fees_total_btc", "fees_per_block_btc"))) {
            for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
                Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
                Instant end = start.plus(1, ChronoUnit.DAYS);
                Sql.setInstant(select, 1, start);
                Sql.setInstant(select, 2, end);
                Sql.setInstant(select, 3, start);
                Sql.setInstant(select, 4, end);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    long tip = row.getLong("tip");
                    boolean covered = !row.wasNull() && row.getLong("after_count") > 0;
                    long count = row.getLong("blocks");
                    if (!covered || count == 0) {
                        continue;
                    }
                    double feesBtc = row.getLong("fees") / SATOSHI_PER_BTC;
                    merger.merge(start, tip, (int) count, feesBtc, feesBtc / count);
                }
            }
            return merger.counts();
        }
    }
}
