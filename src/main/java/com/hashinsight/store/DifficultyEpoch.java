package com.hashinsight.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One 2016-block difficulty retarget epoch.
 *
 * @param epoch               epoch number, height / 2016
 * @param startHeight         first block height of the epoch
 * @param endHeight           last block height of the epoch
 * @param startTime           UTC time of the first block
 * @param startTimeEstimated  true when the source lacked the start time and it was interpolated
 * @param difficulty          difficulty of every block in the epoch, positive
 * @param changePct           change from the previous epoch in percent; NaN for the first
 */
public record DifficultyEpoch(int epoch, long startHeight, long endHeight, Instant startTime, boolean startTimeEstimated,
        double difficulty, double changePct) {

    public DifficultyEpoch {
        Objects.requireNonNull(startTime, "startTime");
        if (endHeight < startHeight || startHeight < 0) {
            throw new IllegalArgumentException("epoch " + epoch + " has invalid heights " + startHeight + ".." + endHeight);
        }
        if (!(difficulty > 0) || Double.isInfinite(difficulty)) {
            throw new IllegalArgumentException("difficulty must be positive and finite, got " + difficulty);
        }
    }
}
