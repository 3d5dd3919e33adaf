package com.hashinsight.ui.task;

import com.hashinsight.ui.LocalizedText;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs long work off the FX thread as {@link javafx.concurrent.Task}s, the single way screens start background
 * work.
 *
 * <p>Callbacks run on the FX thread. {@link #activeTaskProperty()} holds the most recently submitted task that
 * is still running, so the status bar can show its progress and offer to cancel it. Failures are logged once
 * here with their stack trace; callers show the user a short message.
 */
public final class BackgroundTasks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundTasks.class);

    private final ExecutorService executor;
    private final ReadOnlyObjectWrapper<Task<?>> activeTask = new ReadOnlyObjectWrapper<>();

    /** Creates a pool of {@code threads} daemon threads, at least one. */
    public BackgroundTasks(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.executor = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    public ReadOnlyObjectProperty<Task<?>> activeTaskProperty() {
        return activeTask.getReadOnlyProperty();
    }

    /**
     * Starts {@code job} in the background.
     *
     * @param title     what the status bar shows while it runs
     * @param job       the work; it should call {@link Progress#checkCancelled()} between steps
     * @param onSuccess receives the result on the FX thread
     * @param onFailure receives the error on the FX thread; not called when the task is cancelled
     * @return the running task, for its progress properties and {@link Task#cancel()}; a cancelled task when
     *         {@link #close()} was called before
     */
    public <T> Task<T> submit(LocalizedText title, Job<T> job, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(job, "job");
        JobTask<T> task = new JobTask<>(title, job);
        task.setOnSucceeded(event -> {
            clearIfActive(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            clearIfActive(task);
            log.error("Background task '{}' failed", title.key(), task.getException());
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(event -> {
            clearIfActive(task);
            log.info("Background task '{}' cancelled", title.key());
        });
        if (executor.isShutdown()) {
            // A screen that outlived its window may still react to a change; its work has nowhere to run.
            log.debug("Background task '{}' not started because the task pool is closed", title.key());
            task.cancel();
            return task;
        }
        activeTask.set(task);
        executor.execute(task);
        return task;
    }

    /** Cancels the active task, if any. */
    public void cancelActive() {
        Task<?> task = activeTask.get();
        if (task != null) {
            task.cancel();
        }
    }

    private void clearIfActive(Task<?> task) {
        if (activeTask.get() == task) {
            activeTask.set(null);
        }
    }

    /** Stops accepting work and interrupts running jobs. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "hashinsight-task-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A task whose title is a localized text and whose job reports through {@link Progress}. */
    public static final class JobTask<T> extends Task<T> implements Progress {

        private final LocalizedText titleText;
        private final Job<T> job;

        JobTask(LocalizedText titleText, Job<T> job) {
            this.titleText = Objects.requireNonNull(titleText, "titleText");
            this.job = job;
        }

        public LocalizedText titleText() {
            return titleText;
        }

        @Override
        protected T call() throws Exception {
            return job.run(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }
}
