package com.hashinsight.importer;

import com.hashinsight.store.BlockHeights;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Imports difficulty retarget epochs ({@code difficulty-epochs-csv}). The file is read whole
 * (at most {@link #MAX_EPOCHS} rows; Bitcoin has about 26 epochs a year) because a missing start
 * time is interpolated from its neighbours: linearly in block height between the nearest epochs
 * with known start times, or at the 600 s target block interval before the first or after the last
 * known one. Such epochs are stored with {@code start_time_estimated = TRUE}.
 */
final class DifficultyEpochsCsvImporter implements FileImporter {

    /** Most epochs one file may have; Bitcoin reaches epoch 1,000 around the year 2047. */
    static final int MAX_EPOCHS = 100_000;

    private record EpochRow(long line, int epoch, long startHeight, long endHeight, Instant startTime, double difficulty,
            double changePct) {
    }

    @Override
    public ImportCounts run(ImportContext context) throws IOException, SQLException {
        List<EpochRow> rows = new ArrayList<>();
        try (CsvInput csv = CsvInput.open(context.file())) {
            CsvColumn epoch = csv.requireColumn("epoch");
            CsvColumn startHeight = csv.requireColumn("start_height");
            CsvColumn endHeight = csv.requireColumn("end_height");
            CsvColumn startTime = csv.requireColumn("start_time_utc");
            CsvColumn difficulty = csv.requireColumn("difficulty");
            CsvColumn change = csv.column("change_pct");
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                context.rowRead();
                if (row.isBlank()) {
                    continue;
                }
                if (rows.size() >= MAX_EPOCHS) {
                    throw new ImportException("importer.epochs.tooMany", context.file(), MAX_EPOCHS);
                }
                try {
                    row.requireWidth();
                    long start = row.requireInteger(startHeight);
                    long end = row.requireInteger(endHeight);
                    if (start < 0 || end < start) {
                        throw row.reject(endHeight, row.text(endHeight), "importer.rejected.heightRange", start);
                    }
                    double value = row.requireNumber(difficulty);
                    if (value <= 0) {
                        throw row.reject(difficulty, row.text(difficulty), "importer.rejected.notPositive");
                    }
                    Instant time = row.text(startTime) == null ? null : row.requireInstant(startTime);
                    rows.add(new EpochRow(row.line(), (int) row.requireInteger(epoch), start, end, time, value, row.number(change)));
                } catch (RowRejectedException e) {
                    context.reject(e);
                }
            }
        }
        rows.sort(Comparator.comparingLong(EpochRow::startHeight));
        try (KeyedWriter writer = new KeyedWriter(context, "difficulty_epoch", List.of("epoch"),
                List.of("start_height", "end_height", "start_time", "start_time_estimated", "difficulty", "change_pct"))) {
            for (int i = 0; i < rows.size(); i++) {
                EpochRow row = rows.get(i);
                Instant time = row.startTime() != null ? row.startTime() : estimateStart(rows, i);
                writer.add(row.line(), row.epoch(), row.startHeight(), row.endHeight(), time, row.startTime() == null, row.difficulty(),
                        row.changePct());
            }
            writer.flush();
            return new ImportCounts(writer.accepted(), writer.unchanged());
        }
    }

    /** Estimates the start time of {@code rows[index]} from the nearest epochs with known start times. */
    private static Instant estimateStart(List<EpochRow> rows, int index) {
        EpochRow target = rows.get(index);
        EpochRow before = null;
        for (int i = index - 1; i >= 0 && before == null; i--) {
            before = rows.get(i).startTime() != null ? rows.get(i) : null;
        }
        EpochRow after = null;
        for (int i = index + 1; i < rows.size() && after == null; i++) {
            after = rows.get(i).startTime() != null ? rows.get(i) : null;
        }
        if (before != null && after != null) {
            double fraction = (double) (target.startHeight() - before.startHeight()) / (after.startHeight() - before.startHeight());
            long spanMillis = Duration.between(before.startTime(), after.startTime()).toMillis();
            return before.startTime().plusMillis(Math.round(fraction * spanMillis));
        }
        if (before != null) {
            return before.startTime().plusSeconds((target.startHeight() - before.startHeight()) * BlockHeights.TARGET_BLOCK_SECONDS);
        }
        if (after != null) {
            return after.startTime().minusSeconds((after.startHeight() - target.startHeight()) * BlockHeights.TARGET_BLOCK_SECONDS);
        }
        // No epoch in the file has a start time: count from the genesis block, 2009-01-03T18:15:05Z.
        return Instant.parse("2009-01-03T18:15:05Z").plusSeconds(target.startHeight() * BlockHeights.TARGET_BLOCK_SECONDS);
    }
}
