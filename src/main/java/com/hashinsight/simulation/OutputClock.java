package com.hashinsight.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** UTC text of every step start and every telemetry window end, computed once per world. */
record OutputClock(String[] stepTimes, String[] windowEndTimes) {

    static OutputClock of(LocalDate start, int days, int telemetryMinutes) {
        int steps = days * World.STEPS_PER_DAY;
        long startSecond = start.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        String[] stepTimes = new String[steps + 1];
        for (int step = 0; step <= steps; step++) {
            stepTimes[step] = Instant.ofEpochSecond(startSecond + step * World.STEP_SECONDS).toString();
        }
        int windowSteps = telemetryMinutes / World.STEP_MINUTES;
        String[] windowEnds = new String[steps / windowSteps];
        for (int window = 0; window < windowEnds.length; window++) {
            windowEnds[window] = stepTimes[(window + 1) * windowSteps];
        }
        return new OutputClock(stepTimes, windowEnds);
    }
}
