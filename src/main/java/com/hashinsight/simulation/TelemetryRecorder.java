package com.hashinsight.simulation;

import java.util.SplittableRandom;

/**
 * Turns a miner's steps into {@code telemetry-csv} rows, one per telemetry window, with sensor noise
 * and the visible precursors of a failing component: chip errors, temperature jitter, fan speed
 * swings and power ripple. Noise comes from the miner's telemetry stream and never changes an outcome.
 */
final class TelemetryRecorder {

    static final String HEADER = "timestamp_utc,serial,hashrate_ths,hashrate_window_s,power_w,board_temp_c,chip_temp_c,"
            + "inlet_temp_c,outlet_temp_c,fan_rpm,boards_active,chip_errors,status,error_codes";
    static final double CHIP_ERRORS_ALERT = 100;
    private static final int STATUS_OFF = 0;
    private static final int STATUS_OK = 1;
    private static final int STATUS_WARN = 2;
    private static final int STATUS_FAULT = 3;
    private static final String[] STATUS_NAMES = {"OFF", "OK", "WARN", "FAULT"};
    private static final String[] ERROR_CODES = {"HW_ERRORS", "BOARD_LOST", "TEMP_HIGH", "FAN_RPM", "PSU_VOLTAGE", "FAN_FAIL", "PSU_FAIL"};
    private static final int CODE_HW = 1;
    private static final int CODE_BOARD = 2;
    private static final int CODE_TEMP = 4;
    private static final int CODE_FAN_RPM = 8;
    private static final int CODE_PSU = 16;
    private static final int CODE_FAN_FAIL = 32;
    private static final int CODE_PSU_FAIL = 64;
    private static final double INCOMPLETE_SHARE = 0.002;

    private final StringBuilder out;
    private final String[] windowEndTimes;
    private final int windowSteps;
    private final String serial;
    private final EventLog events;

    private SplittableRandom noise;
    private int stepsInWindow;
    private double hashSum;
    private double powerSum;
    private double chipMax;
    private double boardMax;
    private double inletSum;
    private int inletCount;
    private double outletSum;
    private double fanSum;
    private int runningSteps;
    private int boardsMin;
    private double chipErrors;
    private int status;
    private int codes;
    private int lastTempAlertStep = -1_000_000;
    private int lastHashAlertStep = -1_000_000;
    private int lastErrorAlertDay = -1;

    TelemetryRecorder(StringBuilder out, String[] windowEndTimes, int windowSteps, String serial, EventLog events) {
        this.out = out;
        this.windowEndTimes = windowEndTimes;
        this.windowSteps = windowSteps;
        this.serial = serial;
        this.events = events;
        reset();
    }

    void startDay(long seed, int minerIndex, int day) {
        noise = RandomStreams.stream(seed, RandomStreams.TELEMETRY, minerIndex, day);
    }

    void record(int step, MinerEngine engine) {
        double hbSeverity = Math.min(1.0, engine.precursorHours(Component.HASHBOARD, step) / MinerEngine.PRECURSOR_RAMP_HOURS);
        double fanSeverity = Math.min(1.0, engine.precursorHours(Component.FAN, step) / 24.0);
        double psuSeverity = Math.min(1.0, engine.precursorHours(Component.PSU, step) / 12.0);

        stepsInWindow++;
        hashSum += engine.hashThs;
        double ripple = 1.0 + (0.003 + 0.03 * psuSeverity) * RandomStreams.gaussian(noise);
        powerSum += engine.wallW * ripple;
        if (!engine.state.down()) {
            inletSum += engine.thermal.inletC + 0.3 * RandomStreams.gaussian(noise);
            inletCount++;
        }

        if (engine.running) {
            recordHashing(engine, hbSeverity, fanSeverity, psuSeverity);
        }
        if (engine.state.failedStep[Component.FAN.ordinal()] == step) {
            codes |= CODE_FAN_FAIL;
            status = STATUS_FAULT;
        }
        if (engine.state.failedStep[Component.PSU.ordinal()] == step) {
            codes |= CODE_PSU_FAIL;
            status = STATUS_FAULT;
        }
        if (step % windowSteps == windowSteps - 1) {
            writeRow(step, engine);
        }
    }

    private void recordHashing(MinerEngine engine, double hbSeverity, double fanSeverity, double psuSeverity) {
        ThermalModel thermal = engine.thermal;
        runningSteps++;
        double jitter = (0.3 + 2.0 * hbSeverity) * RandomStreams.gaussian(noise) + 1.5 * fanSeverity;
        chipMax = Math.max(chipMax, thermal.chipC + jitter);
        boardMax = Math.max(boardMax, thermal.boardC + 0.8 * jitter);
        outletSum += thermal.outletC;
        double rpm = thermal.fanDuty * engine.unit.model().maxFanRpm();
        fanSum += rpm * (1.0 + (0.01 + 0.15 * fanSeverity) * RandomStreams.gaussian(noise));
        boardsMin = Math.min(boardsMin, engine.boardsNow);

        double errorRate = 0.3 + 25.0 * hbSeverity;
        chipErrors += Math.max(0, Math.round(errorRate + Math.sqrt(errorRate) * RandomStreams.gaussian(noise)));
        status = Math.max(status, STATUS_OK);
        if (thermal.chipC > MinerEngine.HOT_CHIP_C) {
            codes |= CODE_TEMP;
            status = Math.max(status, STATUS_WARN);
        }
        if (engine.boardsNow < engine.unit.model().hashboards()) {
            codes |= CODE_BOARD;
            status = Math.max(status, STATUS_WARN);
        }
        if (fanSeverity > 0.5 && noise.nextDouble() < 0.2) {
            codes |= CODE_FAN_RPM;
        }
        if (psuSeverity > 0.3 && noise.nextDouble() < 0.2) {
            codes |= CODE_PSU;
        }
    }

