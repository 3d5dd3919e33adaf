package com.hashinsight.simulation;

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
        for (Candidate candidate : world.candidates()) {
            runCandidate(world, unit, snapshot, anchorDay, candidate, out);
        }
    }

    /** Returns the plan {@code candidate} gives a miner now on {@code current}, or null when it cannot apply. */
    static OperatingPlan apply(World world, MinerUnit unit, OperatingPlan current, Candidate candidate) {
        int siteIndex = candidate.siteId() == null ? current.siteIndex() : world.siteIndex(candidate.siteId());
        if (!world.sites().get(siteIndex).accepts(unit.model())) {
            return null;
        }
        PowerMode mode = candidate.powerMode() == null ? current.mode() : candidate.powerMode();
        FirmwareMode firmware = candidate.firmware() == null ? current.firmware() : candidate.firmware();
        CurtailmentPolicy policy = candidate.curtailmentPolicy() == null
                ? current.policy() : CurtailmentPolicy.byId(candidate.curtailmentPolicy());
        return new OperatingPlan(siteIndex, mode, firmware, policy);
    }

    private static void runCandidate(World world, MinerUnit unit, MinerState snapshot, int anchorDay, Candidate candidate,
            StringBuilder out) {
        OperatingPlan plan = apply(world, unit, snapshot.plan, candidate);
        MinerEngine engine = null;
        int from = anchorDay * World.STEPS_PER_DAY;
        if (plan != null) {
            MinerState state = snapshot.copy();
            state.plan = new OperatingPlan(snapshot.plan.siteIndex(), plan.mode(), plan.firmware(), plan.policy());
            engine = new MinerEngine(world, unit, state, RunListener.NONE, false);
            if (plan.siteIndex() != snapshot.plan.siteIndex()) {
                engine.moveTo(plan.siteIndex(), from);
            }
        }
        int doneStep = from;
        for (int horizon : World.HORIZONS_DAYS) {
            boolean fits = anchorDay + horizon <= world.exogenousDays();
            if (engine == null || !fits) {
                GroundTruthCsv.appendCounterfactual(out, new CounterfactualRecord(unit.serial(), anchorDay, candidate.id(),
                        horizon, false, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN));
                continue;
            }
            int to = from + horizon * World.STEPS_PER_DAY;
            engine.run(doneStep, to);
            doneStep = to;
            Totals t = engine.totals;
            GroundTruthCsv.appendCounterfactual(out, new CounterfactualRecord(unit.serial(), anchorDay, candidate.id(), horizon,
                    true, t.netProfitUsd(), t.revenueUsd, t.energyCostUsd, t.energyKwh, t.downtimeHours, t.failures, t.cycles,
                    t.curtailedHours));
        }
    }
}
