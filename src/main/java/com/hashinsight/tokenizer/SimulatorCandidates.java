package com.hashinsight.tokenizer;

import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.economics.Strike;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Site;
import com.hashinsight.simulation.Candidate;
import com.hashinsight.simulation.FirmwareMode;
import com.hashinsight.simulation.PowerMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the simulator's candidate strategies into candidate rows, so training and the app describe
 * power modes, firmware, curtailment policies and site moves the same way.
 */
public final class SimulatorCandidates {

    /** Hysteresis of the simulator's strike policies, USD/MWh. */
    private static final double HYSTERESIS_USD_PER_MWH = 3.0;

    /**
     * The simulator's built-in curtailment policies by id.
     * NOTE: copied from the simulator's package-private PolicyPreset; keep the two in step until it is public.
     */
    public static final Map<String, CurtailmentPolicy> POLICIES = Map.of(
            "always-on", new CurtailmentPolicy(Strike.never(), 0, 0, 0, Double.POSITIVE_INFINITY, List.of(), 0, true),
            "strike", breakeven(15),
            "strike-min-off-4h", breakeven(240));

    private SimulatorCandidates() {
    }

    private static CurtailmentPolicy breakeven(int minOffMinutes) {
        return new CurtailmentPolicy(Strike.breakeven(0), HYSTERESIS_USD_PER_MWH, minOffMinutes, 0, Double.POSITIVE_INFINITY,
                List.of(), 0, true);
    }

    /**
     * The miner's operation that a candidate's null settings keep.
     *
     * @param powerMode          current power mode
     * @param firmware           current firmware
     * @param curtailmentPolicy  current curtailment policy id, one of {@link #POLICIES}' keys
     */
    public record Operation(PowerMode powerMode, FirmwareMode firmware, String curtailmentPolicy) {

        /** Power at the wall relative to nameplate: the mode's chip power ratio times the firmware's power factor. */
        public double powerRatio() {
            return powerMode.powerRatio() * firmware.powerFactor();
        }
    }

    /**
     * Returns the candidate row input of {@code candidate} for a miner running {@code current}.
     *
     * @param siteById     looks up a site by id; returns null when unknown
     * @param contractOf   returns the contract in force at a site; null when none
     * @throws IllegalArgumentException when the candidate names a site that {@code siteById} does not know
     */
    public static CandidateInput toInput(Candidate candidate, Operation current, Function<String, Site> siteById,
            Function<Site, Contract> contractOf) {
        PowerMode mode = candidate.powerMode() == null ? current.powerMode() : candidate.powerMode();
        FirmwareMode firmware = candidate.firmware() == null ? current.firmware() : candidate.firmware();
        String policyId = candidate.curtailmentPolicy() == null ? current.curtailmentPolicy() : candidate.curtailmentPolicy();
        CurtailmentPolicy policy = POLICIES.get(policyId);
        if (policy == null) {
            throw new IllegalArgumentException("unknown curtailment policy " + policyId + ", expected one of "
                    + new java.util.TreeSet<>(POLICIES.keySet()));
        }

        Site site = null;
        Contract contract = null;
        if (candidate.siteId() != null) {
            site = siteById.apply(candidate.siteId());
            if (site == null) {
                throw new IllegalArgumentException("candidate " + candidate.id() + " moves to site " + candidate.siteId()
                        + ", which the workspace does not have");
            }
            contract = contractOf.apply(site);
        }
        CandidateInput.Curtailment curtailment = CandidateInput.Curtailment.of(policy);
        return new CandidateInput(kindOf(candidate), presetLabel(candidate), site, contract, mode.hashrateRatio(),
                mode.powerRatio() * firmware.powerFactor(), candidate.firmware() == null ? null : firmware.version(),
                curtailment);
    }

    private static CandidateKind kindOf(Candidate candidate) {
        return switch (candidate.kind()) {
            case PRESET -> CandidateKind.ABC_PRESET;
            case SITE -> CandidateKind.SITE_CONTRACT;
            case CONFIG -> CandidateKind.CONFIG_PRESET;
            case CURTAILMENT -> CandidateKind.CURTAILMENT_POLICY;
        };
    }

    /** "A", "B" or "C" for a PRESET candidate whose id ends in "-a", "-b" or "-c" (any case), else null. */
    private static String presetLabel(Candidate candidate) {
        if (candidate.kind() != com.hashinsight.simulation.CandidateKind.PRESET) {
            return null;
        }
        String id = candidate.id().toUpperCase(Locale.ROOT);
        for (String label : CandidateFeatures.PRESETS) {
            if (id.endsWith("-" + label)) {
                return label;
            }
        }
        return null;
    }
}
