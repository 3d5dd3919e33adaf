package com.hashinsight.ui;

import com.hashinsight.store.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A hand-written two-miner fleet for screen tests, inserted with SQL: one site of 7.5 kW capacity and PUE 1.1 on
 * a fixed 50 USD/MWh contract that allows 40 curtailed hours a month, two Antminer S21 (3,500 W rated), miner SN1 hashing on 2025-01-01 (two readings at 200 TH/s and 3,500 W) and miner SN2 whose one
 * reading is a fault at 100 TH/s and 3,000 W, and one market snapshot.
 */
public final class SmallFleet {

    private SmallFleet() {
    }

    public static void insertInto(Workspace workspace) throws SQLException {
        try (Connection connection = workspace.connection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO site (id, name, timezone, cooling, pue, capacity_kw, settlement_point, region) "
                    + "VALUES ('pecos', 'Pecos', 'America/Chicago', 'AIR', 1.1, 7.5, 'HB_WEST', 'ERCOT')");
            statement.execute("INSERT INTO contract (id, site_id, contract_type, fixed_usd_per_mwh, curtailment_allowed, "
                    + "max_curtail_hours_per_month, term_start, term_months) "
                    + "VALUES ('c1', 'pecos', 'FIXED', 50, TRUE, 40, DATE '2024-06-01', 24)");
            statement.execute("INSERT INTO miner VALUES ('SN1', 'Antminer S21', 'pecos', NULL, DATE '2024-06-01', 'stock', NULL),"
                    + "('SN2', 'Antminer S21', 'pecos', NULL, DATE '2024-06-01', 'stock', NULL)");
            statement.execute("INSERT INTO miner_telemetry (serial, ts, hashrate_window_s, hashrate_ths, power_w, status, source) "
                    + "VALUES ('SN1', TIMESTAMP '2025-01-01 10:00:00', 60, 200, 3500, 'OK', 'csv'),"
                    + "('SN1', TIMESTAMP '2025-01-01 10:05:00', 60, 200, 3500, 'OK', 'csv'),"
                    + "('SN2', TIMESTAMP '2025-01-01 10:05:00', 60, 100, 3000, 'FAULT', 'csv')");
            statement.execute("INSERT INTO difficulty_epoch VALUES "
                    + "(433, 872928, 874943, TIMESTAMP '2024-12-20 00:00:00', FALSE, 1.0E14, 0.0, NULL)");
            statement.execute("INSERT INTO market_snapshot (ts, btc_usd, fees_per_block_btc) "
                    + "VALUES (TIMESTAMP '2025-01-01 00:00:00', 100000, 0)");
        }
    }
}
