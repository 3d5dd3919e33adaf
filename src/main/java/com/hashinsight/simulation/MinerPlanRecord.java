package com.hashinsight.simulation;

import java.time.LocalDate;

/**
 * A miner's hidden constants and its operation at world start, one row of {@code ground-truth/miners.csv}.
 *
 * @param serial             miner serial, as in {@code miners.csv}
 * @param model              catalog model name
 * @param siteId             site at world start
 * @param clientId           owning client
 * @param installDate        install day
 * @param nominalThs         nameplate hashrate in TH/s, the divisor for per-TH/s labels
 * @param nominalW           nameplate power in W
 * @param powerMode          power mode at world start
 * @param firmware           firmware at world start
 * @param curtailmentPolicy  curtailment policy id at world start
 * @param frailty            hidden unit-to-unit hazard multiplier (1 = typical unit)
 */
public record MinerPlanRecord(String serial, String model, String siteId, String clientId, LocalDate installDate,
        double nominalThs, double nominalW, PowerMode powerMode, FirmwareMode firmware, String curtailmentPolicy,
        double frailty) {
}
