package com.hashinsight.simulation;

import com.hashinsight.economics.CurtailmentSchedule;
import com.hashinsight.economics.EnergyCost;
import com.hashinsight.economics.HostingFees;
import com.hashinsight.economics.MinerGroup;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Cooling;
import java.util.SplittableRandom;

/**
 * Advances one miner in 5-minute steps: curtailment, power mode, temperatures, wear, failure onset,
 * precursors, failures and repairs, and the money. The real run and every counterfactual run use
 * this same loop; only the listener and whether the operator may change the power mode differ.
 */
final class MinerEngine {

    static final double STANDBY_W = 10.0;
    static final double MOVE_DOWNTIME_HOURS = 72.0;
    static final double MOVE_COST_USD = 60.0;
    static final double HOT_CHIP_C = 85.0;
    static final double PRECURSOR_RAMP_HOURS = 72.0;
    private static final int REBOOT_STEPS = 2;
    private static final double REBOOTS_PER_DAY = 1.0 / 45;
    private static final int HOT_STEPS_FOR_DOWNGRADE = 24;

    final World world;
    final MinerUnit unit;
    final MinerState state;
    final Totals totals = new Totals();
    final ThermalModel thermal = new ThermalModel();
    private final ThermalModel asIfRunning = new ThermalModel();
    private final RunListener listener;
    private final boolean operatorChangesConfig;

    // Observables of the current step, read by the listener.
    double ambientC;
    boolean running;
    boolean stoppedForPrice;
    boolean rebooting;
    boolean returnedThisStep;
    double hashThs;
    double wallW;
    int boardsNow;
    /** As-if-running onset hazard per hour and component, set when the listener tracks the oracle. */
    final double[] oracleRatePerHour = new double[3];
    /** Immediate onset hazard of a cycle at this step that the oracle counts, 0 otherwise. */
    double oracleCycleHazard;

    private SplittableRandom dayRandom;
    private int rebootStep = MinerState.NONE;
    private int reactiveRebootStep = MinerState.NONE;
    private CurtailmentSchedule schedule;
    private double voltageStress = 1.0;
    private final double[] stress = new double[3];

    MinerEngine(World world, MinerUnit unit, MinerState state, RunListener listener, boolean operatorChangesConfig) {
        this.world = world;
        this.unit = unit;
        this.state = state;
        this.listener = listener;
        this.operatorChangesConfig = operatorChangesConfig;
    }

    /** Runs steps [fromStep, toStep); fromStep must be the first step of a day. */
    void run(int fromStep, int toStep) {
        if (fromStep % World.STEPS_PER_DAY != 0) {
            throw new IllegalArgumentException("a run starts at a day boundary, got step " + fromStep);
        }
        for (int step = fromStep; step < toStep; step++) {
            step(step);
        }
    }

    /** Sends the miner to another site: it is down in transit and pays freight. */
    void moveTo(int siteIndex, int step) {
        state.plan = new OperatingPlan(siteIndex, state.plan.mode(), state.plan.firmware(), state.plan.policy());
        state.downUntilStep = Math.max(state.downUntilStep, step + steps(MOVE_DOWNTIME_HOURS));
        totals.moveCostUsd += MOVE_COST_USD;
        refreshSchedule();
    }

    SiteSeries series() {
        return world.series().get(state.plan.siteIndex());
    }

    /** Hours the hashboard (or another component) has shown precursors, 0 when healthy or failed. */
    double precursorHours(Component component, int step) {
        int c = component.ordinal();
        if (state.onsetStep[c] == MinerState.NONE || state.failedStep[c] != MinerState.NONE) {
            return 0;
        }
        return (step - state.onsetStep[c]) * World.STEP_HOURS;
    }

