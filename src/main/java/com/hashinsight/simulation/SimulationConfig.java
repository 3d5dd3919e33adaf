package com.hashinsight.simulation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Options of one simulated world.
 *
 * @param seed              world seed; the same options and seed give the same output bytes
 * @param miners            number of miners, positive
 * @param days              days of telemetry and labels, positive
 * @param startDate         first UTC day; null for the first day of the imported prices or market data,
 *                          or {@link #DEFAULT_START} without them
 * @param sites             number of sites, 1..4
 * @param clients           number of clients, positive
 * @param telemetryMinutes  telemetry row interval, a multiple of 5 that divides 1440
 * @param anchorEveryDays   days between counterfactual anchors; anchors are 0, n, 2n, ... below {@code days};
 *                          0 runs no counterfactuals
 * @param threads           worker threads, positive; the output does not depend on it
 * @param pricesFile        energy-prices CSV to use as the spot series; null for synthetic prices
 * @param marketFiles       market files (BTC prices, network daily, difficulty epochs) to use as the
 *                          market path; empty for Monte Carlo
 * @param airModels         catalog names of the air-cooled models placed at air and immersion sites, drawn
 *                          with equal weight; empty for the default mix of S19j Pro, S21 and M60S
 */
public record SimulationConfig(long seed, int miners, int days, LocalDate startDate, int sites, int clients,
        int telemetryMinutes, int anchorEveryDays, int threads, Path pricesFile, List<Path> marketFiles,
        List<String> airModels) {

    /** Default first day of a world. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 1);

    public SimulationConfig {
        marketFiles = List.copyOf(marketFiles);
        airModels = List.copyOf(airModels);
        for (String name : airModels) {
            ModelPhysics.airModel(name);
        }
        if (miners <= 0) {
            throw new IllegalArgumentException("miners must be positive, got " + miners);
        }
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive, got " + days);
        }
        if (sites < 1 || sites > SiteCatalog.MAX_SITES) {
            throw new IllegalArgumentException("sites must be between 1 and " + SiteCatalog.MAX_SITES + ", got " + sites);
        }
        if (clients <= 0) {
            throw new IllegalArgumentException("clients must be positive, got " + clients);
        }
        if (telemetryMinutes <= 0 || telemetryMinutes % World.STEP_MINUTES != 0 || 1440 % telemetryMinutes != 0) {
            throw new IllegalArgumentException("telemetryMinutes must be a multiple of 5 that divides 1440, got " + telemetryMinutes);
        }
        if (anchorEveryDays < 0) {
            throw new IllegalArgumentException("anchorEveryDays must not be negative, got " + anchorEveryDays);
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
    }

    /** Options with defaults for everything but seed, miners and days. */
    public static SimulationConfig of(long seed, int miners, int days) {
        return new SimulationConfig(seed, miners, days, DEFAULT_START, 3, 2, 5, 30, 1, null, List.of(), List.of());
    }

    public SimulationConfig withTelemetryMinutes(int minutes) {
        return new SimulationConfig(seed, miners, days, startDate, sites, clients, minutes, anchorEveryDays, threads,
                pricesFile, marketFiles, airModels);
    }

    public SimulationConfig withThreads(int count) {
        return new SimulationConfig(seed, miners, days, startDate, sites, clients, telemetryMinutes, anchorEveryDays, count,
                pricesFile, marketFiles, airModels);
    }

    public SimulationConfig withAnchorEveryDays(int everyDays) {
        return new SimulationConfig(seed, miners, days, startDate, sites, clients, telemetryMinutes, everyDays, threads,
                pricesFile, marketFiles, airModels);
    }

    public SimulationConfig withStartDate(LocalDate date) {
        return new SimulationConfig(seed, miners, days, date, sites, clients, telemetryMinutes, anchorEveryDays, threads,
                pricesFile, marketFiles, airModels);
    }

    public SimulationConfig withInputs(Path prices, List<Path> market) {
        return new SimulationConfig(seed, miners, days, startDate, sites, clients, telemetryMinutes, anchorEveryDays, threads,
                prices, market, airModels);
    }

    /** Returns true when prices or market data come from files. */
    public boolean hasInputFiles() {
        return pricesFile != null || !marketFiles.isEmpty();
    }

    public SimulationConfig withSites(int count) {
        return new SimulationConfig(seed, miners, days, startDate, count, clients, telemetryMinutes, anchorEveryDays, threads,
                pricesFile, marketFiles, airModels);
    }

    public SimulationConfig withAirModels(List<String> names) {
        return new SimulationConfig(seed, miners, days, startDate, sites, clients, telemetryMinutes, anchorEveryDays, threads,
                pricesFile, marketFiles, names);
    }
}
