package com.hashinsight.tokenizer;

import static com.hashinsight.tokenizer.Normalization.IDENTITY;
import static com.hashinsight.tokenizer.Normalization.affine;
import static com.hashinsight.tokenizer.Normalization.log1p;
import static com.hashinsight.tokenizer.Normalization.logRatio;
import static com.hashinsight.tokenizer.Normalization.signedLog1p;

import com.hashinsight.fleet.HoldStyle;
import com.hashinsight.fleet.RiskLevel;
import java.util.Arrays;
import java.util.List;

/**
 * Columns of {@code ns_num}: scoring-time context, client, site and contract, miner model and
 * miner, market and scenario. The model splits this one vector into L_NS tokens itself.
 */
public final class NsFeatures {

    private static final FeatureLayout.Builder B = FeatureLayout.builder("ns_num");

    public static final int VENDOR_BUCKETS = 4;
    public static final int MODEL_BUCKETS = 8;
    public static final int FIRMWARE_BUCKETS = 4;
    /** Firmware names that mark third-party firmware, matched case-insensitively as substrings. */
    public static final List<String> CUSTOM_FIRMWARE = List.of("luxos", "braiins", "vnish", "epic", "hiveon");
    /** Group of the columns that the user's sliders set. */
    public static final String SCENARIO_GROUP = "scenario";

    // Scoring time and history coverage.
    public static final int SCORE_OFFSET = B.add("score_offset", "time", affine(0, 1, 0, 1),
            "(scoring time - block start A) / block_hours; S-token ages are relative to A, so this recovers the true age");
    public static final int SCORE_HOUR_SIN = B.add("score_hour_sin", "time", IDENTITY, "site-local hour of day of the scoring time, sin");
    public static final int SCORE_HOUR_COS = B.add("score_hour_cos", "time", IDENTITY, "site-local hour of day of the scoring time, cos");
    public static final int SCORE_DOW_SIN = B.add("score_dow_sin", "time", IDENTITY, "site-local day of week of the scoring time, sin");
    public static final int SCORE_DOW_COS = B.add("score_dow_cos", "time", IDENTITY, "site-local day of week of the scoring time, cos");
    public static final int SCORE_DOY_SIN = B.add("score_doy_sin", "time", IDENTITY, "UTC day of year / 365.25 of the scoring time, sin");
    public static final int SCORE_DOY_COS = B.add("score_doy_cos", "time", IDENTITY, "UTC day of year / 365.25 of the scoring time, cos");
    public static final int HOURS_SINCE_TELEMETRY = B.add("hours_since_telemetry", "history", log1p(0.25, 720),
            "hours from the latest telemetry sample before the scoring time to the scoring time");
    public static final int HOURS_SINCE_TELEMETRY_PRESENT = B.addPresence("hours_since_telemetry", "history");
    public static final int S_TOKEN_COUNT = B.add("s_token_count", "history", log1p(1, 256), "S-tokens of the entity, after the L_S limit");

    // Client.
    public static final int CLIENT_PRESENT = B.add("client_present", "client", IDENTITY, "1 when the client is known");
    public static final int RISK_FIRST = B.addOneHot("client_risk", "client",
            Arrays.stream(RiskLevel.values()).map(Enum::name).toList(), "client risk level");
    public static final int BUDGET_USD = B.add("client_budget_usd", "client", log1p(10_000, 10_000_000), "client budget, USD");
    public static final int PAYBACK_MONTHS = B.add("client_payback_target_months", "client", affine(0, 36, 0, 4),
            "client payback target, months");
    public static final int HOLD_FIRST = B.addOneHot("client_hold", "client",
            Arrays.stream(HoldStyle.values()).map(Enum::name).toList(), "client hold style");
    public static final int REGION_MATCH = B.add("client_region_matches_site", "client", IDENTITY,
            "1 when the client's preferred region equals the site's region (case-insensitive)");

    // The miner's own site and contract.
    static final SiteContractColumns SITE = new SiteContractColumns(B, "");

    // Miner model and the miner itself.
    public static final int NOMINAL_THS = B.add("model_nominal_ths", "model", log1p(10, 1000), "nameplate hashrate, TH/s");
    public static final int NOMINAL_W = B.add("model_nominal_w", "model", affine(0, 5000, 0, 4), "nameplate power, W");
    public static final int JOULES_PER_TH = B.add("model_joules_per_th", "model", affine(0, 30, 0, 5), "nameplate efficiency, J/TH");
    public static final int HASHBOARDS = B.add("model_hashboards", "model", affine(0, 4, 0, 4), "hashboards");
    public static final int CHIPS = B.add("model_chips", "model", log1p(1, 1000), "ASIC chips in the unit");
    public static final int MODEL_AGE_YEARS = B.add("model_age_years", "model", affine(0, 5, 0, 4),
            "years from the model's release date to the scoring time");
    public static final int MODEL_AGE_PRESENT = B.addPresence("model_age_years", "model");
    public static final int VENDOR_FIRST = B.addHashBuckets("model_vendor", "model", VENDOR_BUCKETS, "vendor name");
    public static final int MODEL_FIRST = B.addHashBuckets("model_name", "model", MODEL_BUCKETS, "model name");
    public static final int MINER_AGE_DAYS = B.add("miner_age_days", "miner", log1p(30, 1825),
            "days from the install date to the scoring time");
    public static final int MINER_AGE_PRESENT = B.addPresence("miner_age_days", "miner");
    public static final int FIRMWARE_CUSTOM = B.add("firmware_custom", "miner", IDENTITY,
            "1 when the firmware name contains one of " + CUSTOM_FIRMWARE);
    public static final int FIRMWARE_FIRST = B.addHashBuckets("firmware", "miner", FIRMWARE_BUCKETS,
            "first word of the firmware name");

