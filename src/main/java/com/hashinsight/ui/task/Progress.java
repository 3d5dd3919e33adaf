package com.hashinsight.ui.task;

import java.util.concurrent.CancellationException;

/** Progress reporting and cancellation checks for a running {@link Job}. Safe to call from any thread. */
public interface Progress {

    /** Reports {@code done} of {@code total} work units; a negative total means the amount is unknown. */
    void update(long done, long total);

    /** Returns true once the user or a newer request cancelled the job. */
    boolean isCancelled();

    /** Throws {@link CancellationException} when the job was cancelled; long loops call this between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
