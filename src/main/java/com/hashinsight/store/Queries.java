package com.hashinsight.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers: run a parameterized query and map each row. */
final class Queries {

    /** Maps the current row of a result set to a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Binds the parameters of a prepared statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    static final Binder NO_PARAMETERS = statement -> { };

    private Queries() {
    }

    static <T> List<T> list(Workspace workspace, String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection connection = workspace.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.sql.failed", workspace.name(), e.getMessage());
        }
    }

    static <T> Optional<T> first(Workspace workspace, String sql, Binder binder, RowMapper<T> mapper) {
        List<T> rows = list(workspace, sql, binder, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static int update(Workspace workspace, String sql, Binder binder) {
        try (Connection connection = workspace.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e, "store.sql.failed", workspace.name(), e.getMessage());
        }
    }
}
