package com.hashinsight.simulation;

import java.time.Instant;

/**
 * One component failure of the real run, one row of {@code ground-truth/failures.csv}.
 *
 * @param serial         miner serial
 * @param component      failed component
 * @param onsetTime      start of the precursor phase (when the hidden degradation began)
 * @param failedTime     time the component failed
 * @param returnedTime   time the miner hashed again after repair; null when that lies past the simulated days
 * @param downtimeHours  hours from failure to return (to the simulated end when not returned)
 * @param repairCostUsd  parts, labour and shipping in USD
 */
public record FailureRecord(String serial, Component component, Instant onsetTime, Instant failedTime,
        Instant returnedTime, double downtimeHours, double repairCostUsd) {
}
