package com.hashinsight.ui.task;

/**
 * Work that runs on a background thread. It must not touch JavaFX state; it reports through {@link Progress}
 * and returns its result, which the caller receives on the FX thread.
 *
 * @param <T> result type
 */
@FunctionalInterface
public interface Job<T> {

    T run(Progress progress) throws Exception;
}
