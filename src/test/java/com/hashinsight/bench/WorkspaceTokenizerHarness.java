package com.hashinsight.bench;

import com.hashinsight.importer.ImportService;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.tokenizer.FleetTokens;
import com.hashinsight.tokenizer.Scenario;
import com.hashinsight.tokenizer.SequenceBuilder;
import com.hashinsight.tokenizer.WindowRule;
import com.hashinsight.tokenizer.WorkspaceTokenizer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times {@link WorkspaceTokenizer} on a real H2 workspace of 500 miners: a full build (one query per
 * table, then tokens) and an update after one new sample per miner.
 *
 * <p>Run: {@code java -Xmx3g -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * com.hashinsight.bench.WorkspaceTokenizerHarness FOLDER [telemetryMinutes] [iterations]}. It writes
 * product-format CSV files into FOLDER, imports them into a workspace there (several minutes) and
 * reuses that workspace on the next run.
 */
public final class WorkspaceTokenizerHarness {

    private static final int MINERS = 500;
    private static final Instant SCORING_TIME = Instant.parse("2026-03-15T14:20:00Z");

    private WorkspaceTokenizerHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int telemetryMinutes = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Workspaces workspaces = new Workspaces(folder.resolve("data"));
        boolean fresh = !workspaces.exists("bench");
        try (Workspace workspace = workspaces.openOrCreate("bench")) {
            if (fresh) {
                Instant from = WindowRule.DEFAULT.dailyStart(WindowRule.DEFAULT.blockStart(SCORING_TIME));
                List<Path> files = writeFleet(folder, from, telemetryMinutes);
                long start = System.nanoTime();
                new ImportService(workspace).importFiles(files, null);
                System.out.printf("imported in %.0f s%n", (System.nanoTime() - start) / 1e9);
            }
            WorkspaceTokenizer tokenizer = new WorkspaceTokenizer(workspace,
                    new SequenceBuilder(WindowRule.DEFAULT, SequenceBuilder.DEFAULT_MAX_TOKENS));
            Instant next = SCORING_TIME.plus(Duration.ofMinutes(telemetryMinutes));
            FleetTokens built = tokenizer.build(SCORING_TIME, Scenario.MARKET);
            System.out.printf("%d miners, %d S-tokens%n", built.bySerial().size(),
                    built.bySerial().values().stream().mapToInt(t -> t.sequence().length()).sum());
            time("build from workspace", () -> tokenizer.build(SCORING_TIME, Scenario.MARKET), iterations);
            time("update after one sample per miner", () -> tokenizer.update(built, next, Scenario.MARKET), iterations);
        }
    }

    private static void time(String label, Runnable operation, int iterations) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        operation.run();
        double[] wallMs = new double[iterations];
        double[] cpuMs = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long wallStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            operation.run();
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            wallMs[i] = (System.nanoTime() - wallStart) / 1e6;
        }
        Arrays.sort(wallMs);
        Arrays.sort(cpuMs);
        System.out.printf(Locale.ROOT, "%s: median wall %.0f ms, median thread CPU %.0f ms over %d iterations; load average %.1f%n",
                label, wallMs[iterations / 2], cpuMs[iterations / 2], iterations,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Writes sites, clients, miners, telemetry up to one interval after the scoring time, and prices. */
    private static List<Path> writeFleet(Path folder, Instant from, int telemetryMinutes) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        StringBuilder sites = new StringBuilder("{\"sites\": [");
        for (int s = 0; s < 3; s++) {
            sites.append(s == 0 ? "" : ",").append(String.format(Locale.ROOT, """
                    {"id": "site-%1$d", "name": "Site %1$d", "location": "TX", "latitude": 31, "timezone": "America/Chicago",
                     "cooling": "AIR", "pue": 1.1, "capacity_kw": 5000, "settlement_point": "NODE_%1$d", "region": "ERCOT",
                     "contract": {"id": "k%1$d", "type": "SPOT", "fixed_usd_per_mwh": null, "spot_adder_usd_per_mwh": 5,
                      "tou_windows": [], "hosting_usd_per_kw_month": 0, "hosting_usd_per_kwh": 0.01, "curtailment_allowed": true,
                      "max_curtail_hours_per_month": null, "dr_payment_usd_per_mwh": 0, "term_start": "2025-01-01", "term_months": 36}}
                    """, s));
        }
        files.add(write(folder.resolve("sites.json"), List.of(sites.append("]}").toString())));
        files.add(write(folder.resolve("clients.json"), List.of("{\"clients\": [{\"id\": \"c1\", \"name\": \"Client\", "
                + "\"risk_level\": \"MEDIUM\", \"budget_usd\": 1000000, \"payback_target_months\": 18, \"hold_style\": \"MIXED\", "
                + "\"preferred_region\": \"ERCOT\"}]}")));
        List<String> miners = new ArrayList<>(List.of("serial,model,site_id,client_id,install_date,firmware"));
        for (int m = 0; m < MINERS; m++) {
            miners.add(String.format(Locale.ROOT, "S21-%06d,Antminer S21,site-%d,c1,2025-06-01,stock 2024.10", m, m % 3));
        }
        files.add(write(folder.resolve("miners.csv"), miners));
        Path telemetry = folder.resolve("telemetry.csv");
        SplittableRandom random = new SplittableRandom(42);
        Instant end = SCORING_TIME.plus(Duration.ofMinutes(telemetryMinutes));
        try (BufferedWriter out = Files.newBufferedWriter(telemetry, StandardCharsets.UTF_8)) {
            out.write("timestamp_utc,serial,hashrate_ths,hashrate_window_s,power_w,board_temp_c,chip_temp_c,inlet_temp_c,"
                    + "outlet_temp_c,fan_rpm,boards_active,chip_errors,status,error_codes\n");
            for (int m = 0; m < MINERS; m++) {
                for (Instant t = from; !t.isAfter(end); t = t.plus(Duration.ofMinutes(telemetryMinutes))) {
                    out.write(String.format(Locale.ROOT, "%s,S21-%06d,%.1f,%d,%.0f,%.1f,%.1f,25,44,4200,3,%d,OK,%n", t, m,
                            195 + random.nextDouble(10), telemetryMinutes * 60, 3450 + random.nextDouble(100),
                            64 + random.nextDouble(6), 74 + random.nextDouble(6), random.nextInt(3)));
                }
            }
        }
        files.add(telemetry);
        List<String> prices = new ArrayList<>(List.of("settlement_point,interval_start_utc,interval_minutes,market,usd_per_mwh"));
        for (int s = 0; s < 3; s++) {
            for (Instant t = from; t.isBefore(end); t = t.plus(Duration.ofHours(1))) {
                prices.add(String.format(Locale.ROOT, "NODE_%d,%s,60,RTM,%.2f", s, t,
                        random.nextDouble() < 0.03 ? 150 + random.nextDouble(500) : 20 + random.nextDouble(30)));
            }
        }
        files.add(write(folder.resolve("prices.csv"), prices));
        return files;
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
