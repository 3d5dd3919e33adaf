package com.hashinsight.store;

import com.hashinsight.fleet.TelemetrySample;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads miner telemetry. Ranges are half-open, {@code [from, to)}, in UTC. A timestamp can have
 * several rows for one miner, one per hashrate window (for example 5 s, 60 s, 900 s and 0 for
 * "since boot" from one cgminer summary).
 */
public final class TelemetryRepository {

    private static final String SELECT = "SELECT * FROM miner_telemetry ";
    private static final int FETCH_SIZE = 1000;

    private final Workspace workspace;

    TelemetryRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Streams the readings of miner {@code serial} in {@code [from, to)}, ordered by time and window.
     * The stream keeps a database connection open until it is closed, so use try-with-resources.
     */
    public Stream<TelemetrySample> stream(String serial, Instant from, Instant to) {
        return stream(SELECT + "WHERE serial = ? AND ts >= ? AND ts < ? ORDER BY ts, hashrate_window_s", statement -> {
            statement.setString(1, serial);
            Sql.setInstant(statement, 2, from);
            Sql.setInstant(statement, 3, to);
        });
    }

    /**
     * Streams the readings of every miner in {@code [from, to)}, ordered by time, serial and window.
     * The stream keeps a database connection open until it is closed.
     */
    public Stream<TelemetrySample> streamFleet(Instant from, Instant to) {
        return stream(SELECT + "WHERE ts >= ? AND ts < ? ORDER BY ts, serial, hashrate_window_s", statement -> {
            Sql.setInstant(statement, 1, from);
            Sql.setInstant(statement, 2, to);
        });
    }

    /** Returns the per-board readings of miner {@code serial} in {@code [from, to)}, ordered by time and board. */
    public List<BoardReading> boards(String serial, Instant from, Instant to) {
        return Queries.list(workspace, "SELECT * FROM board_telemetry WHERE serial = ? AND ts >= ? AND ts < ? ORDER BY ts, board",
                statement -> {
                    statement.setString(1, serial);
                    Sql.setInstant(statement, 2, from);
                    Sql.setInstant(statement, 3, to);
                }, row -> new BoardReading(Sql.getInstant(row, "ts"), row.getString("serial"), row.getInt("board"),
                        Sql.getDouble(row, "hashrate_ths"), Sql.getDouble(row, "board_temp_c"), Sql.getDouble(row, "chip_temp_c"),
                        (int) Sql.getCount(row, "chips")));
    }

    /** Returns the first and last reading time of the whole fleet, or empty when there is no telemetry. */
    public Optional<TimeRange> timeRange() {
        return Queries.first(workspace, "SELECT MIN(ts) AS first_ts, MAX(ts) AS last_ts FROM miner_telemetry HAVING COUNT(*) > 0",
                Queries.NO_PARAMETERS, row -> new TimeRange(Sql.getInstant(row, "first_ts"), Sql.getInstant(row, "last_ts")));
    }

    static TelemetrySample map(ResultSet row) throws SQLException {
        return new TelemetrySample(Sql.getInstant(row, "ts"), row.getString("serial"), Sql.getDouble(row, "hashrate_ths"),
                row.getInt("hashrate_window_s"), Sql.getDouble(row, "power_w"), Sql.getDouble(row, "board_temp_c"),
                Sql.getDouble(row, "chip_temp_c"), Sql.getDouble(row, "inlet_temp_c"), Sql.getDouble(row, "outlet_temp_c"),
                Sql.getDouble(row, "fan_rpm"), (int) Sql.getCount(row, "boards_active"), (int) Sql.getCount(row, "chip_errors"),
                row.getString("status"), row.getString("error_codes"), row.getString("source"));
    }

    private Stream<TelemetrySample> stream(String sql, Queries.Binder binder) {
        Connection connection = null;
        try {
            connection = workspace.connection();
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH_SIZE);
            binder.bind(statement);
            ResultSet rows = statement.executeQuery();
            Connection owned = connection;
            Spliterator<TelemetrySample> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                    Spliterator.ORDERED | Spliterator.NONNULL) {
                @Override
                public boolean tryAdvance(Consumer<? super TelemetrySample> action) {
                    try {
                        if (!rows.next()) {
                            return false;
                        }
                        action.accept(map(rows));
                        return true;
                    } catch (SQLException e) {
                        throw new StoreException(e, "store.sql.failed", workspace.name(), e.getMessage());
                    }
                }
            };
            return StreamSupport.stream(spliterator, false).onClose(() -> {
                try {
                    owned.close();
                } catch (SQLException e) {
                    throw new StoreException(e, "store.sql.failed", workspace.name(), e.getMessage());
                }
            });
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new StoreException(e, "store.sql.failed", workspace.name(), e.getMessage());
        }
    }

    private static void closeQuietly(Connection connection, SQLException cause) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
