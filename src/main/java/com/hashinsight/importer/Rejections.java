package com.hashinsight.importer;

import com.hashinsight.store.ImportBatchRepository;
import com.hashinsight.store.RejectedRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The rejected-row report of one import. It counts every rejection but keeps only the first
 * {@link ImportBatchRepository#MAX_STORED_REJECTIONS}, so a file of millions of bad rows needs
 * bounded memory.
 */
public final class Rejections {

    private final List<RejectedRow> kept = new ArrayList<>();
    private long count;

    void add(RejectedRow row) {
        count++;
        if (kept.size() < ImportBatchRepository.MAX_STORED_REJECTIONS) {
            kept.add(row);
        }
    }

    /** Number of rejected rows, including those not kept. */
    public long count() {
        return count;
    }

    /** Returns the first rejected rows, in file order. */
    public List<RejectedRow> kept() {
        return List.copyOf(kept);
    }
}
