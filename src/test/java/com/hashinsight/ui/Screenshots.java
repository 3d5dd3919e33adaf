package com.hashinsight.ui;

import com.hashinsight.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
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

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        // The temporary folder replaces the user's home, so the settings screen shows ~/workspaces and no
        // machine-specific path.
        Path home = Files.createTempDirectory("hashinsight-screenshots");
        System.setProperty("user.home", home.toString());
        try (HeadlessWorkstation headless = HeadlessWorkstation.startWithSample(home)) {
            for (Locale locale : Messages.SUPPORTED) {
                for (Screen screen : Screen.values()) {
                    headless.show(screen, locale);
                    Path file = out.resolve(screen.name().toLowerCase(Locale.ROOT) + "-" + locale.toLanguageTag() + ".png");
                    HeadlessWorkstation.onFx(() -> {
                        write(headless.stage(), file);
                        return null;
                    });
                    System.out.println("wrote " + file);
                    if (screen == Screen.COMPARISON) {
                        writeReasons(headless, out.resolve("comparison-reasons-" + locale.toLanguageTag() + ".png"));
                    }
                }
            }
        }
    }

    /**
     * Scrolls the comparison down to the recommendation's reasons, writes that view and scrolls back, because the
     * reasons, HashTrans heads included, sit below the first screenful.
     */
    private static void writeReasons(HeadlessWorkstation headless, Path file) throws Exception {
        HeadlessWorkstation.onFx(() -> {
            ScrollPane scroll = enclosingScrollPane(headless.stage().getScene().lookup("#comparison-reasons"));
            scroll.setVvalue(scroll.getVmax());
            scroll.layout();
            write(headless.stage(), file);
            scroll.setVvalue(scroll.getVmin());
            return null;
        });
        System.out.println("wrote " + file);
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Node parent = node; parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new IllegalStateException("the comparison reasons are not inside a scroll pane");
    }

    private static void write(Stage stage, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + file, e);
        }
    }
}
