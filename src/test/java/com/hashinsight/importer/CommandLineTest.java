package com.hashinsight.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.app.HashInsightCommand;
import com.hashinsight.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Locale previous;

    @BeforeEach
    void useEnglish() {
        previous = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Messages.setLocale(previous);
    }

    @Test
    void workspaceCreateThenList() {
        assertEquals(0, run("workspace", "create", "--workspace", "acme", "--data-dir", dir.toString()));
        assertEquals(0, run("workspace", "list", "--data-dir", dir.toString()));

        assertTrue(out.toString().contains("Created workspace acme"), out.toString());
        assertTrue(out.toString().contains("  acme"), out.toString());
    }

    @Test
    void importPrintsCountsAndRejectedRows() throws Exception {
        Path bad = Files.writeString(dir.resolve("telemetry-bad.csv"),
                "timestamp_utc,serial,hashrate_ths,hashrate_window_s,power_w\n2025-08-01T00:00:00Z,SN-S21-0001,abc,900,3400\n");
        String[] files = {"sample-data/examples/miners.csv", "sample-data/examples/sites.json", "sample-data/examples/clients.json",
            bad.toString()};

        int code = run(concat(new String[] {"import", "--workspace", "acme", "--data-dir", dir.toString()}, files));

        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.contains("sites.json (sites-json): 4 rows accepted"), text);
        assertTrue(text.contains("miners.csv (miners-csv): 4 rows accepted"), text);
        assertTrue(text.contains("line 2, field hashrate_ths, value abc: not a number"), text);
    }

    @Test
    void importOfMissingFileFails() {
        int code = run("import", "--workspace", "acme", "--data-dir", dir.toString(), dir.resolve("nope.csv").toString());

        assertEquals(1, code);
        assertTrue(err.toString().contains("nope.csv"), err.toString());
    }

    @Test
    void statsShowsRowsPerTable() {
        run("import", "--workspace", "acme", "--data-dir", dir.toString(), "sample-data/examples/prices.csv");

        assertEquals(0, run("stats", "--workspace", "acme", "--data-dir", dir.toString()));

        String text = out.toString();
        assertTrue(text.contains("energy_price: 4 rows, 2025-08-01T00:00:00Z to 2025-08-01T01:00:00Z"), text);
        assertTrue(text.contains("miner_model: 10 rows"), text);
        assertTrue(text.contains("Import batches: 1, rejected rows: 0"), text);
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new HashInsightCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
