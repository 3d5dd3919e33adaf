package com.hashinsight.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the rows and time ranges of every workspace table. */
public final class StatsRepository {

    /** Tables in schema order, with their time column (null for tables without one). */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("miner_model", null);
        TABLES.put("site", null);
        TABLES.put("contract", null);
        TABLES.put("client_profile", null);
        TABLES.put("miner", null);
        TABLES.put("miner_telemetry", "ts");
        TABLES.put("board_telemetry", "ts");
        TABLES.put("market_snapshot", "ts");
        TABLES.put("difficulty_epoch", "start_time");
        TABLES.put("block_stats", "ts");
        TABLES.put("energy_price", "interval_start");
        TABLES.put("action_log", "ts");
        TABLES.put("alert", "ts");
        TABLES.put("daily_profit_snapshot", "snapshot_day");
        TABLES.put("import_batch", "started_at");
    }

    private final Workspace workspace;

    StatsRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Returns the current counts; the numbers come from one connection but not one snapshot. */
    public WorkspaceStats stats() {
        try (Connection connection = workspace.connection(); Statement statement = connection.createStatement()) {
            List<WorkspaceStats.TableStats> tables = new ArrayList<>();
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                String timeColumn = table.getValue();
                String sql = timeColumn == null ? "SELECT COUNT(*), NULL, NULL FROM " + table.getKey()
                        : "SELECT COUNT(*), MIN(" + timeColumn + "), MAX(" + timeColumn + ") FROM " + table.getKey();
                try (ResultSet row = statement.executeQuery(sql)) {
                    row.next();
                    long count = row.getLong(1);
                    TimeRange range = count == 0 || timeColumn == null ? null : new TimeRange(toInstant(row.getObject(2)),
                            toInstant(row.getObject(3)));
                    tables.add(new WorkspaceStats.TableStats(table.getKey(), count, range));
                }
            }
            long batches;
            long rejected;
            try (ResultSet row = statement.executeQuery("SELECT COUNT(*), COALESCE(SUM(rows_rejected), 0) FROM import_batch")) {
                row.next();
                batches = row.getLong(1);
                rejected = row.getLong(2);
            }
            return new WorkspaceStats(tables, batches, rejected);
        } catch (SQLException e) {
            throw new StoreException(e, "store.sql.failed", workspace.name(), e.getMessage());
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime dateTime) {
            return dateTime.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        throw new IllegalStateException("unexpected time value " + value);
    }
}
