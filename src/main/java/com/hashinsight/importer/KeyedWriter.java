package com.hashinsight.importer;

import com.hashinsight.store.RejectedRow;
import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Inserts rows with a natural primary key in JDBC batches, and sorts out the rows whose key is
 * already stored:
 * <ul>
 *   <li>stored by this same import: a duplicate row in the file, rejected;</li>
 *   <li>stored by an earlier import with equal values: counted as unchanged, so overlapping files
 *       import cleanly;</li>
 *   <li>stored by an earlier import with other values: rejected, and the stored row is kept.</li>
 * </ul>
 * Other database errors on a row (a failed check constraint, say) reject that row. Values are
 * bound in column order, keys first; NaN doubles and null become SQL NULL, instants UTC timestamps.
 */
final class KeyedWriter implements AutoCloseable {

    static final int BATCH_SIZE = 1000;

    private final ImportContext context;
    private final String table;
    private final List<String> keyColumns;
    private final List<String> valueColumns;
    private final PreparedStatement insert;
    private final List<Object[]> pending = new ArrayList<>(BATCH_SIZE);
    private final List<Long> pendingLines = new ArrayList<>(BATCH_SIZE);
    private long accepted;
    private long unchanged;

    KeyedWriter(ImportContext context, String table, List<String> keyColumns, List<String> valueColumns) throws SQLException {
        this.context = context;
        this.table = table;
        this.keyColumns = List.copyOf(keyColumns);
        this.valueColumns = List.copyOf(valueColumns);
        List<String> all = new ArrayList<>(keyColumns);
        all.addAll(valueColumns);
        all.add("batch_id");
        String sql = "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES ("
                + String.join(", ", Collections.nCopies(all.size(), "?")) + ")";
        this.insert = context.connection().prepareStatement(sql);
    }

    /** Queues one row: key values, then the other values, in the column order given to the constructor. */
    void add(long line, Object... values) throws SQLException {
        if (values.length != keyColumns.size() + valueColumns.size()) {
            throw new IllegalArgumentException(table + " needs " + (keyColumns.size() + valueColumns.size()) + " values, got " + values.length);
        }
        Object[] row = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            row[i] = toSql(values[i]);
        }
        bind(row);
        insert.addBatch();
        pending.add(row);
        pendingLines.add(line);
        if (pending.size() >= BATCH_SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try {
            insert.executeBatch();
            accepted += pending.size();
        } catch (BatchUpdateException e) {
            int[] counts = e.getUpdateCounts();
            insert.clearBatch();
            for (int i = 0; i < pending.size(); i++) {
                boolean failed = i >= counts.length || counts[i] == Statement.EXECUTE_FAILED;
                if (failed) {
                    resolveFailure(i);
                } else {
                    accepted++;
                }
            }
        } finally {
            insert.clearBatch();
            pending.clear();
            pendingLines.clear();
        }
    }

    long accepted() {
        return accepted;
    }

    long unchanged() {
        return unchanged;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }

    /**
     * Sorts out a row that failed in the batch or that the batch did not reach, because a driver may
     * stop a batch at its first failure. A stored key is classified as the class comment describes.
     * Any other row is run alone, so it is either accepted or rejected with its own error.
     */
    private void resolveFailure(int index) throws SQLException {
        Object[] row = pending.get(index);
        long line = pendingLines.get(index);
        Object[] stored = findStored(row);
        if (stored == null) {
            runAlone(row, line);
        } else if (Objects.equals(stored[stored.length - 1], context.batchId())) {
            context.reject(new RejectedRow(line, String.join("+", keyColumns), describeKey(row), "importer.rejected.duplicateRow",
                    List.of()));
        } else if (sameValues(row, stored)) {
            unchanged++;
        } else {
            context.reject(new RejectedRow(line, String.join("+", keyColumns), describeKey(row), "importer.rejected.conflictsWithStored",
                    List.of(String.valueOf(stored[stored.length - 1]))));
        }
    }

    private void runAlone(Object[] row, long line) throws SQLException {
        bind(row);
        try {
            insert.executeUpdate();
            accepted++;
        } catch (SQLException e) {
            context.reject(new RejectedRow(line, null, describeKey(row), "importer.rejected.database", List.of(shortMessage(e))));
        }
    }

    /** Returns the stored value columns plus batch_id for the row's key, or null when the key is not stored. */
    private Object[] findStored(Object[] row) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String column : valueColumns) {
            sql.append(column).append(", ");
        }
        sql.append("batch_id FROM ").append(table).append(" WHERE ");
        for (int i = 0; i < keyColumns.size(); i++) {
            sql.append(i == 0 ? "" : " AND ").append(keyColumns.get(i)).append(" = ?");
        }
        try (PreparedStatement select = context.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < keyColumns.size(); i++) {
                select.setObject(i + 1, row[i]);
            }
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                Object[] stored = new Object[valueColumns.size() + 1];
                for (int i = 0; i < stored.length; i++) {
                    stored[i] = result.getObject(i + 1);
                }
                return stored;
            }
        }
    }

    private boolean sameValues(Object[] row, Object[] stored) {
        for (int i = 0; i < valueColumns.size(); i++) {
            Object mine = row[keyColumns.size() + i];
            Object theirs = stored[i];
            if (mine instanceof Number a && theirs instanceof Number b) {
                if (Double.compare(a.doubleValue(), b.doubleValue()) != 0) {
                    return false;
                }
            } else if (!Objects.equals(mine, theirs)) {
                return false;
            }
        }
        return true;
    }

    private String describeKey(Object[] row) {
        return Arrays.toString(Arrays.copyOf(row, keyColumns.size()));
    }

    private void bind(Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            insert.setObject(i + 1, row[i]);
        }
        insert.setLong(row.length + 1, context.batchId());
    }

    /** Returns the driver's message without the SQL text that H2 appends. */
    private static String shortMessage(SQLException error) {
        String message = String.valueOf(error.getMessage());
        int cut = message.indexOf("; SQL statement");
        return cut > 0 ? message.substring(0, cut) : message;
    }

    private static Object toSql(Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        return value;
    }
}