    private void step(int s) {
        int day = s / World.STEPS_PER_DAY;
        if (s % World.STEPS_PER_DAY == 0) {
            startDay(day, s);
        }
        SiteSeries series = series();
        int hour = s / World.STEPS_PER_HOUR;
        ambientC = series.ambientC[s];
        double dipDraw = dayRandom.nextDouble();
        double dropDraw = dayRandom.nextDouble();

        returnedThisStep = false;
        oracleCycleHazard = 0;
        if (state.down() && s >= state.downUntilStep) {
            finishRepair(s);
        }
        if (state.pullStep != MinerState.NONE && s >= state.pullStep) {
            state.pullStep = MinerState.NONE;
            startRepair(s, Component.HASHBOARD, "operator pulled the miner to replace a hashboard");
        }
        boolean down = state.down();

        boolean demandResponse = series.drRequested[hour];
        stoppedForPrice = schedule.isOff(hour);
        if (stoppedForPrice != state.offForPrice) {
            logCurtailment(s, demandResponse);
        }
        rebooting = inReboot(s, rebootStep) || inReboot(s, reactiveRebootStep);
        if (!down && (s == rebootStep || s == reactiveRebootStep)) {
            listener.event(s, "ACTION", "REBOOT", "", "", s == rebootStep ? "scheduled reboot" : "reboot after chip errors");
        }
        running = !down && !stoppedForPrice && !rebooting;

        computePower(series, applyPrecursorEffects(s, dipDraw, dropDraw), down);
        accrueHazards(s, series, down);
        if (running && !state.wasRunning) {
            cycle(s);
        }
        if (running) {
            state.lastSwingC = thermal.chipC - thermal.inletC;
        }
        progressFailures(s);
        account(series, hour, day, demandResponse, down);
        state.wasRunning = running;
        if (running && thermal.chipC > HOT_CHIP_C) {
            state.hotStepsToday++;
        }
        listener.stepped(s, this);
        if (s % World.STEPS_PER_DAY == World.STEPS_PER_DAY - 1) {
            endDay(day, s);
        }
    }

    private static boolean inReboot(int step, int rebootAt) {
        return rebootAt != MinerState.NONE && step >= rebootAt && step < rebootAt + REBOOT_STEPS;
    }

    /** Returns the hashrate factor of this step's precursor dip, and sets {@link #boardsNow}. */
    private double applyPrecursorEffects(int s, double dipDraw, double dropDraw) {
        boardsNow = state.boardsActive;
        double severity = Math.min(1.0, precursorHours(Component.HASHBOARD, s) / PRECURSOR_RAMP_HOURS);
        if (severity <= 0) {
            return 1.0;
        }
        if (dropDraw < 0.02 * severity && boardsNow > 1) {
            boardsNow--;
        }
        double dipProbability = 0.02 + 0.15 * severity;
        return dipDraw < dipProbability ? 1.0 - 0.3 * dipDraw / dipProbability : 1.0;
    }

    private void computePower(SiteSeries series, double dipFactor, boolean down) {
        PowerMode mode = state.plan.mode();
        ModelPhysics model = unit.model();
        double boardShare = (double) boardsNow / model.hashboards();
        double load = unit.powerFactor() * mode.powerRatio() * state.plan.firmware().powerFactor() * boardShare;
        Cooling cooling = series.plan.site().cooling();
        thermal.compute(cooling, hasFans(cooling), ambientC, load, unit.thermalFactor(), running);
        if (running) {
            wallW = model.nominalW() * load;
            hashThs = model.nominalThs() * unit.hashFactor() * mode.hashrateRatio() * boardShare * dipFactor;
        } else {
            wallW = down ? 0 : STANDBY_W;
            hashThs = 0;
        }
    }

    private boolean hasFans(Cooling cooling) {
        return unit.model().fans() > 0 && cooling == Cooling.AIR;
    }

    private double runningLoad() {
        return unit.powerFactor() * state.plan.mode().powerRatio() * state.plan.firmware().powerFactor();
    }

    private void accrueHazards(int s, SiteSeries series, boolean down) {
        Cooling cooling = series.plan.site().cooling();
        double load = running ? wallW / unit.model().nominalW() : 0.0;
        fillStress(thermal, running, load);
        for (int c = 0; c < 3; c++) {
            double rate = HazardModel.ratePerHour(c, stress[c], state.damageHours[c], unit.frailty()[c]);
            oracleRatePerHour[c] = rate;
            if (!down && state.healthy(c)) {
                state.cumulativeHazard[c] += rate * World.STEP_HOURS;
                if (state.cumulativeHazard[c] >= state.life[c].onsetThreshold()) {
                    state.onsetStep[c] = s;
                }
            }
            if (running) {
                state.damageHours[c] += stress[c] * World.STEP_HOURS;
            }
        }
        if (down && listener.tracksOracle()) {
            // The oracle estimates the path without the failure, so it rates a miner in repair as if it ran.
            boolean wouldRun = !stoppedForPrice;
            double asIfLoad = wouldRun ? runningLoad() : 0.0;
            asIfRunning.compute(cooling, hasFans(cooling), ambientC, asIfLoad, unit.thermalFactor(), wouldRun);
            fillStress(asIfRunning, wouldRun, asIfLoad);
            for (int c = 0; c < 3; c++) {
                oracleRatePerHour[c] = HazardModel.ratePerHour(c, stress[c], state.damageHours[c], unit.frailty()[c]);
            }
        }
    }

