package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Annual failure rates stay in a plausible band of 3 % to 30 % a year. Vendors treat about 5 % as
 * normal, a bad batch reached 20–30 %, and hosts reported about 10 % on one model. The sources are
 * named in docs/simulator.md.
 */
class FailureRateBandTest {

    private static final double MIN_ANNUAL_RATE = 0.03;
    private static final double MAX_ANNUAL_RATE = 0.30;
    private static final double DAYS_PER_YEAR = 365.25;

    @Test
    void annualOnsetRateLiesInBand() {
        Path world = SmallWorlds.simulate(SimulationConfig.of(21, 60, 30).withAnchorEveryDays(0).withTelemetryMinutes(60)
                .withThreads(2));
        List<MinerDayRecord> days = GroundTruthReader.open(world).minerDays();

        double meanHazard = days.stream().mapToDouble(MinerDayRecord::hazardPerDay).average().orElseThrow();
        double annualRate = -Math.expm1(-meanHazard * DAYS_PER_YEAR);

        assertTrue(annualRate >= MIN_ANNUAL_RATE, "annual rate " + annualRate + " below " + MIN_ANNUAL_RATE);
        assertTrue(annualRate <= MAX_ANNUAL_RATE, "annual rate " + annualRate + " above " + MAX_ANNUAL_RATE);
    }

    @Test
    void realisedFailuresMatchTheTrueHazard() {
        Path world = SmallWorlds.simulate(SimulationConfig.of(22, 60, 30).withAnchorEveryDays(0).withTelemetryMinutes(60)
                .withThreads(2));
        GroundTruthReader truth = GroundTruthReader.open(world);
        double expected = truth.minerDays().stream().mapToDouble(MinerDayRecord::hazardPerDay).sum();
        int observed = truth.failures().size();

        // Onsets that fail after the window and failures of earlier onsets roughly cancel. The slack is four
        // Poisson standard deviations plus a small constant for what does not cancel.
        double slack = 4 * Math.sqrt(expected) + 3;
        assertTrue(Math.abs(observed - expected) <= slack, "observed " + observed + " failures, expected " + expected);
    }
}
