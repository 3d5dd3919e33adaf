package com.hashinsight.simulation;

import com.hashinsight.i18n.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code simulate} command: writes one seeded world as importable files plus its ground truth. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a seeded mining fleet and write importable files plus ground truth.")
public final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", required = true, description = "World seed; the same options and seed give the same bytes.")
    long seed;

    @Option(names = "--miners", required = true, description = "Number of miners.")
    int miners;

    @Option(names = "--days", required = true, description = "Days of telemetry and labels.")
    int days;

    @Option(names = "--out", required = true, description = "Output folder; created when missing, files in it are replaced.")
    Path out;

    @Option(names = "--prices", description = "Energy-prices CSV (prices.csv format) to use as the spot series.")
    Path prices;

    @Option(names = "--market", description = "Market CSV (BTC daily prices or network daily) to use as the market path.")
    Path market;

    @Option(names = "--start", description = "First UTC day, YYYY-MM-DD (default: ${DEFAULT-VALUE}).", defaultValue = "2026-01-01")
    LocalDate start;

    @Option(names = "--sites", description = "Number of sites, 1 to 4 (default: ${DEFAULT-VALUE}).", defaultValue = "3")
    int sites;

    @Option(names = "--clients", description = "Number of clients (default: ${DEFAULT-VALUE}).", defaultValue = "2")
    int clients;

    @Option(names = "--telemetry-minutes", description = "Minutes between telemetry rows, a multiple of 5 (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    int telemetryMinutes;

    @Option(names = "--anchor-every", description = "Days between counterfactual anchor days; 0 for none (default: ${DEFAULT-VALUE}).",
            defaultValue = "30")
    int anchorEveryDays;

    @Option(names = "--threads", description = "Worker threads; the output does not depend on it (default: available processors).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (prices != null || market != null) {
            // TODO: read --prices and --market through the importers' parsers once they are on main.
            spec.commandLine().getErr().println(Messages.get("simulation.error.inputNotSupported"));
            return 2;
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        SimulationConfig config;
        try {
            config = new SimulationConfig(seed, miners, days, start, sites, clients, telemetryMinutes, anchorEveryDays, workers,
                    prices, market);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(Messages.get("simulation.error.invalidOption", e.getMessage()));
            return 2;
        }
        FleetSimulator.Summary summary = FleetSimulator.run(config, out);
        spec.commandLine().getOut().println(Messages.get("simulation.done", summary.miners(), days, out,
                summary.failures(), summary.counterfactualRows(), Math.round(summary.seconds())));
        return 0;
    }
}
