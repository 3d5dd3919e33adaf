package com.hashinsight.importer;

import com.hashinsight.store.RejectedRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Outcome of importing one file.
 *
 * @param file             the file
 * @param format           its format
 * @param batchId          the import batch that stored it, or the earlier batch when {@code alreadyImported}
 * @param alreadyImported  true when a file with the same SHA-256 and format was imported before, so nothing changed
 * @param accepted         rows stored
 * @param unchanged        rows already stored with equal values by an earlier file
 * @param rejected         rows rejected
 * @param report           the first rejected rows, in file order (all of them up to the stored maximum)
 */
public record ImportResult(Path file, ImportFormat format, long batchId, boolean alreadyImported, long accepted,
        long unchanged, long rejected, List<RejectedRow> report) {

    public ImportResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        report = List.copyOf(report);
    }
}
