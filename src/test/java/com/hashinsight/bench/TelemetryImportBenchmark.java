package com.hashinsight.bench;

import com.hashinsight.importer.ImportFormat;
import com.hashinsight.importer.ImportResult;
import com.hashinsight.importer.ImportService;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Telemetry import throughput: the product importer (Jackson CSV, validation, batched JDBC
 * inserts with duplicate handling) against H2's own {@code CSVREAD} bulk load of the same rows into
 * the same table, each into a fresh workspace file in one transaction. Rows per second is
 * {@code rows} divided by the reported time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TelemetryImportBenchmark {

    private static final int MINERS = 20;
    private static final String COLUMNS = "timestamp_utc,serial,hashrate_ths,hashrate_window_s,power_w,board_temp_c,chip_temp_c,"
            + "inlet_temp_c,outlet_temp_c,fan_rpm,boards_active,chip_errors,status,error_codes";

    @Param("200000")
    public int rows;

    private Path dir;
    private Path csv;
    private Workspace workspace;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        dir = Files.createTempDirectory("telemetry-bench");
        csv = dir.resolve("telemetry.csv");
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(COLUMNS + "\n");
            for (int i = 0; i < rows; i++) {
                int miner = i % MINERS;
                Instant time = start.plusSeconds(60L * (i / MINERS));
                out.write(time + ",BENCH-" + miner + "," + (195 + (i % 97) * 0.1) + ",60," + (3400 + i % 200) + ","
                        + (60 + i % 7) + "," + (70 + i % 9) + ",30.5,52.0," + (4500 + i % 300) + ",3,0,OK,\n");
            }
        }
    }

    @Setup(Level.Iteration)
    public void openWorkspace() throws SQLException {
        workspace = new Workspaces(dir.resolve("data")).create("bench");
        try (Connection connection = workspace.connection(); Statement statement = connection.createStatement()) {
            for (int miner = 0; miner < MINERS; miner++) {
                statement.execute("INSERT INTO miner (serial, model) VALUES ('BENCH-" + miner + "', 'Antminer S21')");
            }
        }
    }

    @TearDown(Level.Iteration)
    public void deleteWorkspace() {
        workspace.close();
        new Workspaces(dir.resolve("data")).delete("bench");
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Imports through the product path: format given, file hashed, every row validated. */
    @Benchmark
    public long importer() {
        ImportResult result = new ImportService(workspace).importFile(csv, ImportFormat.TELEMETRY_CSV);
        if (result.accepted() != rows) {
            throw new IllegalStateException("expected " + rows + " rows, imported " + result.accepted() + ": " + result.report());
        }
        return result.accepted();
    }

    /** H2's bulk CSV reader with the casts the table needs, and no validation beyond the table's constraints. */
    @Benchmark
    public long csvread() throws SQLException {
        String sql = "INSERT INTO miner_telemetry (serial, ts, hashrate_window_s, hashrate_ths, power_w, board_temp_c, chip_temp_c, "
                + "inlet_temp_c, outlet_temp_c, fan_rpm, boards_active, chip_errors, status, error_codes, source) "
                + "SELECT serial, CAST(REPLACE(REPLACE(timestamp_utc, 'T', ' '), 'Z', '') AS TIMESTAMP), "
                + "CAST(hashrate_window_s AS INT), CAST(hashrate_ths AS DOUBLE PRECISION), CAST(power_w AS DOUBLE PRECISION), "
                + "CAST(board_temp_c AS DOUBLE PRECISION), CAST(chip_temp_c AS DOUBLE PRECISION), "
                + "CAST(inlet_temp_c AS DOUBLE PRECISION), CAST(outlet_temp_c AS DOUBLE PRECISION), "
                + "CAST(fan_rpm AS DOUBLE PRECISION), CAST(boards_active AS INT), CAST(chip_errors AS INT), status, "
                + "COALESCE(error_codes, ''), 'csv' FROM CSVREAD('" + csv.toString().replace("'", "''") + "', NULL, 'charset=UTF-8')";
        long inserted = workspace.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return (long) statement.executeUpdate(sql);
            }
        });
        if (inserted != rows) {
            throw new IllegalStateException("expected " + rows + " rows, CSVREAD inserted " + inserted);
        }
        return inserted;
    }
}
