package com.hashinsight.tokenizer;

import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.economics.Strike;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Site;
import java.util.Objects;

/**
 * One candidate strategy for one miner, as the candidate row sees it. Null or NaN settings keep
 * the miner's current value.
 *
 * @param kind                what the candidate changes
 * @param presetLabel         "A", "B" or "C" for an A/B/C preset, else null
 * @param site                site the miner would run at; null keeps its site
 * @param contract            contract at that site; null keeps its contract
 * @param hashrateRatio       expected hashrate / nameplate hashrate under the candidate's power mode; NaN when unknown
 * @param powerRatio          expected power / nameplate power under the candidate's power mode and firmware; NaN when unknown
 * @param firmware            firmware name and version; null keeps the current firmware
 * @param curtailment         curtailment rule; null keeps the current rule
 */
public record CandidateInput(CandidateKind kind, String presetLabel, Site site, Contract contract, double hashrateRatio,
        double powerRatio, String firmware, Curtailment curtailment) {

    public CandidateInput {
        Objects.requireNonNull(kind, "kind");
        if (kind == CandidateKind.PADDING) {
            throw new IllegalArgumentException("a candidate cannot have kind PADDING; pass fewer candidates instead");
        }
        if (presetLabel != null && !CandidateFeatures.PRESETS.contains(presetLabel)) {
            throw new IllegalArgumentException("presetLabel must be one of " + CandidateFeatures.PRESETS + " or null, got " + presetLabel);
        }
    }

    /**
     * When a miner stops for price, in the economics engine's terms.
     *
     * @param enabled                 false for a miner that never stops for price
     * @param strikeFollowsBreakeven  true when the strike is the miner's breakeven price plus {@code strikeUsdPerMwh}
     * @param strikeUsdPerMwh         offset on breakeven, or the fixed strike, in USD/MWh; NaN when disabled
     * @param hysteresisUsdPerMwh     how far below the strike the price must fall before a restart, USD/MWh
     * @param minOffHours             minimum hours off once stopped, not negative
     * @param peakWindows             local-time windows in which the miner stays off
     * @param demandResponse          true when the miner also stops on demand-response requests
     */
    public record Curtailment(boolean enabled, boolean strikeFollowsBreakeven, double strikeUsdPerMwh,
            double hysteresisUsdPerMwh, double minOffHours, int peakWindows, boolean demandResponse) {

        public Curtailment {
            if (!(minOffHours >= 0) || Double.isInfinite(minOffHours)) {
                throw new IllegalArgumentException("minOffHours must be a finite number >= 0, got " + minOffHours);
            }
            if (peakWindows < 0) {
                throw new IllegalArgumentException("peakWindows must not be negative, got " + peakWindows);
            }
        }

        /** Returns the columns of an economics engine policy. */
        public static Curtailment of(CurtailmentPolicy policy) {
            Strike strike = policy.strike();
            boolean enabled = strike.followsBreakeven() || Double.isFinite(strike.usdPerMwh());
            return new Curtailment(enabled, strike.followsBreakeven(), enabled ? strike.usdPerMwh() : Double.NaN,
                    policy.hysteresisUsdPerMwh(), policy.minOffMinutes() / 60.0, policy.peakWindows().size(),
                    policy.respondsToDemandResponse());
        }
    }
}
