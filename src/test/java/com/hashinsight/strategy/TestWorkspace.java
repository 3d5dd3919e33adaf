package com.hashinsight.strategy;

import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A real H2 workspace with a small synthetic market: two years of daily BTC prices, difficulty
 * epochs, fees, one year of hourly HB_WEST prices with spikes and negative hours, one ERCOT site
 * with a fixed and a spot contract, and a client owning 20 Antminer S21.
 */
public final class TestWorkspace {

    public static final String NAME = "acme";
    static final Instant MARKET_START = Instant.parse("2024-01-01T00:00:00Z");
    static final int MARKET_DAYS = 730;
    static final Instant PRICES_START = Instant.parse("2025-01-01T06:00:00Z");
    static final int PRICE_HOURS = 8_760;

    private TestWorkspace() {
    }

    public static void create(Path dataDir) throws SQLException {
        try (Workspace workspace = new Workspaces(dataDir).create(NAME); Connection connection = workspace.connection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO site (id, name, location, latitude, timezone, cooling, pue, capacity_kw, settlement_point, region) "
                        + "VALUES ('pecos', 'Pecos', 'Pecos, Texas, US', 31.4, 'America/Chicago', 'AIR', 1.1, 5000, 'HB_WEST', 'ERCOT')");
                statement.execute("INSERT INTO contract (id, site_id, contract_type, fixed_usd_per_mwh, spot_adder_usd_per_mwh, "
                        + "hosting_usd_per_kw_month, hosting_usd_per_kwh, curtailment_allowed, max_curtail_hours_per_month, "
                        + "dr_payment_usd_per_mwh, term_start, term_months) VALUES "
                        + "('pecos-fixed', 'pecos', 'FIXED', 52, 0, 2, 0, TRUE, NULL, 0, DATE '2025-01-01', 36), "
                        + "('pecos-spot', 'pecos', 'SPOT', NULL, 4, 2, 0, TRUE, NULL, 0, DATE '2025-01-01', 36)");
                statement.execute("INSERT INTO client_profile (id, name, risk_level, budget_usd, payback_target_months, hold_style, "
                        + "preferred_region) VALUES ('acme', 'Acme Mining', 'MEDIUM', 500000, 30, 'MIXED', 'ERCOT')");
                for (int i = 0; i < 20; i++) {
                    statement.execute("INSERT INTO miner (serial, model, site_id, client_id, install_date, firmware) VALUES ('S21-"
                            + i + "', 'Antminer S21', 'pecos', 'acme', DATE '2025-01-01', 'stock')");
                }
            }
            insertEpochs(connection);
            insertSnapshots(connection);
            insertPrices(connection);
        }
    }

    private static void insertEpochs(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO difficulty_epoch (epoch, start_height, end_height, "
                + "start_time, start_time_estimated, difficulty, change_pct) VALUES (?, ?, ?, ?, FALSE, ?, NULL)")) {
            int firstEpoch = 408;
            for (int k = 0; k < 54; k++) {
                int epoch = firstEpoch + k;
                insert.setInt(1, epoch);
                insert.setLong(2, epoch * 2016L);
                insert.setLong(3, epoch * 2016L + 2015);
                insert.setObject(4, LocalDateTime.ofInstant(MARKET_START.plusSeconds(14L * 86_400 * k), ZoneOffset.UTC));
                insert.setDouble(5, 7e13 * Math.pow(1.015, k));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertSnapshots(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO market_snapshot (ts, btc_usd, fees_per_block_btc) VALUES (?, ?, ?)")) {
            for (int day = 0; day < MARKET_DAYS; day++) {
                double price = 60_000 * Math.exp(0.0006 * day + 0.08 * Math.sin(day / 9.0) + 0.03 * Math.sin(day * 1.7));
                insert.setObject(1, LocalDateTime.ofInstant(MARKET_START.plusSeconds(86_400L * day), ZoneOffset.UTC));
                insert.setDouble(2, price);
                insert.setDouble(3, 0.04);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertPrices(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO energy_price (settlement_point, market, "
                + "interval_minutes, interval_start, usd_per_mwh) VALUES ('HB_WEST', 'RTM', 60, ?, ?)")) {
            for (int hour = 0; hour < PRICE_HOURS; hour++) {
                insert.setObject(1, LocalDateTime.ofInstant(PRICES_START.plusSeconds(3_600L * hour), ZoneOffset.UTC));
                insert.setDouble(2, hourlyPrice(hour));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Returns the price of an hour: a daily shape around 35 USD/MWh, two 600 USD/MWh hours every ten days and a negative hour every night. */
    static double hourlyPrice(int hour) {
        int hourOfDay = hour % 24;
        if (hour % 240 == 20 || hour % 240 == 21) {
            return 600;
        }
        if (hourOfDay == 9) {
            return -15;
        }
        return 35 + 15 * Math.sin((hourOfDay - 14) / 24.0 * 2 * Math.PI);
    }
}
