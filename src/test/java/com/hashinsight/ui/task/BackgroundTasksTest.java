package com.hashinsight.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.ui.LocalizedText;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class BackgroundTasksTest {

    private static final LocalizedText TITLE = LocalizedText.of("ui.nav.import");

    private final BackgroundTasks tasks = new BackgroundTasks(2);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void resultArrivesOnFxThread() throws Exception {
        CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();
        CompletableFuture<Integer> result = new CompletableFuture<>();

        WaitForAsyncUtils.asyncFx(() -> tasks.submit(TITLE, progress -> 6 * 7, value -> {
            onFxThread.complete(Platform.isFxApplicationThread());
            result.complete(value);
        }, error -> result.completeExceptionally(error)));

        assertEquals(42, result.get(5, TimeUnit.SECONDS));
        assertTrue(onFxThread.get(5, TimeUnit.SECONDS));
    }

    @Test
    void submitAfterCloseReturnsCancelledTask() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        tasks.close();

        Task<Integer> task = WaitForAsyncUtils.asyncFx(() -> tasks.submit(TITLE, progress -> {
            ran.set(true);
            return 1;
        }, value -> { }, error -> { })).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(task.isCancelled());
        assertFalse(ran.get());
        assertNull(tasks.activeTaskProperty().get());
    }

    @Test
    void failureArrivesWithCause() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();

        WaitForAsyncUtils.asyncFx(() -> tasks.submit(TITLE, progress -> {
            throw new IllegalStateException("broken input");
        }, value -> failure.complete(null), failure::complete));

        Throwable error = failure.get(5, TimeUnit.SECONDS);
        assertInstanceOf(IllegalStateException.class, error);
        assertEquals("broken input", error.getMessage());
    }

    @Test
    void cancelledJobCallsNeitherCallback() throws Exception {
        AtomicBoolean called = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch neverReleased = new CountDownLatch(1);
        Task<?> task = WaitForAsyncUtils.asyncFx(() -> tasks.submit(TITLE, progress -> {
            started.countDown();
            neverReleased.await();
            return 1;
        }, value -> called.set(true), error -> called.set(true))).get(5, TimeUnit.SECONDS);
        assertTrue(started.await(5, TimeUnit.SECONDS));

        WaitForAsyncUtils.asyncFx(tasks::cancelActive).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(task.isCancelled());
        assertFalse(called.get());
        assertNull(tasks.activeTaskProperty().get());
    }
}
