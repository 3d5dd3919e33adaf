package com.hashinsight.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Estimates the chain height at a time and the difficulty at a height from the difficulty epochs.
 *
 * <p>Inside an epoch whose successor is known, the height grows linearly from the epoch's start
 * height at its start time to the successor's start height at the successor's start time, so the
 * estimate is exact at every retarget and off by at most a few blocks in between (blocks arrive
 * as a Poisson process, not on a grid). After the last known epoch start, it assumes the 600 s
 * target block interval.
 */
public final class BlockHeights {

    /** Bitcoin's target block interval in seconds. */
    public static final long TARGET_BLOCK_SECONDS = 600;

    private final List<DifficultyEpoch> epochs;

    /** @param epochs epochs ordered by start height, as {@link MarketRepository#epochs()} returns them */
    public BlockHeights(List<DifficultyEpoch> epochs) {
        this.epochs = List.copyOf(epochs);
    }

    public boolean isEmpty() {
        return epochs.isEmpty();
    }

    /** Returns the estimated height of the last block mined at or before {@code time}, or -1 before the first epoch. */
    public long heightAt(Instant time) {
        int index = epochIndexAt(time);
        if (index < 0) {
            return -1;
        }
        DifficultyEpoch epoch = epochs.get(index);
        double seconds = Duration.between(epoch.startTime(), time).toMillis() / 1000.0;
        if (index + 1 < epochs.size()) {
            DifficultyEpoch next = epochs.get(index + 1);
            double span = Duration.between(epoch.startTime(), next.startTime()).toMillis() / 1000.0;
            long blocks = next.startHeight() - epoch.startHeight();
            return epoch.startHeight() + (long) Math.floor(seconds / span * blocks);
        }
        return epoch.startHeight() + (long) Math.floor(seconds / TARGET_BLOCK_SECONDS);
    }

    /** Returns the difficulty at {@code height}, or NaN when no epoch covers it. */
    public double difficultyAt(long height) {
        int low = 0;
        int high = epochs.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            DifficultyEpoch epoch = epochs.get(mid);
            if (height < epoch.startHeight()) {
                high = mid - 1;
            } else if (height > epoch.endHeight()) {
                low = mid + 1;
            } else {
                return epoch.difficulty();
            }
        }
        // Past the last epoch's end the retarget is unknown.
        return Double.NaN;
    }

    /** Index of the epoch with the latest start time at or before {@code time}; -1 when none. */
    private int epochIndexAt(Instant time) {
        int low = 0;
        int high = epochs.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (!epochs.get(mid).startTime().isAfter(time)) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
