package com.hashinsight.simulation;

import java.util.Objects;

/**
 * Operation of one miner: its site, power mode, firmware and curtailment policy.
 *
 * @param siteIndex  index into the world's sites
 * @param mode       power mode
 * @param firmware   firmware
 * @param policy     curtailment policy
 */
record OperatingPlan(int siteIndex, PowerMode mode, FirmwareMode firmware, PolicyPreset policy) {

    OperatingPlan {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(policy, "policy");
    }

    OperatingPlan withMode(PowerMode newMode) {
        return new OperatingPlan(siteIndex, newMode, firmware, policy);
    }
}
