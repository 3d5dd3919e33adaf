package com.hashinsight.ui;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.settings.Settings;
import com.hashinsight.ui.settings.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders every screen in English and Simplified Chinese to PNG files, headless, over the bundled sample
 * workspace in a temporary data directory. Run from the project root (see docs/screenshots/README.md):
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.hashinsight.ui.Screenshots docs/screenshots
 * </pre>
 *
 * <p>Chinese text needs a CJK font on the machine, for example {@code apt-get install fonts-wqy-microhei}.
 */
public final class Screenshots {

    private static final long TIMEOUT_MS = 60_000;

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path home = Files.createTempDirectory("hashinsight-screenshots");
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
        awaitFx(() -> workstation.session().current() != null);
        awaitFx(() -> workstation.tasks().activeTaskProperty().get() == null);

        for (Locale locale : Messages.SUPPORTED) {
            onFx(() -> {
                workstation.mainViewModel().switchLanguage(locale);
                return null;
            });
            for (Screen screen : Screen.values()) {
                onFx(() -> {
                    workstation.mainViewModel().screenProperty().set(screen);
                    return null;
                });
                awaitFx(() -> workstation.tasks().activeTaskProperty().get() == null);
                Path file = out.resolve(screen.name().toLowerCase(Locale.ROOT) + "-" + locale.toLanguageTag() + ".png");
                onFx(() -> {
                    write(stage, file);
                    return null;
                });
                System.out.println("wrote " + file);
            }
        }
        onFx(() -> {
            workstation.close();
            return null;
        });
        Platform.exit();
    }

    private static void write(Stage stage, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + file, e);
        }
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
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
    private static void awaitFx(BooleanSupplier condition) throws Exception {
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
}
