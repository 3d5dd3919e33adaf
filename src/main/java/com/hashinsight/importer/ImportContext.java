package com.hashinsight.importer;

import com.hashinsight.store.RejectedRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.function.BooleanSupplier;

/**
 * State of one running import: the transaction's connection, its batch id, the file, the
 * rejected-row report and the cancel flag.
 */
final class ImportContext {

    private static final int CANCEL_CHECK_INTERVAL = 4096;

    private final Connection connection;
    private final long batchId;
    private final Path file;
    private final Rejections rejections = new Rejections();
    private final BooleanSupplier cancelled;
    private long rowsSeen;

    ImportContext(Connection connection, long batchId, Path file, BooleanSupplier cancelled) {
        this.connection = connection;
        this.batchId = batchId;
        this.file = file;
        this.cancelled = cancelled;
    }

    Connection connection() {
        return connection;
    }

    long batchId() {
        return batchId;
    }

    Path file() {
        return file;
    }

    Rejections rejections() {
        return rejections;
    }

    void reject(RejectedRow row) {
        rejections.add(row);
    }

    void reject(RowRejectedException rejected) {
        rejections.add(rejected.row());
    }

    /**
     * Counts one input row and, every few thousand rows, throws when the user cancelled, so the
     * transaction rolls back.
     */
    void rowRead() {
        rowsSeen++;
        if (rowsSeen % CANCEL_CHECK_INTERVAL == 0 && (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted())) {
            throw new ImportException("importer.cancelled", file);
        }
    }
}
