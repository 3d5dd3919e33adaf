package com.hashinsight.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Records import batches and their rejected-row reports. The write methods take the importer's
 * connection so that the batch, its rows and its report commit or roll back together.
 */
public final class ImportBatchRepository {

    /** Rejected rows stored per batch; the count of all rejections is kept in the batch row. */
    public static final int MAX_STORED_REJECTIONS = 10_000;

    private static final String ARG_SEPARATOR = "\u001f";

    private final Workspace workspace;

    ImportBatchRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Returns every batch, newest first. */
    public List<ImportBatch> batches() {
        return Queries.list(workspace, "SELECT * FROM import_batch ORDER BY id DESC", Queries.NO_PARAMETERS,
                ImportBatchRepository::map);
    }

    /** Returns the batch that imported a file with this hash in this format, if any. */
    public Optional<ImportBatch> findByHash(String sha256, String format) {
        return Queries.first(workspace, "SELECT * FROM import_batch WHERE sha256 = ? AND format = ?", statement -> {
            statement.setString(1, sha256);
            statement.setString(2, format);
        }, ImportBatchRepository::map);
    }

    /** Returns the stored rejected rows of batch {@code batchId}, in file order. */
    public List<RejectedRow> rejections(long batchId) {
        return Queries.list(workspace, "SELECT * FROM import_rejection WHERE batch_id = ? ORDER BY seq",
                statement -> statement.setLong(1, batchId), row -> {
                    String args = row.getString("reason_args");
                    List<String> argList = args.isEmpty() ? List.of() : Arrays.asList(args.split(ARG_SEPARATOR, -1));
                    return new RejectedRow(row.getLong("line_number"), row.getString("field"), row.getString("field_value"),
                            row.getString("reason_key"), argList);
                });
    }

    /** Inserts a new batch row on {@code connection} and returns its id. */
    public static long begin(Connection connection, String fileName, String sha256, String format, Instant startedAt)
            throws SQLException {
        String sql = "INSERT INTO import_batch (file_name, sha256, format, started_at) VALUES (?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, fileName);
            statement.setString(2, sha256);
            statement.setString(3, format);
            Sql.setInstant(statement, 4, startedAt);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Stores the final counts of batch {@code batchId}. */
    public static void finish(Connection connection, long batchId, long accepted, long unchanged, long rejected, Instant finishedAt)
            throws SQLException {
        String sql = "UPDATE import_batch SET rows_accepted = ?, rows_unchanged = ?, rows_rejected = ?, finished_at = ? WHERE id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, accepted);
            statement.setLong(2, unchanged);
            statement.setLong(3, rejected);
            Sql.setInstant(statement, 4, finishedAt);
            statement.setLong(5, batchId);
            statement.executeUpdate();
        }
    }

    /** Stores {@code rows} as the report of batch {@code batchId}, numbering them from {@code firstSeq}. */
    public static void addRejections(Connection connection, long batchId, int firstSeq, List<RejectedRow> rows) throws SQLException {
        String sql = "INSERT INTO import_rejection (batch_id, seq, line_number, field, field_value, reason_key, reason_args, reason_en) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int seq = firstSeq;
            for (RejectedRow row : rows) {
                statement.setLong(1, batchId);
                statement.setInt(2, seq++);
                statement.setLong(3, row.line());
                statement.setString(4, row.field());
                statement.setString(5, row.value());
                statement.setString(6, row.reasonKey());
                statement.setString(7, String.join(ARG_SEPARATOR, row.reasonArgs()));
                statement.setString(8, row.reason(Locale.ENGLISH));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static ImportBatch map(ResultSet row) throws SQLException {
        return new ImportBatch(row.getLong("id"), row.getString("file_name"), row.getString("sha256"), row.getString("format"),
                row.getLong("rows_accepted"), row.getLong("rows_unchanged"), row.getLong("rows_rejected"),
                Sql.getInstant(row, "started_at"), Sql.getInstant(row, "finished_at"));
    }

    /** Returns one report line per row in {@code locale}, as the CLI and the import screen show them. */
    public static List<String> describeAll(List<RejectedRow> rows, Locale locale) {
        List<String> lines = new ArrayList<>(rows.size());
        for (RejectedRow row : rows) {
            lines.add(row.describe(locale));
        }
        return lines;
    }
}
