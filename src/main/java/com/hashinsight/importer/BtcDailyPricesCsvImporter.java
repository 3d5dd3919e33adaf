package com.hashinsight.importer;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * Imports daily BTC prices ({@code btc-daily-prices-csv}: {@code Date,BTC_USD,...}, rows in any
 * order). The close at 00:00 UTC becomes the snapshot's {@code btc_usd}; other currencies are ignored.
 */
final class BtcDailyPricesCsvImporter implements FileImporter {

    @Override
    public ImportCounts run(ImportContext context) throws IOException, SQLException {
        try (CsvInput csv = CsvInput.open(context.file()); SnapshotMerger merger = new SnapshotMerger(context, List.of("btc_usd"))) {
            CsvColumn date = csv.requireColumn("date");
            CsvColumn price = csv.requireColumn("btc_usd");
            return DailyRows.importDaily(context, csv, date, merger, row -> {
                double usd = row.requireNumber(price);
                if (usd <= 0) {
                    throw row.reject(price, row.text(price), "importer.rejected.notPositive");
                }
                return new Object[] {usd};
            });
        }
    }
}
