package com.hashinsight.simulation;

/**
 * Simulates one miner completely: the real run over the written days plus the label tail, with a
 * state snapshot at each anchor day, then every candidate from every anchor.
 */
final class MinerSimulation {

    /** Text this miner adds to each output file, in the file's own format. */
    record Output(StringBuilder telemetry, StringBuilder events, StringBuilder minerDays, StringBuilder failures,
            StringBuilder counterfactuals) {
    }

    private MinerSimulation() {
    }

    static Output run(World world, MinerUnit unit, OutputClock clock) {
        Output output = new Output(new StringBuilder(1 << 16), new StringBuilder(), new StringBuilder(), new StringBuilder(),
                new StringBuilder());
        RealRunRecorder recorder = new RealRunRecorder(world, unit, clock.stepTimes(), clock.windowEndTimes(),
                output.telemetry(), output.events());
        MinerState state = MinerState.initial(world.config().seed(), unit);
        MinerEngine engine = new MinerEngine(world, unit, state, recorder, true);

        MinerState[] snapshots = new MinerState[world.anchorDays().size()];
        int doneStep = 0;
        for (int a = 0; a < snapshots.length; a++) {
            int anchorStep = world.anchorDays().get(a) * World.STEPS_PER_DAY;
            engine.run(doneStep, anchorStep);
            doneStep = anchorStep;
            snapshots[a] = state.copy();
        }
        engine.run(doneStep, world.simulatedDays() * World.STEPS_PER_DAY);
        recorder.ledger().write(output.minerDays(), output.failures());

        for (int a = 0; a < snapshots.length; a++) {
            CounterfactualRunner.run(world, unit, snapshots[a], world.anchorDays().get(a), output.counterfactuals());
        }
        return output;
    }
}
