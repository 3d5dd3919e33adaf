package com.hashinsight.tokenizer;

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
     * When a miner stops for price.
     *
     * @param enabled          false for a miner that never stops for price
     * @param strikeRatio      strike as a share of the miner's breakeven price; NaN when the strike is absolute
     * @param strikeUsdPerMwh  absolute strike in USD/MWh; NaN when it follows breakeven
     * @param hysteresisRatio  dead band around the strike as a share of it, 0 when none
     * @param minOffHours      minimum hours off once stopped, not negative
     * @param demandResponse   true when the miner also stops on demand-response requests
     */
    public record Curtailment(boolean enabled, double strikeRatio, double strikeUsdPerMwh, double hysteresisRatio,
            double minOffHours, boolean demandResponse) {

        public Curtailment {
            if (!(minOffHours >= 0) || Double.isInfinite(minOffHours)) {
                throw new IllegalArgumentException("minOffHours must be a finite number >= 0, got " + minOffHours);
            }
        }
    }
}
