package com.hashinsight.simulation;

import com.hashinsight.i18n.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--prices", description = "Energy prices file (energy-prices CSV or ERCOT hourly CSV) to use as the spot "
            + "series of the sites whose settlement point it has.")
    Path prices;

    @Option(names = "--market", description = "Market history file (BTC daily prices, network daily or difficulty epochs) to "
            + "use as the market path; repeat for several files.")
    List<Path> market = new ArrayList<>();

    @Option(names = "--start", description = "First UTC day, YYYY-MM-DD (default: the first day of --prices or --market, "
            + "else 2026-01-01).")
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

    @Option(names = "--air-models", split = ",", paramLabel = "NAME",
            description = "Air-cooled miner models to place, by catalog name, comma-separated, drawn with equal weight "
                    + "(default: Antminer S19j Pro, Antminer S21 and Whatsminer M60S in a fixed mix).")
    List<String> airModels = List.of();

    @Option(names = "--threads", description = "Worker threads; the output does not depend on it (default: available processors).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        SimulationConfig config;
        try {
            config = new SimulationConfig(seed, miners, days, start, sites, clients, telemetryMinutes, anchorEveryDays, workers,
                    prices, market, airModels);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(Messages.get("simulation.error.invalidOption", e.getMessage()));
            return 2;
        }
        FleetSimulator.Summary summary;
        try {
            summary = FleetSimulator.run(config, out);
        } catch (SimulationInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        spec.commandLine().getOut().println(Messages.get("simulation.done", summary.miners(), days, out,
                summary.failures(), summary.counterfactualRows(), Math.round(summary.seconds())));
        return 0;
    }
}
