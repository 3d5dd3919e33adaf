package com.hashinsight.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs view-model test steps on the FX thread, as the screens do, and waits for background results. */
public final class Fx {

    private static final long TIMEOUT_SECONDS = 10;

    private Fx() {
    }

    /** Starts the JavaFX toolkit (headless under Monocle in the build) once per JVM. */
    public static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    public static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    public static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition}, checked on the FX thread, holds. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
    }
}
