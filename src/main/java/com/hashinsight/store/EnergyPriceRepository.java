package com.hashinsight.store;

import com.hashinsight.fleet.EnergyPrice;
import java.time.Instant;
import java.util.List;

/** Reads settlement point energy prices. Intervals are stored by their UTC start. */
public final class EnergyPriceRepository {

    private final Workspace workspace;

    EnergyPriceRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Returns the prices of {@code settlementPoint} in market {@code market} (DAM or RTM) whose interval starts in
     * {@code [from, to)}, ordered by interval start and then interval length.
     */
    public List<EnergyPrice> prices(String settlementPoint, String market, Instant from, Instant to) {
        return Queries.list(workspace, "SELECT * FROM energy_price WHERE settlement_point = ? AND market = ? "
                + "AND interval_start >= ? AND interval_start < ? ORDER BY interval_start, interval_minutes", statement -> {
                    statement.setString(1, settlementPoint);
                    statement.setString(2, market);
                    Sql.setInstant(statement, 3, from);
                    Sql.setInstant(statement, 4, to);
                }, row -> new EnergyPrice(row.getString("settlement_point"), Sql.getInstant(row, "interval_start"),
                        row.getInt("interval_minutes"), row.getString("market"), row.getDouble("usd_per_mwh")));
    }

    /** Returns the settlement points that have prices, sorted. */
    public List<String> settlementPoints() {
        return Queries.list(workspace, "SELECT DISTINCT settlement_point FROM energy_price ORDER BY settlement_point",
                Queries.NO_PARAMETERS, row -> row.getString(1));
    }
}