    private void fillStress(ThermalModel temps, boolean hashing, double load) {
        stress[0] = HazardModel.hashboardStress(temps.chipC, hashing ? voltageStress : 1.0);
        stress[1] = HazardModel.fanStress(temps.inletC, temps.fanDuty);
        stress[2] = HazardModel.psuStress(temps.psuAmbientC, load);
    }

    private void cycle(int s) {
        int hb = Component.HASHBOARD.ordinal();
        double swing = state.lastSwingC;
        totals.cycles++;
        state.damageHours[hb] += HazardModel.cycleDamageHours(swing);
        double hazard = HazardModel.cycleHazard(swing, state.damageHours[hb], unit.frailty()[hb]);
        oracleCycleHazard = returnedThisStep ? 0 : hazard;
        if (state.healthy(hb)) {
            state.cumulativeHazard[hb] += hazard;
            if (state.cumulativeHazard[hb] >= state.life[hb].onsetThreshold()) {
                state.onsetStep[hb] = s;
            }
        }
    }

    private void progressFailures(int s) {
        for (Component component : Component.ALL) {
            int c = component.ordinal();
            if (state.onsetStep[c] != MinerState.NONE && state.failedStep[c] == MinerState.NONE
                    && (s - state.onsetStep[c]) * World.STEP_HOURS >= state.life[c].latencyHours()) {
                fail(s, component);
            }
        }
    }

    private void fail(int s, Component component) {
        int c = component.ordinal();
        ComponentLife life = state.life[c];
        state.failedStep[c] = s;
        totals.failures++;
        totals.repairCostUsd += life.repairCostUsd();
        listener.failed(s, component, state.onsetStep[c], life);
        switch (component) {
            case HASHBOARD -> {
                int boards = unit.model().hashboards();
                listener.event(s, "ALERT", "BOARD_DOWN", Integer.toString(boards), Integer.toString(boards - 1),
                        "hashboard stopped responding");
                state.boardsActive = boards - 1;
                state.pullStep = state.down() ? s : s + steps(life.detectionHours());
            }
            case FAN -> {
                listener.event(s, "ALERT", "FAN_FAULT", "", "", "fan failed and the miner stopped");
                startRepair(s, component, "replace failed fan");
            }
            case PSU -> {
                listener.event(s, "ALERT", "PSU_FAULT", "", "", "power supply failed and the miner stopped");
                startRepair(s, component, "replace failed power supply");
            }
        }
    }

    private void startRepair(int s, Component component, String reason) {
        state.repairMask |= 1 << component.ordinal();
        int until = s + Math.max(1, steps(state.life[component.ordinal()].downtimeHours()));
        state.downUntilStep = Math.max(state.downUntilStep, until);
        listener.event(s, "ACTION", "REPAIR_START", "", component.name(), reason);
    }

    private void finishRepair(int s) {
        int mask = state.repairMask;
        for (Component component : Component.ALL) {
            if ((mask & (1 << component.ordinal())) != 0) {
                replace(component);
            }
        }
        state.downUntilStep = MinerState.NONE;
        state.repairMask = 0;
        returnedThisStep = mask != 0;
        if (mask != 0) {
            listener.returned(s, mask);
            listener.event(s, "ACTION", "REPAIR_DONE", "", "", "miner back in service");
        }
    }

    private void replace(Component component) {
        int c = component.ordinal();
        int boards = unit.model().hashboards();
        state.damageHours[c] = component == Component.HASHBOARD ? state.damageHours[c] * (boards - 1) / boards : 0.0;
        state.cumulativeHazard[c] = 0;
        state.installation[c]++;
        state.life[c] = ComponentLife.draw(world.config().seed(), unit.index(), component, state.installation[c], unit.model());
        state.onsetStep[c] = MinerState.NONE;
        state.failedStep[c] = MinerState.NONE;
        if (component == Component.HASHBOARD) {
            state.boardsActive = boards;
        }
    }

