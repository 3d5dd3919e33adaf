package com.hashinsight.ui.task;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Progress reporting and cancellation checks for a running {@link Job}. Safe to call from any thread. */
public interface Progress {

    /** Reports {@code done} of {@code total} work units; a negative total means the amount is unknown. */
    void update(long done, long total);

    /** Returns true once the user or a newer request cancelled the job. */
    boolean isCancelled();

    /** Returns a progress that ignores updates and is never cancelled, for work that nobody watches, such as a command-line run. */
    static Progress unobserved() {
        return of(() -> false);
    }

    /** Returns a progress that ignores updates and is cancelled whenever {@code cancelled} returns true. */
    static Progress of(BooleanSupplier cancelled) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                // Nobody shows this progress.
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    /** Throws {@link CancellationException} when the job was cancelled; long loops call this between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
