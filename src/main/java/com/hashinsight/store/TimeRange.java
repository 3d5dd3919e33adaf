package com.hashinsight.store;

import java.time.Instant;
import java.util.Objects;

/**
 * First and last time of a set of rows, both inclusive, in UTC.
 *
 * @param first earliest time
 * @param last  latest time, not before {@code first}
 */
public record TimeRange(Instant first, Instant last) {

    public TimeRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last " + last + " is before first " + first);
        }
    }
}
