package com.hashinsight.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hashinsight.i18n.Messages;
import com.hashinsight.importer.ImportFormat;
import com.hashinsight.ui.workspaces.BundledSample;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installer's {@code --smoke} flag, run through the same command line as the installed launcher. */
class SmokeRunTest {

    private static final Path DEMO = Path.of("sample-data", "demo");

    @TempDir
    Path home;

    @TempDir
    Path dataDirectory;

    private String previousHome;

    @BeforeEach
    void pointHomeAtTemporaryInstall() {
        previousHome = System.getProperty("hashinsight.home");
        System.setProperty("hashinsight.home", home.toString());
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("hashinsight.home");
        } else {
            System.setProperty("hashinsight.home", previousHome);
        }
    }

    @Test
    void smokeComparesDemoWorkspace() throws IOException {
        assumeTrue(Arrays.stream(ImportFormat.values()).anyMatch(format -> format.id().startsWith("btc-daily")),
                "this build has no importer for the demo's BTC prices, so its comparison has no market to score");
        installDemoWithoutTelemetry();

        CommandRun run = run("--smoke", "--data-dir", dataDirectory.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Imported "), run.out());
        assertTrue(run.out().contains("Compared 3 strategies"), run.out());
        assertTrue(run.out().contains("Recommended: strategy "), run.out());
        assertTrue(run.out().contains("Smoke test passed."), run.out());
    }

    @Test
    void sampleWithoutMarketFailsWithReason() throws IOException {
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

    /** Copies the demo sample without its telemetry files, which the comparison does not read. */
    private void installDemoWithoutTelemetry() throws IOException {
        Path target = Files.createDirectories(home.resolve("sample-data").resolve("demo"));
        try (Stream<Path> files = Files.list(DEMO)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().startsWith("telemetry")) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        }
    }

    private static CommandRun run(String... args) {
        return CommandRun.execute(args);
    }
}
