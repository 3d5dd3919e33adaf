package com.hashinsight.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that keeps a table append-only: it rejects every UPDATE and DELETE.
 * The migration attaches it to {@code action_log}.
 */
public final class AppendOnlyTrigger implements Trigger {

    private String table = "";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("table " + table + " is append-only: UPDATE and DELETE are rejected", "23514");
    }
}
