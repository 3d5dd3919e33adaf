package com.hashinsight.importer;

import com.hashinsight.fleet.EnergyPrice;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Imports the product price file ({@code energy-prices-csv}): one interval per row, start in UTC.
 * Negative prices are valid. Key: settlement point, market, interval length and start.
 */
final class EnergyPricesCsvImporter implements FileImporter {

    @Override
    public ImportCounts run(ImportContext context) throws IOException, SQLException {
        try (CsvInput csv = CsvInput.open(context.file()); KeyedWriter writer = priceWriter(context)) {
            CsvColumn point = csv.requireColumn("settlement_point");
            CsvColumn start = csv.requireColumn("interval_start_utc");
            CsvColumn minutes = csv.requireColumn("interval_minutes");
            CsvColumn market = csv.requireColumn("market");
            CsvColumn price = csv.requireColumn("usd_per_mwh");
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                context.rowRead();
                if (row.isBlank()) {
                    continue;
                }
                try {
                    row.requireWidth();
                    EnergyPrice parsed = toPrice(row, point, row.requireText(market).toUpperCase(Locale.ROOT), market,
                            row.requireInstant(start), (int) row.requireInteger(minutes), minutes, row.requireNumber(price));
                    add(writer, row.line(), parsed);
                } catch (RowRejectedException e) {
                    context.reject(e);
                }
            }
            writer.flush();
            return new ImportCounts(writer.accepted(), writer.unchanged());
        }
    }

    static KeyedWriter priceWriter(ImportContext context) throws SQLException {
        return new KeyedWriter(context, "energy_price", List.of("settlement_point", "market", "interval_minutes", "interval_start"),
                List.of("usd_per_mwh"));
    }

    static void add(KeyedWriter writer, long line, EnergyPrice price) throws SQLException {
        writer.add(line, price.settlementPoint(), price.market(), price.intervalMinutes(), price.intervalStart(), price.usdPerMwh());
    }

    private static EnergyPrice toPrice(CsvRow row, CsvColumn point, String market, CsvColumn marketColumn, java.time.Instant start,
            int minutes, CsvColumn minutesColumn, double usdPerMwh) throws RowRejectedException {
        if (!market.equals("DAM") && !market.equals("RTM")) {
            throw row.reject(marketColumn, market, "importer.rejected.notOneOf", "DAM, RTM");
        }
        if (minutes != 5 && minutes != 15 && minutes != 60) {
            throw row.reject(minutesColumn, String.valueOf(minutes), "importer.rejected.notOneOf", "5, 15, 60");
        }
        return new EnergyPrice(row.requireText(point), start, minutes, market, usdPerMwh);
    }
}
