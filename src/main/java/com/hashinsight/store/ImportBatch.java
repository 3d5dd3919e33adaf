package com.hashinsight.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One imported file.
 *
 * @param id             batch id
 * @param fileName       file name as given to the import
 * @param sha256         SHA-256 of the file's bytes, hex
 * @param format         format id, for example "telemetry-csv"
 * @param rowsAccepted   rows stored
 * @param rowsUnchanged  rows already stored with the same key (from an earlier file), left as they were
 * @param rowsRejected   rows rejected; the report has up to {@link ImportBatchRepository#MAX_STORED_REJECTIONS} of them
 * @param startedAt      UTC start of the import
 * @param finishedAt     UTC end of the import
 */
public record ImportBatch(long id, String fileName, String sha256, String format, long rowsAccepted, long rowsUnchanged,
        long rowsRejected, Instant startedAt, Instant finishedAt) {

    public ImportBatch {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
    }
}
