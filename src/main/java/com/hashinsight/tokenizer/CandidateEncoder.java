package com.hashinsight.tokenizer;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Site;
import java.time.Instant;
import java.util.List;

/** Builds the {@code cand_num} rows and {@code cand_kind} ids of one entity's candidates. */
public final class CandidateEncoder {

    private CandidateEncoder() {
    }

    /** Returns the F_C features of {@code candidate} for the miner of {@code history} at {@code scoringTime}. */
    public static float[] encode(EntityHistory history, CandidateInput candidate, Instant scoringTime) {
        FeatureLayout layout = CandidateFeatures.LAYOUT;
        float[] row = new float[layout.width()];
        if (candidate.presetLabel() != null) {
            row[CandidateFeatures.PRESET_FIRST + CandidateFeatures.PRESETS.indexOf(candidate.presetLabel())] = 1f;
        }

        Site site = candidate.site() == null ? history.site() : candidate.site();
        Contract contract = candidate.contract() == null && candidate.site() == null ? history.contract() : candidate.contract();
        double spotMean = site == history.site() ? ContextEncoder.spotStats(history, scoringTime)[0] : Double.NaN;
        CandidateFeatures.SITE.write(row, layout, site, contract, scoringTime, spotMean);
        boolean moved = candidate.site() != null && (history.site() == null || !candidate.site().id().equals(history.site().id()));
        row[CandidateFeatures.SITE_CHANGED] = moved ? 1f : 0f;

        layout.putPresent(row, CandidateFeatures.HASHRATE_RATIO, CandidateFeatures.HASHRATE_RATIO_PRESENT, candidate.hashrateRatio());
        layout.putPresent(row, CandidateFeatures.POWER_RATIO, CandidateFeatures.POWER_RATIO_PRESENT, candidate.powerRatio());
        String current = history.miner().firmware() == null ? "" : history.miner().firmware().trim();
        String firmware = candidate.firmware() == null ? current : candidate.firmware().trim();
        row[CandidateFeatures.FIRMWARE_CUSTOM] = ContextEncoder.isCustomFirmware(firmware) ? 1f : 0f;
        row[CandidateFeatures.FIRMWARE_CHANGED] = firmware.equalsIgnoreCase(current) ? 0f : 1f;

        CandidateInput.Curtailment curtailment = candidate.curtailment();
        if (curtailment != null && curtailment.enabled()) {
            row[CandidateFeatures.CURTAIL_ENABLED] = 1f;
            row[CandidateFeatures.STRIKE_FOLLOWS_BREAKEVEN] = curtailment.strikeFollowsBreakeven() ? 1f : 0f;
            layout.put(row, CandidateFeatures.STRIKE_USD_PER_MWH, curtailment.strikeUsdPerMwh());
            layout.put(row, CandidateFeatures.HYSTERESIS, curtailment.hysteresisUsdPerMwh());
            layout.put(row, CandidateFeatures.MIN_OFF_HOURS, curtailment.minOffHours());
        }
        if (curtailment != null) {
            layout.put(row, CandidateFeatures.PEAK_WINDOWS, curtailment.peakWindows());
            row[CandidateFeatures.DEMAND_RESPONSE] = curtailment.demandResponse() ? 1f : 0f;
        }
        return row;
    }

    /** Returns the {@code cand_kind} ids of {@code candidates}, in order. */
    public static long[] kinds(List<CandidateInput> candidates) {
        long[] kinds = new long[candidates.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = candidates.get(i).kind().id();
        }
        return kinds;
    }
}
