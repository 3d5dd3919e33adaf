package com.hashinsight.ui.health;

import com.hashinsight.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Four Antminer S21 (200 TH/s nameplate) at one air-cooled site, with eight days of hourly telemetry ending at
 * {@link #END}: HOT ran at 70 °C last week and at 90 °C in the last day, FAULTY reports FAULT in every reading of the
 * last day, SLOW hashes at 150 TH/s, and GOOD runs at 65 °C and 200 TH/s throughout. A fifth miner, SILENT, has no
 * readings in the last day.
 */
final class HealthFleet {

    /** End of the newest hour of telemetry. */
    static final Instant END = Instant.parse("2025-03-08T00:00:00Z");

    private static final int HOURS = 8 * 24;

    private HealthFleet() {
    }

    static void insertInto(Workspace workspace) throws SQLException {
        try (Connection connection = workspace.connection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO site (id, name, timezone, cooling, pue, capacity_kw, region) "
                        + "VALUES ('pecos', 'Pecos West', 'America/Chicago', 'AIR', 1.1, 100, 'ERCOT')");
                for (String serial : new String[] {"HOT", "FAULTY", "SLOW", "GOOD", "SILENT"}) {
                    statement.execute("INSERT INTO miner (serial, model, site_id, client_id, install_date, firmware) VALUES ('"
                            + serial + "', 'Antminer S21', 'pecos', NULL, DATE '2024-06-01', 'stock')");
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO miner_telemetry (serial, ts, "
                    + "hashrate_window_s, hashrate_ths, power_w, chip_temp_c, chip_errors, status, source) "
                    + "VALUES (?, ?, 900, ?, 3500, ?, ?, ?, 'csv')")) {
                for (int hour = 0; hour < HOURS; hour++) {
                    Instant time = END.minusSeconds(3_600L * (HOURS - hour));
                    boolean lastDay = hour >= HOURS - 24;
                    add(insert, "HOT", time, 200, lastDay ? 90 : 70, 0, "OK");
                    add(insert, "FAULTY", time, lastDay ? 0 : 200, 65, 0, lastDay ? "FAULT" : "OK");
                    add(insert, "SLOW", time, 150, 65, 0, "OK");
                    add(insert, "GOOD", time, 200, 65, 0, "OK");
                    if (!lastDay) {
                        add(insert, "SILENT", time, 200, 65, 0, "OK");
                    }
                }
                insert.executeBatch();
            }
        }
    }

    private static void add(PreparedStatement insert, String serial, Instant time, double hashrate, double chipTemp, int errors,
            String status) throws SQLException {
        insert.setString(1, serial);
        insert.setObject(2, LocalDateTime.ofInstant(time, ZoneOffset.UTC));
        insert.setDouble(3, hashrate);
        insert.setDouble(4, chipTemp);
        insert.setInt(5, errors);
        insert.setString(6, status);
        insert.addBatch();
    }
}
