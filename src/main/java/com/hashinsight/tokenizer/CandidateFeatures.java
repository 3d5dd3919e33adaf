package com.hashinsight.tokenizer;

import static com.hashinsight.tokenizer.Normalization.IDENTITY;
import static com.hashinsight.tokenizer.Normalization.affine;
import static com.hashinsight.tokenizer.Normalization.signedLog1p;

import java.util.List;

/** Columns of {@code cand_num}: one row per candidate strategy; the kind goes to {@code cand_kind}. */
public final class CandidateFeatures {

    private static final FeatureLayout.Builder B = FeatureLayout.builder("cand_num");

    /** A/B/C preset labels, in column order. */
    public static final List<String> PRESETS = List.of("A", "B", "C");

    public static final int PRESET_FIRST = B.addOneHot("cand_preset", "candidate", PRESETS, "A/B/C preset label");

    // The site and contract the miner would run at (its own when the candidate keeps them).
    static final SiteContractColumns SITE = new SiteContractColumns(B, "cand_");
    public static final int SITE_CHANGED = B.add("cand_site_changed", "candidate", IDENTITY,
            "1 when the candidate moves the miner to another site");

    // Miner configuration.
    public static final int HASHRATE_RATIO = B.add("cand_hashrate_ratio", "config", affine(0, 1, 0, 2),
            "expected hashrate / nameplate hashrate");
    public static final int HASHRATE_RATIO_PRESENT = B.addPresence("cand_hashrate_ratio", "config");
    public static final int POWER_RATIO = B.add("cand_power_ratio", "config", affine(0, 1, 0, 2),
            "expected power / nameplate power");
    public static final int POWER_RATIO_PRESENT = B.addPresence("cand_power_ratio", "config");
    public static final int FIRMWARE_CUSTOM = B.add("cand_firmware_custom", "config", IDENTITY,
            "1 when the candidate's firmware is third-party (same rule as the NS firmware_custom)");
    public static final int FIRMWARE_CHANGED = B.add("cand_firmware_changed", "config", IDENTITY,
            "1 when the candidate's firmware differs from the miner's (case-insensitive)");

    // Curtailment.
    public static final int CURTAIL_ENABLED = B.add("cand_curtail_enabled", "curtailment", IDENTITY,
            "1 when the miner stops for price");
    public static final int STRIKE_FOLLOWS_BREAKEVEN = B.add("cand_strike_follows_breakeven", "curtailment", IDENTITY,
            "1 when the strike is the miner's breakeven price plus an offset, 0 for a fixed strike");
    public static final int STRIKE_USD_PER_MWH = B.add("cand_strike_usd_per_mwh", "curtailment", signedLog1p(10, 1000),
            "offset on breakeven, or the fixed strike, USD/MWh");
    public static final int HYSTERESIS = B.add("cand_hysteresis_usd_per_mwh", "curtailment", affine(0, 10, 0, 4),
            "how far below the strike the price must fall before a restart, USD/MWh");
    public static final int MIN_OFF_HOURS = B.add("cand_min_off_hours", "curtailment", affine(0, 4, 0, 4),
            "minimum hours off once stopped");
    public static final int PEAK_WINDOWS = B.add("cand_peak_windows", "curtailment", affine(0, 2, 0, 4),
            "local-time windows in which the miner stays off");
    public static final int DEMAND_RESPONSE = B.add("cand_demand_response", "curtailment", IDENTITY,
            "1 when the miner stops on demand-response requests");

    /** The layout; its width is F_C. */
    public static final FeatureLayout LAYOUT = B.build();

    private CandidateFeatures() {
    }
}
