package com.hashinsight.economics;

import java.time.Instant;
import java.util.Objects;

/**
 * The difficulty from one retarget on, as read from a difficulty epoch history.
 *
 * @param start      UTC time of the first block at this difficulty
 * @param difficulty network difficulty, positive
 */
public record DifficultyPoint(Instant start, double difficulty) {

    public DifficultyPoint {
        Objects.requireNonNull(start, "start");
        if (!(difficulty > 0) || Double.isInfinite(difficulty)) {
            throw new IllegalArgumentException("difficulty must be a positive finite number, got " + difficulty);
        }
    }
}
