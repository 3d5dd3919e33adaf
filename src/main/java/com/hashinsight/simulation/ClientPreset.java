package com.hashinsight.simulation;

/**
 * The A, B or C strategy preset of one client, resolved for the miners of one cooling kind; one entry
 * of {@link GroundTruthWorld#clientPresets()}. A PRESET candidate applies the entry of the miner's client
 * and cooling kind.
 *
 * @param clientId           client
 * @param candidateId        "preset-A", "preset-B" or "preset-C"
 * @param waterCooled        true for the entry that water-cooled models use (only hydro sites accept them)
 * @param siteId             site the preset chooses among the sites that accept such miners
 * @param powerMode          power mode nearest to the preset's power target
 * @param powerTarget        the preset's power target, share of nameplate power
 * @param firmware           firmware
 * @param curtailmentPolicy  id of the preset's curtailment policy, for example "tier-B-4cp"
 */
public record ClientPreset(String clientId, String candidateId, boolean waterCooled, String siteId, PowerMode powerMode,
        double powerTarget, FirmwareMode firmware, String curtailmentPolicy) {
}
