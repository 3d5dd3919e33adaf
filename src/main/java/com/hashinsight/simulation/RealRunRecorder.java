package com.hashinsight.simulation;

/**
 * Listener of a miner's real run: writes its telemetry and events for the written days and keeps
 * its day ledger for the labels, including the label tail after the written days.
 */
final class RealRunRecorder implements RunListener {

    private final long seed;
    private final int minerIndex;
    private final int writtenSteps;
    private final TelemetryRecorder telemetry;
    private final EventLog events;
    private final DayLedger ledger;

    RealRunRecorder(World world, MinerUnit unit, String[] stepTimes, String[] windowEndTimes, StringBuilder telemetryOut,
            StringBuilder eventsOut) {
        this.seed = world.config().seed();
        this.minerIndex = unit.index();
        this.writtenSteps = world.days() * World.STEPS_PER_DAY;
        this.events = new EventLog(eventsOut, stepTimes, unit.serial(), writtenSteps);
        int windowSteps = world.config().telemetryMinutes() / World.STEP_MINUTES;
        this.telemetry = new TelemetryRecorder(telemetryOut, windowEndTimes, windowSteps, unit.serial(), events);
        this.ledger = new DayLedger(unit, world.start(), world.days(), world.simulatedDays());
    }

    DayLedger ledger() {
        return ledger;
    }

    @Override
    public boolean tracksOracle() {
        return true;
    }

    @Override
    public void dayStarted(int day, MinerEngine engine) {
        ledger.startDay(day, engine);
        telemetry.startDay(seed, minerIndex, day);
    }

    @Override
    public void stepped(int step, MinerEngine engine) {
        ledger.step(step, engine);
        if (step < writtenSteps) {
            telemetry.record(step, engine);
        }
    }

    @Override
    public void dayEnded(int day, MinerEngine engine) {
        ledger.endDay(day, engine);
    }

    @Override
    public void event(int step, String kind, String type, String oldValue, String newValue, String reason) {
        events.add(step, kind, type, oldValue, newValue, reason);
    }

    @Override
    public void failed(int step, Component component, int onsetStep, ComponentLife life) {
        ledger.failed(step, component, onsetStep, life);
    }

    @Override
    public void returned(int step, int repairMask) {
        ledger.returned(step, repairMask);
    }
}
