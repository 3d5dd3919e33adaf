package com.hashinsight.importer;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * Shared loop of the one-row-per-day market files (BTC prices, network daily): reads each row's
 * date, rejects a date seen twice, and merges the row into the snapshot at 00:00 UTC of that day.
 */
final class DailyRows {

    /** Turns one CSV row into the values of the merger's columns. */
    @FunctionalInterface
    interface RowValues {
        Object[] read(CsvRow row) throws RowRejectedException;
    }

    private DailyRows() {
    }

    static ImportCounts importDaily(ImportContext context, CsvInput csv, CsvColumn date, SnapshotMerger merger, RowValues values)
            throws IOException, SQLException {
        Set<LocalDate> seen = new HashSet<>();
        for (CsvRow row = csv.next(); row != null; row = csv.next()) {
            context.rowRead();
            if (row.isBlank()) {
                continue;
            }
            try {
                row.requireWidth();
                LocalDate day = row.requireDate(date);
                Object[] rowValues = values.read(row);
                if (!seen.add(day)) {
                    throw row.reject(date, day.toString(), "importer.rejected.duplicateRow");
                }
                Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
                merger.merge(midnight, rowValues);
            } catch (RowRejectedException e) {
                context.reject(e);
            }
        }
        return merger.counts();
    }
}
