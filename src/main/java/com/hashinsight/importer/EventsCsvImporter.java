package com.hashinsight.importer;

import com.hashinsight.store.ActionSource;
import com.hashinsight.store.Sql;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Imports miner events ({@code events-csv}): rows of kind ALERT go to the alert table, rows of kind
 * ACTION are appended to the action log. An action already in the log with the same time, target,
 * type, source and new value counts as unchanged (or, when this file added it, as a duplicate row).
 */
final class EventsCsvImporter implements FileImporter {

    private static final String FIND_ACTION = "SELECT batch_id FROM action_log WHERE ts = ? AND target = ? AND action_type = ? "
            + "AND source = ? AND new_value IS NOT DISTINCT FROM ?";
    private static final String INSERT_ACTION = "INSERT INTO action_log (ts, target, action_type, old_value, new_value, source, "
            + "reason, who, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public ImportCounts run(ImportContext context) throws IOException, SQLException {
        long actionsAccepted = 0;
        long actionsUnchanged = 0;
        try (CsvInput csv = CsvInput.open(context.file());
                KeyedWriter alerts = new KeyedWriter(context, "alert", List.of("ts", "target", "alert_type"),
                        List.of("old_value", "new_value", "source", "reason", "who"));
                PreparedStatement findAction = context.connection().prepareStatement(FIND_ACTION);
                PreparedStatement insertAction = context.connection().prepareStatement(INSERT_ACTION)) {
            CsvColumn time = csv.requireColumn("timestamp_utc");
            CsvColumn target = csv.requireColumn("target");
            CsvColumn kind = csv.requireColumn("kind");
            CsvColumn type = csv.requireColumn("type");
            CsvColumn oldValue = csv.column("old_value");
            CsvColumn newValue = csv.column("new_value");
            CsvColumn source = csv.requireColumn("source");
            CsvColumn reason = csv.column("reason");
            CsvColumn who = csv.column("who");
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                context.rowRead();
                if (row.isBlank()) {
                    continue;
                }
                try {
                    row.requireWidth();
                    Event event = new Event(row.requireInstant(time), row.requireText(target), row.requireText(type),
                            row.text(oldValue), row.text(newValue), source(row, source), row.text(reason), row.text(who));
                    String eventKind = row.requireText(kind).toUpperCase(Locale.ROOT);
                    switch (eventKind) {
                        case "ALERT" -> alerts.add(row.line(), event.time, event.target, event.type, event.oldValue, event.newValue,
                                event.source.code(), event.reason, event.who);
                        case "ACTION" -> {
                            Long storedBatch = findAction(findAction, event);
                            if (storedBatch == null) {
                                insertAction(insertAction, event, context.batchId());
                                actionsAccepted++;
                            } else if (storedBatch == context.batchId()) {
                                throw row.rejectRow("importer.rejected.duplicateRow");
                            } else {
                                actionsUnchanged++;
                            }
                        }
                        default -> throw row.reject(kind, eventKind, "importer.rejected.notOneOf", "ALERT, ACTION");
                    }
                } catch (RowRejectedException e) {
                    context.reject(e);
                }
            }
            alerts.flush();
            return new ImportCounts(alerts.accepted() + actionsAccepted, alerts.unchanged() + actionsUnchanged);
        }
    }

    private record Event(Instant time, String target, String type, String oldValue, String newValue, ActionSource source,
            String reason, String who) {
    }

    private static ActionSource source(CsvRow row, CsvColumn column) throws RowRejectedException {
        String value = row.requireText(column);
        try {
            return ActionSource.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw row.reject(column, value, "importer.rejected.notOneOf", "manual, ai_suggested, test, simulator");
        }
    }

    private static Long findAction(PreparedStatement find, Event event) throws SQLException {
        Sql.setInstant(find, 1, event.time);
        find.setString(2, event.target);
        find.setString(3, event.type);
        find.setString(4, event.source.code());
        find.setString(5, event.newValue);
        try (ResultSet rows = find.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            long batch = rows.getLong(1);
            return rows.wasNull() ? -1L : batch;
        }
    }

    private static void insertAction(PreparedStatement insert, Event event, long batchId) throws SQLException {
        Sql.setInstant(insert, 1, event.time);
        insert.setString(2, event.target);
        insert.setString(3, event.type);
        insert.setString(4, event.oldValue);
        insert.setString(5, event.newValue);
        insert.setString(6, event.source.code());
        insert.setString(7, event.reason);
        insert.setString(8, event.who);
        insert.setLong(9, batchId);
        insert.executeUpdate();
    }
}