    // Market strictly before the scoring time.
    public static final int BTC_USD = B.add("btc_usd", "market", logRatio(50_000, -4, 4), "latest BTC price, USD");
    public static final int BTC_PRESENT = B.addPresence("btc_usd", "market");
    public static final int BTC_RETURN_30D = B.add("btc_return_30d", "market", affine(0, 0.25, -4, 4),
            "ln(latest BTC price / latest BTC price at least 30 days earlier)");
    public static final int BTC_RETURN_PRESENT = B.addPresence("btc_return_30d", "market");
    public static final int DIFFICULTY = B.add("difficulty", "market", logRatio(1e14, -4, 4), "latest difficulty");
    public static final int DIFFICULTY_PRESENT = B.addPresence("difficulty", "market");
    public static final int DIFFICULTY_CHANGE_30D = B.add("difficulty_change_30d", "market", affine(0, 0.1, -4, 4),
            "ln(latest difficulty / latest difficulty at least 30 days earlier)");
    public static final int DIFFICULTY_CHANGE_PRESENT = B.addPresence("difficulty_change_30d", "market");
    public static final int NETWORK_HASHRATE = B.add("network_hashrate_ths", "market", logRatio(5e8, -4, 4),
            "latest network hashrate, TH/s");
    public static final int NETWORK_HASHRATE_PRESENT = B.addPresence("network_hashrate_ths", "market");
    public static final int FEES_PER_BLOCK = B.add("fees_per_block_btc", "market", affine(0, 0.5, 0, 4),
            "latest mean fees per block, BTC");
    public static final int FEES_PRESENT = B.addPresence("fees_per_block_btc", "market");
    public static final int HASHPRICE = B.add("hashprice_usd_per_ph_day", "market", affine(0, 100, 0, 5),
            "hashprice: expected revenue per PH/s per day at the latest difficulty, block reward and BTC price, USD");
    public static final int HASHPRICE_PRESENT = B.addPresence("hashprice_usd_per_ph_day", "market");
    public static final int BREAKEVEN = B.add("breakeven_usd_per_mwh", "market", signedLog1p(10, 1000),
            "energy price at which the miner's nameplate efficiency earns its energy cost, USD/MWh");
    public static final int BREAKEVEN_PRESENT = B.addPresence("breakeven_usd_per_mwh", "market");
    public static final int SPOT_MEAN_7D = B.add("spot_mean_7d_usd_per_mwh", "market", signedLog1p(10, 1000),
            "mean spot price at the site's node over the 7 days before the scoring time, USD/MWh");
    public static final int SPOT_STD_7D = B.add("spot_std_7d_usd_per_mwh", "market", log1p(10, 1000),
            "standard deviation of the same prices, USD/MWh");
    public static final int SPOT_MAX_7D = B.add("spot_max_7d_usd_per_mwh", "market", signedLog1p(50, 5000),
            "maximum of the same prices, USD/MWh");
    public static final int SPOT_PRESENT = B.addPresence("spot_7d", "market");

    // Scenario (slider) values.
    public static final int SCENARIO_BTC_USD = B.add("scenario_btc_usd", SCENARIO_GROUP, logRatio(50_000, -4, 4),
            "scenario BTC price, USD (the market price when the scenario leaves it unset)");
    public static final int SCENARIO_BTC_PRESENT = B.addPresence("scenario_btc_usd", SCENARIO_GROUP);
    public static final int SCENARIO_BTC_VS_MARKET = B.add("scenario_btc_vs_market", SCENARIO_GROUP, affine(0, 0.5, -4, 4),
            "ln(scenario BTC price / latest BTC price); 0 when either is unknown");
    public static final int SCENARIO_DIFFICULTY_GROWTH = B.add("scenario_difficulty_growth_pct_per_month", SCENARIO_GROUP,
            affine(0, 10, -4, 4), "assumed difficulty growth, percent per month");
    public static final int SCENARIO_ENERGY_ADDER = B.add("scenario_electricity_adder_usd_per_mwh", SCENARIO_GROUP,
            affine(0, 50, -4, 4), "added to energy prices, USD/MWh");
    public static final int SCENARIO_HOSTING = B.add("scenario_hosting_usd_per_kw_month", SCENARIO_GROUP, affine(0, 100, 0, 4),
            "hosting fee override, USD per kW per month");
    public static final int SCENARIO_HOSTING_PRESENT = B.addPresence("scenario_hosting_usd_per_kw_month", SCENARIO_GROUP);
    public static final int SCENARIO_POWER_TARGET = B.add("scenario_power_target_ratio", SCENARIO_GROUP, affine(0, 1, 0, 2),
            "power target / nameplate power");

    /** The layout; its width is F_NS. */
    public static final FeatureLayout LAYOUT = B.build();

    private NsFeatures() {
    }
}