    private void logCurtailment(int s, boolean demandResponse) {
        state.offForPrice = stoppedForPrice;
        String reason = demandResponse ? "demand-response request" : "energy price versus breakeven under " + state.plan.policy().id();
        listener.event(s, "ACTION", stoppedForPrice ? "CURTAIL" : "RESUME", stoppedForPrice ? "on" : "off",
                stoppedForPrice ? "off" : "on", reason);
    }

    /** Looks up the economics engine's schedule for the miner's current site, policy, mode and firmware. */
    private void refreshSchedule() {
        ModelPhysics model = unit.model();
        PowerMode mode = state.plan.mode();
        FirmwareMode firmware = state.plan.firmware();
        MinerGroup group = new MinerGroup(model.model() + " " + mode + " " + firmware, 1, model.nominalThs() * mode.hashrateRatio(),
                model.nominalW() * mode.powerRatio() * firmware.powerFactor());
        schedule = series().schedule(state.plan.policy(), group);
        voltageStress = HazardModel.voltageStress(mode.voltageRatio());
    }

    /** Books the step's money with the economics engine's formulas. */
    private void account(SiteSeries series, int hour, int day, boolean demandResponse, boolean down) {
        Contract contract = series.plan.contract();
        double pue = series.pue();
        double minerKwh = wallW * World.STEP_HOURS / 1000.0;
        totals.energyKwh += EnergyCost.meteredMwh(wallW, World.STEP_HOURS, pue) * 1000.0;
        totals.energyCostUsd += EnergyCost.intervalCostUsd(wallW, World.STEP_HOURS, series.contractUsdPerMwh[hour], pue)
                + HostingFees.energyFeeUsd(minerKwh, contract.hostingUsdPerKwh());
        totals.revenueUsd += hashThs * world.market().usdPerThDay[day] * World.STEP_HOURS / 24.0;
        if (demandResponse && stoppedForPrice && !down) {
            double avoidedMwh = EnergyCost.meteredMwh(unit.model().nominalW() * runningLoad(), World.STEP_HOURS, pue);
            totals.drPaymentUsd += avoidedMwh * contract.drPaymentUsdPerMwh();
        }
        if (stoppedForPrice && !down) {
            totals.curtailedHours += World.STEP_HOURS;
        }
        if (down) {
            totals.downtimeHours += World.STEP_HOURS;
        }
        if (running) {
            totals.hashingSteps++;
            totals.chipTempSumWhileHashing += thermal.chipC;
        }
    }

    private void startDay(int day, int s) {
        dayRandom = RandomStreams.stream(world.config().seed(), RandomStreams.MINER_DAY, unit.index(), day);
        double rebootDraw = dayRandom.nextDouble();
        double rebootAt = dayRandom.nextDouble();
        double reactiveDraw = dayRandom.nextDouble();
        double reactiveAt = dayRandom.nextDouble();
        double rebootRate = REBOOTS_PER_DAY * state.plan.firmware().rebootRateFactor();
        rebootStep = rebootDraw < rebootRate ? s + (int) (rebootAt * World.STEPS_PER_DAY) : MinerState.NONE;
        boolean longPrecursor = precursorHours(Component.HASHBOARD, s) > 24;
        reactiveRebootStep = longPrecursor && reactiveDraw < 0.5 ? s + (int) (reactiveAt * World.STEPS_PER_DAY) : MinerState.NONE;

        state.hotStepsToday = 0;
        refreshSchedule();

        listener.dayStarted(day, this);
        Contract contract = series().plan.contract();
        totals.hostingCostUsd += HostingFees.capacityFeeUsd(unit.model().nominalW() / 1000.0, contract.hostingUsdPerKwMonth(), 1.0);
    }

    private void endDay(int day, int s) {
        if (operatorChangesConfig && state.hotStepsToday >= HOT_STEPS_FOR_DOWNGRADE && state.plan.mode() != PowerMode.ECO) {
            PowerMode old = state.plan.mode();
            state.plan = state.plan.withMode(old.lower());
            refreshSchedule();
            listener.event(s, "ACTION", "POWER_MODE", old.name(), state.plan.mode().name(), "chips above 85 C for 2 hours");
        }
        listener.dayEnded(day, this);
    }

    static int steps(double hours) {
        return (int) Math.ceil(hours / World.STEP_HOURS);
    }
}
