package com.hashinsight.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hashinsight.i18n.Messages;
import com.hashinsight.importer.ImportFormat;
import com.hashinsight.inference.ModelBundle;
import com.hashinsight.inference.ModelLocator;
import com.hashinsight.ui.hashtrans.HashTransModels;
import com.hashinsight.ui.workspaces.BundledSample;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installer's {@code --smoke} flag, run through the same command line as the installed launcher. */
class SmokeRunTest {

    private static final Path DEMO = Path.of("sample-data", "demo");
    /** The demo's telemetry kept for the smoke run: its last week, enough S-tokens for HashTrans and a fast import. */
    private static final String TELEMETRY_FROM = "2026-02-23T00:00:00Z";

    @TempDir
    Path home;

    @TempDir
    Path dataDirectory;

    private String previousHome;

    private String previousModelDir;

    @BeforeEach
    void pointHomeAtTemporaryInstall() {
        previousHome = System.getProperty("hashinsight.home");
        previousModelDir = System.getProperty(ModelLocator.MODEL_DIR_PROPERTY);
        System.setProperty("hashinsight.home", home.toString());
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restoreProperties() {
        restore("hashinsight.home", previousHome);
        restore(ModelLocator.MODEL_DIR_PROPERTY, previousModelDir);
    }

    @Test
    void smokeScoresDemoThroughHashTrans() throws IOException {
        assumeTrue(Arrays.stream(ImportFormat.values()).anyMatch(format -> format.id().startsWith("btc-daily")),
                "this build has no importer for the demo's BTC prices, so its comparison has no market to score");
        String modelVersion = bundledModelVersion();
        installDemoWithRecentTelemetry();

        CommandRun run = run("--smoke", "--data-dir", dataDirectory.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Loaded HashTrans model " + modelVersion + " (feature spec "), run.out());
        assertTrue(run.out().contains("Imported "), run.out());
        assertTrue(run.out().contains("Compared 3 strategies"), run.out());
        assertTrue(run.out().contains("Recommended: strategy "), run.out());
        assertTrue(run.out().contains("come from HashTrans " + modelVersion), run.out());
        for (String head : List.of("failure", "downtime", "policy")) {
            assertTrue(run.out().contains("- HashTrans " + head + " head "), head + " head missing from " + run.out());
        }
        assertTrue(run.out().contains("Smoke test passed."), run.out());
    }

    @Test
    void missingModelFailsBeforeImport() throws IOException {
        installDemoWithRecentTelemetry();
        Path missing = home.resolve("models").resolve("hashtrans-v1");
        System.setProperty(ModelLocator.MODEL_DIR_PROPERTY, missing.toString());

        CommandRun run = run("--smoke", "--data-dir", dataDirectory.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("Smoke test failed: the bundled HashTrans model cannot be used. "), run.err());
        assertTrue(run.err().contains(missing.toAbsolutePath().toString()), run.err());
        assertTrue(run.err().contains("An installer must ship the model bundle"), run.err());
        assertTrue(!run.out().contains("Imported "), run.out());
    }

    @Test
    void mismatchedModelNamesField() throws Exception {
        installDemoWithRecentTelemetry();
        Path bundle = Files.createDirectories(home.resolve("models").resolve("hashtrans-v1"));
        String spec = Files.readString(ModelLocator.locate().resolve(ModelBundle.FEATURE_SPEC_FILE));
        Files.writeString(bundle.resolve(ModelBundle.FEATURE_SPEC_FILE),
                spec.replaceFirst("\"feature_spec_version\"\\s*:\\s*\\d+", "\"feature_spec_version\" : 1"));
        System.setProperty(ModelLocator.MODEL_DIR_PROPERTY, bundle.toString());

        CommandRun run = run("--smoke", "--data-dir", dataDirectory.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("Smoke test failed: the bundled HashTrans model cannot be used. "), run.err());
        assertTrue(run.err().contains("feature_spec_version is 1 in the model"), run.err());
    }

    @Test
    void sampleWithoutTelemetryFailsWithReason() throws IOException {
        bundledModelVersion();
        Path sample = Files.createDirectories(home.resolve("sample-data").resolve("demo"));
        try (Stream<Path> files = Files.list(DEMO)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().startsWith("telemetry")) {
                    Files.copy(file, sample.resolve(file.getFileName()));
                }
            }
        }

        CommandRun run = run("--smoke", "--data-dir", dataDirectory.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("Smoke test failed: the comparison of the sample did not use HashTrans. "),
                run.err());
    }

    @Test
    void sampleWithoutMarketFailsWithReason() throws IOException {
        bundledModelVersion();
        Path sample = Files.createDirectories(home.resolve("sample-data").resolve("examples"));
        for (String file : List.of("sites.json", "clients.json", "miners.csv")) {
            Files.copy(Path.of("sample-data", "examples", file), sample.resolve(file));
        }

        CommandRun run = run("--smoke", "--data-dir", dataDirectory.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("Smoke test failed: "), run.err());
        assertTrue(run.err().contains("BTC price is missing"), run.err());
    }

    @Test
    void missingSampleFailsWithFolder() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        SmokeRun smoke = new SmokeRun(new BundledSample(home.resolve("missing")), new PrintWriter(out), new PrintWriter(err));

        int exitCode = smoke.run(dataDirectory);

        assertEquals(1, exitCode);
        assertTrue(err.toString().startsWith("No sample data found in " + home.resolve("missing")), err.toString());
    }

    @Test
    void rootWithoutSmokePrintsUsage() {
        CommandRun run = run("--data-dir", dataDirectory.toString());

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--smoke"), run.out());
    }

    /**
     * Copies the demo sample with the telemetry rows from {@link #TELEMETRY_FROM} on, as plain CSV, so that the import
     * stays fast and HashTrans still has S-tokens for every miner.
     */
    private void installDemoWithRecentTelemetry() throws IOException {
        Path target = Files.createDirectories(home.resolve("sample-data").resolve("demo"));
        try (Stream<Path> files = Files.list(DEMO)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("telemetry") && name.endsWith(".csv.gz")) {
                    copyRecentRows(file, target.resolve(name.substring(0, name.length() - ".gz".length())));
                } else {
                    Files.copy(file, target.resolve(name));
                }
            }
        }
    }

    /** Copies the header and the rows whose first column, an ISO-8601 UTC time, is at or after the cut. */
    private static void copyRecentRows(Path gzipped, Path csv) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gzipped)), StandardCharsets.UTF_8));
                Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            writer.write(reader.readLine() + "\n");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.compareTo(TELEMETRY_FROM) >= 0) {
                    writer.write(line + "\n");
                }
            }
        }
    }

    /** Returns the version of the repository's bundle, or skips the test when this app cannot load it. */
    private static String bundledModelVersion() {
        try (HashTransModels models = HashTransModels.bundled(false)) {
            HashTransModels.Availability model = models.load();
            assumeTrue(model.available(), () -> "the repository's HashTrans bundle does not load in this app, so the "
                    + "smoke run fails as it should: " + model.reason().format());
            return model.loaded().service().modelVersion();
        }
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }

    private static CommandRun run(String... args) {
        return CommandRun.execute(args);
    }
}
