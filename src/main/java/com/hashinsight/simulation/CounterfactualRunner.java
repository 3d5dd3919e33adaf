package com.hashinsight.simulation;

import java.util.HashMap;
import java.util.Map;

/**
 * Re-runs one miner from an anchor day under every candidate, from the same state snapshot and with
 * the same random streams as the real run, and records the outcome at each horizon.
 *
 * <p>The candidate's plan is held for the whole horizon: the operator does not lower the power mode
 * of a hot miner, unlike in the real run. Reboots, repairs and curtailment follow the same rules.
 */
final class CounterfactualRunner {

    private CounterfactualRunner() {
    }

    static void run(World world, MinerUnit unit, MinerState snapshot, int anchorDay, StringBuilder out) {
        // Candidates that give the same plan (for example "stock mode" for a miner already in stock mode) have
        // the same outcome, so each distinct plan runs once.
        Map<OperatingPlan, Totals[]> outcomes = new HashMap<>();
        for (Candidate candidate : world.candidates()) {
            OperatingPlan plan = apply(world, unit, snapshot.plan, candidate);
            Totals[] atHorizons = plan == null ? null : outcomes.computeIfAbsent(plan,
                    p -> runPlan(world, unit, snapshot, anchorDay, p));
            for (int h = 0; h < World.HORIZONS_DAYS.size(); h++) {
                int horizon = World.HORIZONS_DAYS.get(h);
                Totals t = atHorizons == null ? null : atHorizons[h];
                if (t == null) {
                    GroundTruthCsv.appendCounterfactual(out, new CounterfactualRecord(unit.serial(), anchorDay, candidate.id(),
                            horizon, false, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN));
                } else {
                    GroundTruthCsv.appendCounterfactual(out, new CounterfactualRecord(unit.serial(), anchorDay, candidate.id(),
                            horizon, true, t.netProfitUsd(), t.revenueUsd, t.energyCostUsd, t.energyKwh, t.downtimeHours,
                            t.failures, t.cycles, t.curtailedHours));
                }
            }
        }
    }

    /** Returns the plan {@code candidate} gives a miner now on {@code current}, or null when it cannot apply. */
    static OperatingPlan apply(World world, MinerUnit unit, OperatingPlan current, Candidate candidate) {
        if (candidate.kind() == CandidateKind.PRESET) {
            return world.presets().plan(unit.clientId(), unit.model().waterCooled(), candidate.id());
        }
        int siteIndex = candidate.siteId() == null ? current.siteIndex() : world.siteIndex(candidate.siteId());
        if (!world.sites().get(siteIndex).accepts(unit.model())) {
            return null;
        }
        PowerMode mode = candidate.powerMode() == null ? current.mode() : candidate.powerMode();
        FirmwareMode firmware = candidate.firmware() == null ? current.firmware() : candidate.firmware();
        PolicyPreset policy = candidate.curtailmentPolicy() == null
                ? current.policy() : PolicyPreset.byId(candidate.curtailmentPolicy());
        return new OperatingPlan(siteIndex, mode, firmware, policy);
    }

    /** Runs {@code plan} from the snapshot; returns the totals at each horizon, null where the horizon does not fit. */
    private static Totals[] runPlan(World world, MinerUnit unit, MinerState snapshot, int anchorDay, OperatingPlan plan) {
        MinerState state = snapshot.copy();
        state.plan = new OperatingPlan(snapshot.plan.siteIndex(), plan.mode(), plan.firmware(), plan.policy());
        MinerEngine engine = new MinerEngine(world, unit, state, RunListener.NONE, false);
        int from = anchorDay * World.STEPS_PER_DAY;
        if (plan.siteIndex() != snapshot.plan.siteIndex()) {
            engine.moveTo(plan.siteIndex(), from);
        }
        Totals[] atHorizons = new Totals[World.HORIZONS_DAYS.size()];
        int doneStep = from;
        for (int h = 0; h < atHorizons.length; h++) {
            int horizon = World.HORIZONS_DAYS.get(h);
            if (anchorDay + horizon > Math.min(world.dataDays(), world.exogenousDays())) {
                break;
            }
            int to = from + horizon * World.STEPS_PER_DAY;
            engine.run(doneStep, to);
            doneStep = to;
            atHorizons[h] = engine.totals.copy();
        }
        return atHorizons;
    }
}
