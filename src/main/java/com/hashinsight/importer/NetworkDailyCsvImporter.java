package com.hashinsight.importer;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * Imports daily network statistics ({@code network-daily-csv}). Columns used, by preference:
 * difficulty from {@code difficulty_blockchaincom}; network hashrate from {@code hashrate_ths_blockchaincom},
 * else {@code hashrate_hs_bitcoinvisuals} converted from H/s; total fees from {@code fees_btc_blockchaincom},
 * else {@code fees_btc_from_blockstats}; the day's block count from {@code blocks_from_blockstats}.
 * A difficulty or hashrate of 0 is a gap in the source (the real values are never 0) and is stored as missing.
 */
final class NetworkDailyCsvImporter implements FileImporter {

    @Override
    public ImportCounts run(ImportContext context) throws IOException, SQLException {
        try (CsvInput csv = CsvInput.open(context.file());
                SnapshotMerger merger = new SnapshotMerger(context,
                        List.of("difficulty", "network_hashrate_ths", "fees_total_btc", "blocks_count"))) {
            CsvColumn date = csv.requireColumn("date");
            CsvColumn difficulty = csv.column("difficulty_blockchaincom");
            CsvColumn hashrateThs = csv.column("hashrate_ths_blockchaincom");
            CsvColumn hashrateHs = csv.column("hashrate_hs_bitcoinvisuals");
            CsvColumn fees = csv.column("fees_btc_blockchaincom");
            CsvColumn feesFromBlocks = csv.column("fees_btc_from_blockstats");
            CsvColumn blocks = csv.column("blocks_from_blockstats");
            return DailyRows.importDaily(context, csv, date, merger, row -> {
                double hashrate = positiveOrNaN(row.nonNegative(hashrateThs));
                if (Double.isNaN(hashrate)) {
                    hashrate = HashrateUnit.H.toThs(positiveOrNaN(row.nonNegative(hashrateHs)));
                }
                double totalFees = row.nonNegative(fees);
                if (Double.isNaN(totalFees)) {
                    totalFees = row.nonNegative(feesFromBlocks);
                }
                long blockCount = row.integer(blocks, -1);
                if (blockCount < -1) {
                    throw row.reject(blocks, row.text(blocks), "importer.rejected.negative");
                }
                return new Object[] {positiveOrNaN(row.nonNegative(difficulty)), hashrate, totalFees,
                    blockCount > 0 ? Integer.valueOf((int) blockCount) : null};
            });
        }
    }

    private static double positiveOrNaN(double value) {
        return value > 0 ? value : Double.NaN;
    }
}
