package com.hashinsight.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects one miner's real run per day (money, uptime, oracle hazard, hidden precursor state) and
 * its failures, then writes the {@code miner-days.csv} and {@code failures.csv} rows once the label
 * tail has been simulated.
 */
final class DayLedger {

    private final MinerUnit unit;
    private final LocalDate start;
    private final long startEpochSecond;
    private final int writtenDays;
    private final double[][] dailyHazard;
    private final double[][] precursorAtStart;
    private final boolean[] inService;
    private final List<MinerDayRecord> days = new ArrayList<>();
    private final List<Integer> failureSteps = new ArrayList<>();
    private final List<FailureRecord> failures = new ArrayList<>();
    private final int[] openFailure = {-1, -1, -1};
    private Totals dayStart;
    private int simulatedSteps;

    DayLedger(MinerUnit unit, LocalDate start, int writtenDays, int simulatedDays) {
        this.unit = unit;
        this.start = start;
        this.startEpochSecond = start.toEpochDay() * 86_400L;
        this.writtenDays = writtenDays;
        this.dailyHazard = new double[3][simulatedDays];
        this.precursorAtStart = new double[3][simulatedDays];
        this.inService = new boolean[simulatedDays];
    }

    void startDay(int day, MinerEngine engine) {
        dayStart = engine.totals.copy();
        inService[day] = !engine.state.down();
        int step = day * World.STEPS_PER_DAY;
        for (Component component : Component.ALL) {
            int c = component.ordinal();
            if (engine.state.failedStep[c] != MinerState.NONE) {
                precursorAtStart[c][day] = OracleLabels.FAILED;
            } else if (engine.state.onsetStep[c] != MinerState.NONE) {
                precursorAtStart[c][day] = engine.precursorHours(component, step);
            } else {
                precursorAtStart[c][day] = OracleLabels.HEALTHY;
            }
        }
    }

    void step(int step, MinerEngine engine) {
        int day = step / World.STEPS_PER_DAY;
        for (int c = 0; c < 3; c++) {
            dailyHazard[c][day] += engine.oracleRatePerHour[c] * World.STEP_HOURS;
        }
        dailyHazard[Component.HASHBOARD.ordinal()][day] += engine.oracleCycleHazard;
        simulatedSteps = step + 1;
    }

    void endDay(int day, MinerEngine engine) {
        if (day >= writtenDays) {
            return;
        }
        Totals end = engine.totals;
        int hashingSteps = end.hashingSteps - dayStart.hashingSteps;
        double chipMean = hashingSteps == 0 ? Double.NaN
                : (end.chipTempSumWhileHashing - dayStart.chipTempSumWhileHashing) / hashingSteps;
        days.add(new MinerDayRecord(unit.serial(), start.plusDays(day), day, inService[day], isDegraded(day),
                Double.NaN, Double.NaN, Double.NaN, 0, 0,
                (double) hashingSteps / World.STEPS_PER_DAY, end.curtailedHours - dayStart.curtailedHours,
                end.cycles - dayStart.cycles, end.energyKwh - dayStart.energyKwh, end.revenueUsd - dayStart.revenueUsd,
                end.energyCostUsd - dayStart.energyCostUsd, end.hostingCostUsd - dayStart.hostingCostUsd,
                end.repairCostUsd - dayStart.repairCostUsd, end.drPaymentUsd - dayStart.drPaymentUsd,
                end.netProfitUsd() - dayStart.netProfitUsd(), chipMean, engine.state.plan.mode()));
    }

    void failed(int step, Component component, int onsetStep, ComponentLife life) {
        failureSteps.add(step);
        if (step < writtenDays * World.STEPS_PER_DAY) {
            openFailure[component.ordinal()] = failures.size();
            failures.add(new FailureRecord(unit.serial(), component, time(onsetStep), time(step), null, Double.NaN,
                    life.repairCostUsd()));
        }
    }

    void returned(int step, int repairMask) {
        for (int c = 0; c < 3; c++) {
            if ((repairMask & (1 << c)) != 0 && openFailure[c] >= 0) {
                FailureRecord open = failures.get(openFailure[c]);
                double hours = (step * World.STEP_SECONDS - (open.failedTime().getEpochSecond() - startEpochSecond)) / 3600.0;
                failures.set(openFailure[c], new FailureRecord(open.serial(), open.component(), open.onsetTime(),
                        open.failedTime(), time(step), hours, open.repairCostUsd()));
                openFailure[c] = -1;
            }
        }
    }

    /** Appends the finished rows: labels for every written day, then this miner's failures. */
    void write(StringBuilder minerDays, StringBuilder failureRows) {
        for (MinerDayRecord row : days) {
            GroundTruthCsv.appendMinerDay(minerDays, withLabels(row));
        }
        for (int c = 0; c < 3; c++) {
            if (openFailure[c] >= 0) {
                FailureRecord open = failures.get(openFailure[c]);
                double hours = (simulatedSteps * World.STEP_SECONDS - (open.failedTime().getEpochSecond() - startEpochSecond)) / 3600.0;
                failures.set(openFailure[c], new FailureRecord(open.serial(), open.component(), open.onsetTime(),
                        open.failedTime(), null, hours, open.repairCostUsd()));
            }
        }
        failures.sort(java.util.Comparator.comparing(FailureRecord::failedTime).thenComparing(FailureRecord::component));
        for (FailureRecord failure : failures) {
            GroundTruthCsv.appendFailure(failureRows, failure);
        }
    }

    List<MinerDayRecord> labelledDays() {
        return days.stream().map(this::withLabels).toList();
    }

    private MinerDayRecord withLabels(MinerDayRecord row) {
        int day = row.day();
        double hazard = 0;
        for (int c = 0; c < 3; c++) {
            hazard += dailyHazard[c][day];
        }
        return new MinerDayRecord(row.serial(), row.date(), day, row.inService(), row.degraded(), hazard,
                OracleLabels.failureProbability(dailyHazard, precursorAtStart, day, 7),
                OracleLabels.failureProbability(dailyHazard, precursorAtStart, day, 30),
                failedWithin(day, 7), failedWithin(day, 30), row.uptimeFraction(), row.curtailedHours(), row.cycles(),
                row.energyKwh(), row.revenueUsd(), row.energyCostUsd(), row.hostingCostUsd(), row.repairCostUsd(),
                row.drPaymentUsd(), row.netProfitUsd(), row.meanChipTempC(), row.powerMode());
    }

    private boolean isDegraded(int day) {
        for (int c = 0; c < 3; c++) {
            if (precursorAtStart[c][day] >= 0) {
                return true;
            }
        }
        return false;
    }

    private int failedWithin(int day, int windowDays) {
        int from = day * World.STEPS_PER_DAY;
        int to = (day + windowDays) * World.STEPS_PER_DAY;
        for (int step : failureSteps) {
            if (step >= from && step < to) {
                return 1;
            }
        }
        return 0;
    }

    private Instant time(int step) {
        return Instant.ofEpochSecond(startEpochSecond + step * World.STEP_SECONDS);
    }
}
