package com.hashinsight.ui.hashtrans;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hashinsight.inference.ModelLocator;
import com.hashinsight.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The installed HashTrans bundle for screen tests, and telemetry that gives a test fleet S-tokens.
 *
 * <p>Tests of the model path skip with the reason when the installed bundle does not match this app's tokenizer,
 * because the app itself would not load it. Tests that need no model use {@link HashTransModels#disabled()}.
 */
public final class TestModels {

    /** Last telemetry reading that {@link #insertTelemetry} writes. */
    public static final Instant LAST_READING = Instant.parse("2025-03-04T23:00:00Z");

    private static final int HOURS = 4 * 24;

    private TestModels() {
    }

    /** Returns models over the installed bundle, loaded now, or skips the calling test when it cannot be loaded. */
    public static HashTransModels installed() {
        HashTransModels models = new HashTransModels(() -> HashTransModels.open(ModelLocator.locate()));
        HashTransModels.Availability availability = models.load();
        assumeTrue(availability.available(), () -> "installed HashTrans bundle not usable by this app: "
                + availability.reason().format());
        return models;
    }

    /**
     * Writes hourly readings of the last four days before {@link #LAST_READING} for each of {@code serials}: each
     * miner runs at its own chip temperature and error rate, so that their S-tokens differ.
     */
    public static void insertTelemetry(Connection connection, List<String> serials) throws SQLException {
        String sql = "INSERT INTO miner_telemetry (serial, ts, hashrate_window_s, hashrate_ths, power_w, board_temp_c, "
                + "chip_temp_c, chip_errors, status, source) VALUES (?, ?, 3600, ?, ?, ?, ?, ?, 'OK', 'csv')";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int m = 0; m < serials.size(); m++) {
                for (int h = 0; h < HOURS; h++) {
                    Instant time = LAST_READING.minus(Duration.ofHours(HOURS - 1 - h));
                    insert.setString(1, serials.get(m));
                    Sql.setInstant(insert, 2, time);
                    insert.setDouble(3, 200 - m - (h % 5));
                    insert.setDouble(4, 3_500 - 10 * m);
                    insert.setDouble(5, 55 + m);
                    insert.setDouble(6, 68 + m + (h % 7));
                    insert.setInt(7, m % 4 * (h % 3));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
