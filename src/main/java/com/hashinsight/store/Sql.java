package com.hashinsight.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * JDBC conversions shared by the repositories and importers. TIMESTAMP columns hold UTC wall
 * time; NaN and -1 ("unknown") are stored as SQL NULL and read back as NaN and -1.
 */
public final class Sql {

    private Sql() {
    }

    public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    public static Instant getInstant(ResultSet rows, String column) throws SQLException {
        LocalDateTime value = rows.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** Binds {@code value}, or NULL when it is NaN or infinite. */
    public static void setDouble(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isFinite(value)) {
            statement.setDouble(index, value);
        } else {
            statement.setNull(index, Types.DOUBLE);
        }
    }

    /** Returns the column value, or NaN when it is NULL. */
    public static double getDouble(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }

    /** Binds {@code value}, or NULL when it is negative (the "unknown" marker for counts). */
    public static void setCount(PreparedStatement statement, int index, long value) throws SQLException {
        if (value < 0) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** Returns the column value, or -1 when it is NULL. */
    public static long getCount(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? -1 : value;
    }

    public static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(value));
        }
    }

    public static LocalDate getDate(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }
}
