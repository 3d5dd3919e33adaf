package com.hashinsight.ui;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.settings.Settings;
import com.hashinsight.ui.settings.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The workstation in a headless window (Monocle, software rendering) over a fresh settings folder, with the bundled
 * sample workspace loaded, for command-line tools such as {@link Screenshots} and the UI benchmarks. Not for unit
 * tests, which run under TestFX.
 */
public final class HeadlessWorkstation implements AutoCloseable {

    private static final long TIMEOUT_MS = 600_000;

    private final Stage stage;
    private final Workstation workstation;

    private HeadlessWorkstation(Stage stage, Workstation workstation) {
        this.stage = stage;
        this.workstation = workstation;
    }

    /** Starts the toolkit headless, shows the main window in English and loads the sample; call from a main thread. */
    public static HeadlessWorkstation startWithSample() throws Exception {
        return startWithSample(Files.createTempDirectory("hashinsight-headless"));
    }

    /**
     * Starts the workstation as {@link #startWithSample()} does, with its settings and workspaces in the empty folder
     * {@code home}.
     */
    public static HeadlessWorkstation startWithSample(Path home) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        SettingsStore store = new SettingsStore(home);
        store.save(Settings.defaults(home).withLanguage(Locale.ENGLISH));

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Stage stage = onFx(Stage::new);
        Workstation workstation = onFx(() -> {
            Workstation created = Workstation.create(store);
            created.show(stage);
            created.workspacesViewModel().loadSample();
            return created;
        });
        HeadlessWorkstation headless = new HeadlessWorkstation(stage, workstation);
        headless.await(() -> workstation.session().current() != null);
        headless.await(() -> workstation.tasks().activeTaskProperty().get() == null);
        return headless;
    }

    public Stage stage() {
        return stage;
    }

    public Workstation workstation() {
        return workstation;
    }

    /** Shows {@code screen} in {@code locale} and waits until its data and the comparison are loaded. */
    public void show(Screen screen, Locale locale) throws Exception {
        onFx(() -> {
            workstation.mainViewModel().switchLanguage(locale);
            workstation.mainViewModel().screenProperty().set(screen);
            return null;
        });
        await(() -> workstation.tasks().activeTaskProperty().get() == null && loaded());
    }

    /** Returns true once the comparison, health and site screens have a result or a message saying why not. */
    private boolean loaded() {
        var comparison = workstation.comparisonViewModel();
        boolean compared = comparison.unavailableProperty().get() != null
                || comparison.resultProperty().get() != null && !comparison.scoringProperty().get();
        boolean assessed = workstation.healthViewModel().messageProperty().get() == null
                || !"ui.health.loading".equals(workstation.healthViewModel().messageProperty().get().key());
        boolean ranked = workstation.siteRankingViewModel().messageProperty().get() == null
                || !"ui.sites.loading".equals(workstation.siteRankingViewModel().messageProperty().get().key());
        return compared && assessed && ranked;
    }

    /** Runs {@code action} on the FX thread and returns its result. */
    public static <T> T onFx(Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    /** Polls {@code condition} on the FX thread, then lets two more pulses lay out and paint the scene. */
    public void await(BooleanSupplier condition) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!onFx(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("timed out waiting for the window");
            }
            Thread.sleep(50);
        }
        for (int pulse = 0; pulse < 2; pulse++) {
            onFx(() -> null);
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws Exception {
        onFx(() -> {
            workstation.close();
            return null;
        });
        Messages.setLocale(Locale.ENGLISH);
        Platform.exit();
    }
}
