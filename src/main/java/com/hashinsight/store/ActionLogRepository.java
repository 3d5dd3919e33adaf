package com.hashinsight.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Appends to and reads the action log, and reads alerts. The log is append-only: a database
 * trigger rejects UPDATE and DELETE, so this class offers no way to change an entry.
 */
public final class ActionLogRepository {

    private final Workspace workspace;

    ActionLogRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Appends {@code entry} (its id is ignored) and returns the entry with its new id.
     *
     * @throws StoreException when the database rejects it
     */
    public ActionLogEntry append(ActionLogEntry entry) {
        String sql = "INSERT INTO action_log (ts, target, action_type, old_value, new_value, source, reason, who) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = workspace.connection();
                PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Sql.setInstant(statement, 1, entry.time());
            statement.setString(2, entry.target());
            statement.setString(3, entry.actionType());
            statement.setString(4, entry.oldValue());
            statement.setString(5, entry.newValue());
            statement.setString(6, entry.source().code());
            statement.setString(7, entry.reason());
            statement.setString(8, entry.who());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                return new ActionLogEntry(id, entry.time(), entry.target(), entry.actionType(), entry.oldValue(),
                        entry.newValue(), entry.source(), entry.reason(), entry.who());
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.sql.failed", workspace.name(), e.getMessage());
        }
    }

    /** Returns the entries with time in {@code [from, to)}, oldest first. */
    public List<ActionLogEntry> entries(Instant from, Instant to) {
        return Queries.list(workspace, "SELECT * FROM action_log WHERE ts >= ? AND ts < ? ORDER BY ts, id", statement -> {
            Sql.setInstant(statement, 1, from);
            Sql.setInstant(statement, 2, to);
        }, ActionLogRepository::mapEntry);
    }

    /** Returns every entry for {@code target}, oldest first. */
    public List<ActionLogEntry> entriesFor(String target) {
        return Queries.list(workspace, "SELECT * FROM action_log WHERE target = ? ORDER BY ts, id",
                statement -> statement.setString(1, target), ActionLogRepository::mapEntry);
    }

    /** Returns the alerts raised in {@code [from, to)}, oldest first. */
    public List<Alert> alerts(Instant from, Instant to) {
        return Queries.list(workspace, "SELECT * FROM alert WHERE ts >= ? AND ts < ? ORDER BY ts, id", statement -> {
            Sql.setInstant(statement, 1, from);
            Sql.setInstant(statement, 2, to);
        }, row -> new Alert(row.getLong("id"), Sql.getInstant(row, "ts"), row.getString("target"), row.getString("alert_type"),
                row.getString("old_value"), row.getString("new_value"), ActionSource.fromCode(row.getString("source")),
                row.getString("reason"), row.getString("who")));
    }

    private static ActionLogEntry mapEntry(ResultSet row) throws SQLException {
        return new ActionLogEntry(row.getLong("id"), Sql.getInstant(row, "ts"), row.getString("target"),
                row.getString("action_type"), row.getString("old_value"), row.getString("new_value"),
                ActionSource.fromCode(row.getString("source")), row.getString("reason"), row.getString("who"));
    }
}
