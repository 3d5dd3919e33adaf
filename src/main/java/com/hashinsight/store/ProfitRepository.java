package com.hashinsight.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Writes and reads daily profit snapshots. One row per day, scope and scope id; a new write replaces the old one. */
public final class ProfitRepository {

    private static final String MERGE = "MERGE INTO daily_profit_snapshot (snapshot_day, scope, scope_id, hashrate_ths, energy_kwh, "
            + "revenue_btc, revenue_usd, energy_cost_usd, hosting_cost_usd, profit_usd, btc_usd, hashprice_usd_per_ph_day, "
            + "source, computed_at) KEY (snapshot_day, scope, scope_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Workspace workspace;

    ProfitRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Stores {@code snapshots} in one transaction, replacing rows with the same day, scope and scope id. */
    public void save(List<DailyProfitSnapshot> snapshots) {
        workspace.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MERGE)) {
                for (DailyProfitSnapshot snapshot : snapshots) {
                    bind(statement, snapshot);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return null;
        });
    }

    /** Returns the snapshots of one scope with day in {@code [fromDay, toDay]}, ordered by day. */
    public List<DailyProfitSnapshot> snapshots(DailyProfitSnapshot.Scope scope, String scopeId, LocalDate fromDay, LocalDate toDay) {
        return Queries.list(workspace, "SELECT * FROM daily_profit_snapshot WHERE scope = ? AND scope_id = ? "
                + "AND snapshot_day BETWEEN ? AND ? ORDER BY snapshot_day", statement -> {
                    statement.setString(1, scope.name());
                    statement.setString(2, scopeId);
                    Sql.setDate(statement, 3, fromDay);
                    Sql.setDate(statement, 4, toDay);
                }, row -> new DailyProfitSnapshot(Sql.getDate(row, "snapshot_day"), DailyProfitSnapshot.Scope.valueOf(row.getString("scope")),
                        row.getString("scope_id"), Sql.getDouble(row, "hashrate_ths"), Sql.getDouble(row, "energy_kwh"),
                        Sql.getDouble(row, "revenue_btc"), Sql.getDouble(row, "revenue_usd"), Sql.getDouble(row, "energy_cost_usd"),
                        Sql.getDouble(row, "hosting_cost_usd"), Sql.getDouble(row, "profit_usd"), Sql.getDouble(row, "btc_usd"),
                        Sql.getDouble(row, "hashprice_usd_per_ph_day"), row.getString("source"), Sql.getInstant(row, "computed_at")));
    }

    private static void bind(PreparedStatement statement, DailyProfitSnapshot s) throws SQLException {
        Sql.setDate(statement, 1, s.day());
        statement.setString(2, s.scope().name());
        statement.setString(3, s.scopeId());
        Sql.setDouble(statement, 4, s.hashrateThs());
        Sql.setDouble(statement, 5, s.energyKwh());
        Sql.setDouble(statement, 6, s.revenueBtc());
        Sql.setDouble(statement, 7, s.revenueUsd());
        Sql.setDouble(statement, 8, s.energyCostUsd());
        Sql.setDouble(statement, 9, s.hostingCostUsd());
        Sql.setDouble(statement, 10, s.profitUsd());
        Sql.setDouble(statement, 11, s.btcUsd());
        Sql.setDouble(statement, 12, s.hashpriceUsdPerPhDay());
        statement.setString(13, s.source());
        Sql.setInstant(statement, 14, s.computedAt());
    }
}