    private void writeRow(int step, MinerEngine engine) {
        int window = step / windowSteps;
        String time = windowEndTimes[window];
        double hashThs = hashSum / stepsInWindow * (1.0 + 0.015 * RandomStreams.gaussian(noise));
        double expectedThs = engine.unit.model().nominalThs() * engine.state.plan.mode().hashrateRatio();
        boolean incomplete = runningSteps > 0 && noise.nextDouble() < INCOMPLETE_SHARE;
        if (chipErrors > CHIP_ERRORS_ALERT * windowSteps / 6.0) {
            codes |= CODE_HW;
            status = Math.max(status, STATUS_WARN);
        }
        if (runningSteps == stepsInWindow && hashThs < 0.85 * expectedThs) {
            status = Math.max(status, STATUS_WARN);
        }
        raiseAlerts(step, hashThs, expectedThs);

        out.append(time).append(',').append(serial).append(',');
        if (!incomplete) {
            CsvText.append(out, Math.max(0, hashThs), 3);
        }
        out.append(',').append(windowSteps * World.STEP_MINUTES * 60).append(',');
        CsvText.append(out, powerSum / stepsInWindow, 1).append(',');
        if (runningSteps > 0 && !incomplete) {
            CsvText.append(out, boardMax, 1).append(',');
            CsvText.append(out, chipMax, 1).append(',');
        } else {
            out.append(",,");
        }
        if (inletCount > 0 && !incomplete) {
            CsvText.append(out, inletSum / inletCount, 1);
        }
        out.append(',');
        if (runningSteps > 0 && !incomplete) {
            CsvText.append(out, outletSum / runningSteps, 1);
        }
        out.append(',');
        if (runningSteps > 0 && !incomplete && engine.unit.model().fans() > 0 && fanSum > 0) {
            CsvText.append(out, fanSum / runningSteps, 0);
        }
        out.append(',');
        if (runningSteps > 0) {
            out.append(boardsMin);
        } else {
            out.append(engine.state.down() ? 0 : engine.state.boardsActive);
        }
        out.append(',');
        if (runningSteps > 0) {
            out.append((long) chipErrors);
        }
        out.append(',').append(incomplete ? "INCOMPLETE" : STATUS_NAMES[status]).append(',');
        appendCodes();
        out.append('\n');
        reset();
    }

    private void raiseAlerts(int step, double hashThs, double expectedThs) {
        int day = step / World.STEPS_PER_DAY;
        if ((codes & CODE_TEMP) != 0 && step - lastTempAlertStep >= 6 * World.STEPS_PER_HOUR) {
            lastTempAlertStep = step;
            events.add(step, "ALERT", "TEMP_HIGH", "", CsvText.append(new StringBuilder(), chipMax, 1).toString(),
                    "chip temperature above 85 C");
        }
        if (runningSteps == stepsInWindow && hashThs < 0.85 * expectedThs && step - lastHashAlertStep >= 6 * World.STEPS_PER_HOUR) {
            lastHashAlertStep = step;
            events.add(step, "ALERT", "HASHRATE_LOW", "", CsvText.append(new StringBuilder(), hashThs, 1).toString(),
                    "hashrate below 85 % of expected");
        }
        if ((codes & CODE_HW) != 0 && day != lastErrorAlertDay) {
            lastErrorAlertDay = day;
            events.add(step, "ALERT", "CHIP_ERRORS", "", Long.toString((long) chipErrors), "chip hardware errors rising");
        }
    }

    private void appendCodes() {
        boolean first = true;
        for (int i = 0; i < ERROR_CODES.length; i++) {
            if ((codes & (1 << i)) != 0) {
                if (!first) {
                    out.append(';');
                }
                out.append(ERROR_CODES[i]);
                first = false;
            }
        }
    }

    private void reset() {
        stepsInWindow = 0;
        hashSum = 0;
        powerSum = 0;
        chipMax = Double.NEGATIVE_INFINITY;
        boardMax = Double.NEGATIVE_INFINITY;
        inletSum = 0;
        inletCount = 0;
        outletSum = 0;
        fanSum = 0;
        runningSteps = 0;
        boardsMin = Integer.MAX_VALUE;
        chipErrors = 0;
        status = STATUS_OFF;
        codes = 0;
    }
}
