package com.hashinsight.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start to the first usable window: starts the app in a fresh JVM with a fresh settings folder, reads the time
 * that {@code WorkstationApp} logs after the main window's first layout pulse ("Main window usable N ms after JVM
 * start", measured from the JVM's start time, so class loading and toolkit start count), stops the app and repeats.
 * The window runs headless (Monocle, software rendering), so painting to a real display is not included.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.hashinsight.bench.ColdStartHarness 7
 * </pre>
 */
public final class ColdStartHarness {

    private static final Pattern USABLE = Pattern.compile("Main window usable (\\d+) ms after JVM start");
    private static final long TIMEOUT_SECONDS = 120;

    private ColdStartHarness() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Long> millis = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long ms = startOnce();
            millis.add(ms);
            System.out.printf(Locale.ROOT, "run %d: %d ms%n", run, ms);
        }
        System.out.printf(Locale.ROOT, "cold start to usable window over %d runs: median %d ms, p95 %d ms, min %d ms%n",
                runs, NearestRank.percentile(millis, 50), NearestRank.percentile(millis, 95), NearestRank.percentile(millis, 0));
    }

    /** Starts the app once and returns the logged milliseconds from JVM start to the usable window. */
    private static long startOnce() throws IOException, InterruptedException {
        Path settings = Files.createTempDirectory("hashinsight-cold-start");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process app = new ProcessBuilder(java, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dhashinsight.settings.dir=" + settings,
                "-cp", System.getProperty("java.class.path"), "com.hashinsight.app.Launcher")
                .redirectErrorStream(true).start();
        try (BufferedReader log = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            String line;
            while ((line = log.readLine()) != null && System.nanoTime() < deadline) {
                Matcher usable = USABLE.matcher(line);
                if (usable.find()) {
                    return Long.parseLong(usable.group(1));
                }
            }
            throw new IllegalStateException("the app ended or timed out before logging a usable window");
        } finally {
            app.destroy();
            if (!app.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }
}
