package com.hashinsight.simulation;

import java.util.Arrays;

/**
 * The mutable state of one miner between steps. {@link #copy()} snapshots it at a counterfactual
 * anchor, so each candidate starts from the same wear, component lives and repairs in progress.
 */
final class MinerState {

    static final int NONE = -1;

    OperatingPlan plan;
    final double[] damageHours = new double[3];
    final double[] cumulativeHazard = new double[3];
    final int[] installation = new int[3];
    final ComponentLife[] life = new ComponentLife[3];
    final int[] onsetStep = {NONE, NONE, NONE};
    final int[] failedStep = {NONE, NONE, NONE};
    int boardsActive;
    /** Step at which the operator pulls a miner with a dead hashboard, or NONE. */
    int pullStep = NONE;
    /** Step at which a miner down for repair or a move hashes again, or NONE. */
    int downUntilStep = NONE;
    /** Bit c set: component c is replaced when the miner returns. */
    int repairMask;
    /** True while the curtailment schedule (price or demand response) keeps the miner off. */
    boolean offForPrice;
    boolean wasRunning = true;
    /** Chip minus inlet temperature in °C at the last hashing step, the swing of the next cycle. */
    double lastSwingC = 40.0;
    int hotStepsToday;

    private MinerState() {
    }

    static MinerState initial(long seed, MinerUnit unit) {
        MinerState state = new MinerState();
        state.plan = unit.initialPlan();
        state.boardsActive = unit.model().hashboards();
        for (Component component : Component.values()) {
            int c = component.ordinal();
            state.damageHours[c] = unit.initialDamage()[c];
            state.life[c] = ComponentLife.draw(seed, unit.index(), component, 0, unit.model());
        }
        return state;
    }

    boolean healthy(int component) {
        return onsetStep[component] == NONE && failedStep[component] == NONE;
    }

    boolean down() {
        return downUntilStep != NONE;
    }

    MinerState copy() {
        MinerState copy = new MinerState();
        copy.plan = plan;
        System.arraycopy(damageHours, 0, copy.damageHours, 0, 3);
        System.arraycopy(cumulativeHazard, 0, copy.cumulativeHazard, 0, 3);
        System.arraycopy(installation, 0, copy.installation, 0, 3);
        System.arraycopy(life, 0, copy.life, 0, 3);
        System.arraycopy(onsetStep, 0, copy.onsetStep, 0, 3);
        System.arraycopy(failedStep, 0, copy.failedStep, 0, 3);
        copy.boardsActive = boardsActive;
        copy.pullStep = pullStep;
        copy.downUntilStep = downUntilStep;
        copy.repairMask = repairMask;
        copy.offForPrice = offForPrice;
        copy.wasRunning = wasRunning;
        copy.lastSwingC = lastSwingC;
        copy.hotStepsToday = hotStepsToday;
        return copy;
    }

    @Override
    public String toString() {
        return "MinerState[plan=" + plan + ", damage=" + Arrays.toString(damageHours) + ", onset=" + Arrays.toString(onsetStep)
                + ", failed=" + Arrays.toString(failedStep) + ", down=" + downUntilStep + "]";
    }
}
