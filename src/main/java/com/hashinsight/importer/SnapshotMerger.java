package com.hashinsight.importer;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Merges values into {@code market_snapshot} rows keyed by time. Each format owns some columns
 * and leaves the others alone; a null value never overwrites a stored one. A row whose given
 * values are already stored counts as unchanged.
 */
final class SnapshotMerger implements AutoCloseable {

    private final PreparedStatement merge;
    private final int columnCount;
    private long accepted;
    private long unchanged;

    SnapshotMerger(ImportContext context, List<String> columns) throws SQLException {
        this.columnCount = columns.size();
        StringBuilder source = new StringBuilder("SELECT CAST(? AS TIMESTAMP) AS ts");
        StringBuilder changed = new StringBuilder();
        StringBuilder update = new StringBuilder();
        StringBuilder insertColumns = new StringBuilder("ts");
        StringBuilder insertValues = new StringBuilder("s.ts");
        for (String column : columns) {
            String type = column.equals("block_height") ? "BIGINT" : column.equals("blocks_count") ? "INT" : "DOUBLE PRECISION";
            source.append(", CAST(? AS ").append(type).append(") AS ").append(column);
            changed.append(changed.isEmpty() ? "" : " OR ").append("(s.").append(column).append(" IS NOT NULL AND t.")
                    .append(column).append(" IS DISTINCT FROM s.").append(column).append(')');
            update.append(update.isEmpty() ? "" : ", ").append(column).append(" = COALESCE(s.").append(column).append(", t.")
                    .append(column).append(')');
            insertColumns.append(", ").append(column);
            insertValues.append(", s.").append(column);
        }
        String sql = "MERGE INTO market_snapshot t USING (" + source + ") s ON t.ts = s.ts "
                + "WHEN MATCHED AND (" + changed + ") THEN UPDATE SET " + update + " "
                + "WHEN NOT MATCHED THEN INSERT (" + insertColumns + ") VALUES (" + insertValues + ")";
        this.merge = context.connection().prepareStatement(sql);
    }

    /** Merges {@code values} (in constructor column order; NaN and null mean "not given") into the row at {@code time}. */
    void merge(Instant time, Object... values) throws SQLException {
        if (values.length != columnCount) {
            throw new IllegalArgumentException("expected " + columnCount + " values, got " + values.length);
        }
        merge.setObject(1, LocalDateTime.ofInstant(time, ZoneOffset.UTC));
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Double d && !Double.isFinite(d)) {
                value = null;
            }
            merge.setObject(i + 2, value);
        }
        if (merge.executeUpdate() > 0) {
            accepted++;
        } else {
            unchanged++;
        }
    }

    ImportCounts counts() {
        return new ImportCounts(accepted, unchanged);
    }

    @Override
    public void close() throws SQLException {
        merge.close();
    }
}
