package com.hashinsight.strategy;

import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Site;
import java.util.List;
import java.util.Objects;

/**
 * One candidate way to run a client's fleet.
 *
 * @param label        short name, for example "A"
 * @param site         hosting site
 * @param contract     power and hosting contract at that site
 * @param powerTarget  share of nameplate power the miners run at, 0.5 to 1.3 (1.0 is stock)
 * @param curtailment  curtailment policy, including strike and hysteresis
 * @param firmware     firmware mode
 * @param fleetMix     miners by model, at least one line
 * @param heldBtcShare share of mined BTC kept rather than sold, 0 to 1
 */
public record StrategyCandidate(String label, Site site, Contract contract, double powerTarget, CurtailmentPolicy curtailment,
        FirmwareMode firmware, List<FleetLine> fleetMix, double heldBtcShare) {

    public StrategyCandidate {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(curtailment, "curtailment");
        Objects.requireNonNull(firmware, "firmware");
        fleetMix = List.copyOf(fleetMix);
        if (fleetMix.isEmpty()) {
            throw new IllegalArgumentException("candidate " + label + " needs at least one fleet line");
        }
        if (!contract.siteId().equals(site.id())) {
            throw new IllegalArgumentException("contract " + contract.id() + " belongs to site " + contract.siteId()
                    + ", not to " + site.id());
        }
        PowerTuning.requirePowerTarget(powerTarget);
        if (!(heldBtcShare >= 0 && heldBtcShare <= 1)) {
            throw new IllegalArgumentException("heldBtcShare must be between 0 and 1, got " + heldBtcShare);
        }
    }

    /** Capital cost of the whole fleet mix in USD. */
    public double capitalUsd() {
        double total = 0;
        for (FleetLine line : fleetMix) {
            total += line.capitalUsd();
        }
        return total;
    }

    /** Number of miners in the fleet mix. */
    public int minerCount() {
        int total = 0;
        for (FleetLine line : fleetMix) {
            total += line.count();
        }
        return total;
    }

    /** This candidate with the power target multiplied by {@code factor}, clamped to the allowed range. */
    public StrategyCandidate withPowerTargetScaled(double factor) {
        double scaled = Math.max(PowerTuning.MIN_POWER_TARGET, Math.min(PowerTuning.MAX_POWER_TARGET, powerTarget * factor));
        return new StrategyCandidate(label, site, contract, scaled, curtailment, firmware, fleetMix, heldBtcShare);
    }

    /** This candidate with another contract at the same site. */
    public StrategyCandidate withContract(Contract other) {
        return new StrategyCandidate(label, site, other, powerTarget, curtailment, firmware, fleetMix, heldBtcShare);
    }
}
