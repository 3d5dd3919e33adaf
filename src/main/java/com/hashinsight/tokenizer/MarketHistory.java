package com.hashinsight.tokenizer;

import com.hashinsight.fleet.MarketSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Market snapshots sorted by time, for "latest value strictly before t" look-ups. */
public final class MarketHistory {

    /** No market data: every market column is missing. */
    public static final MarketHistory EMPTY = new MarketHistory(List.of());

    private final List<MarketSnapshot> snapshots;

    public MarketHistory(List<MarketSnapshot> snapshots) {
        List<MarketSnapshot> sorted = new ArrayList<>(snapshots);
        sorted.sort(Comparator.comparing(MarketSnapshot::time));
        this.snapshots = List.copyOf(sorted);
    }

    /** Returns the snapshots with time in {@code [from, to)}, oldest first. */
    List<MarketSnapshot> between(Instant from, Instant to) {
        int first = SequenceBuilder.firstAtOrAfter(snapshots, from.toEpochMilli(), snapshot -> snapshot.time().toEpochMilli());
        int end = SequenceBuilder.firstAtOrAfter(snapshots, to.toEpochMilli(), snapshot -> snapshot.time().toEpochMilli());
        return snapshots.subList(first, Math.max(first, end));
    }

    /** Returns the latest snapshot strictly before {@code time} with a finite value of {@code field}, or null. */
    MarketSnapshot latestBefore(Instant time, java.util.function.ToDoubleFunction<MarketSnapshot> field) {
        int end = SequenceBuilder.firstAtOrAfter(snapshots, time.toEpochMilli(), snapshot -> snapshot.time().toEpochMilli());
        for (int i = end - 1; i >= 0; i--) {
            if (Double.isFinite(field.applyAsDouble(snapshots.get(i)))) {
                return snapshots.get(i);
            }
        }
        return null;
    }
}
