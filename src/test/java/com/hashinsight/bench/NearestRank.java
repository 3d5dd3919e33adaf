package com.hashinsight.bench;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles of the timings that the UI harnesses print. */
final class NearestRank {

    private NearestRank() {
    }

    /** Returns the {@code percent}-th nearest-rank percentile of {@code values}, which must not be empty. */
    static long percentile(List<Long> values, int percent) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
