package com.hashinsight.tokenizer;

import static com.hashinsight.tokenizer.Normalization.IDENTITY;
import static com.hashinsight.tokenizer.Normalization.affine;
import static com.hashinsight.tokenizer.Normalization.log1p;
import static com.hashinsight.tokenizer.Normalization.signedLog1p;

import java.util.List;

/**
 * Columns of {@code s_num}, shared by every S-token type. A column that does not apply to a
 * token's type is 0. Summary tokens put the window mean into the value column and add min, max and
 * standard deviation; a native token is a summary of one sample, so its min and max equal its value
 * and its standard deviation is 0.
 */
public final class SFeatures {

    private static final FeatureLayout.Builder B = FeatureLayout.builder("s_num");

    /** Buckets for hashed vendor error codes. */
    public static final int ERROR_CODE_BUCKETS = 8;
    /** Buckets for hashed alert and action types. */
    public static final int EVENT_TYPE_BUCKETS = 16;
    /** Telemetry statuses, in column order; anything else counts as "other". */
    public static final List<String> STATUSES = List.of("OK", "INCOMPLETE", "WARN", "FAULT", "OFF", "OTHER");
    /** Event log sources, in column order; anything else counts as "other". */
    public static final List<String> EVENT_SOURCES = List.of("manual", "ai_suggested", "test", "simulator", "other");

    // Time features of every token.
    public static final int AGE_HOURS = B.add("age_hours", "time", signedLog1p(1, 720),
            "block start A minus token time, in hours; negative inside the current block");
    public static final int HOUR_SIN = B.add("hour_sin", "time", IDENTITY,
            "sin(2 pi h / 24), h = site-local hour of day with fraction, of the token (summary: window midpoint)");
    public static final int HOUR_COS = B.add("hour_cos", "time", IDENTITY, "cos of the same angle");
    public static final int DOW_SIN = B.add("dow_sin", "time", IDENTITY,
            "sin(2 pi d / 7), d = site-local day of week (Monday 0) with fraction of day");
    public static final int DOW_COS = B.add("dow_cos", "time", IDENTITY, "cos of the same angle");
    public static final int GAP_HOURS = B.add("gap_hours", "time", log1p(0.25, 720),
            "hours since the previous token of the whole history (not only the kept tokens); 0 on the first");
    public static final int FIRST_TOKEN = B.add("first_token", "time", IDENTITY,
            "1 when no older token exists in the used history, else 0");
    public static final int SPAN_HOURS = B.add("span_hours", "time", log1p(1, 24),
            "hours covered by the token: 0 native, 1 hourly, 24 daily");
    public static final int SAMPLE_COUNT = B.add("sample_count", "time", log1p(1, 288),
            "raw rows summarised by the token (1 for native tokens)");

    // Telemetry, value column = mean over the window.
    public static final int HASHRATE_RATIO = B.add("hashrate_ratio", "telemetry", affine(0, 1, 0, 2),
            "hashrate_ths / model nominal TH/s");
    public static final int HASHRATE_RATIO_MIN = B.add("hashrate_ratio_min", "telemetry", affine(0, 1, 0, 2),
            "minimum of hashrate_ratio over the window");
    public static final int HASHRATE_RATIO_MAX = B.add("hashrate_ratio_max", "telemetry", affine(0, 1, 0, 2),
            "maximum of hashrate_ratio over the window");
    public static final int HASHRATE_RATIO_STD = B.add("hashrate_ratio_std", "telemetry", affine(0, 0.25, 0, 4),
            "population standard deviation of hashrate_ratio over the window");
    public static final int HASHRATE_PRESENT = B.add("hashrate_present", "telemetry", IDENTITY,
            "share of rows in the window that report hashrate (0 or 1 for native tokens)");
    public static final int POWER_RATIO = B.add("power_ratio", "telemetry", affine(0, 1, 0, 2),
            "power_w / model nominal W");
    public static final int POWER_PRESENT = B.add("power_present", "telemetry", IDENTITY, "share of rows reporting power_w");
    public static final int EFFICIENCY_RATIO = B.add("efficiency_ratio", "telemetry", affine(0, 1, 0, 4),
            "(power_w / hashrate_ths) / model nominal J/TH, rows with hashrate_ths > 0 only");
    public static final int EFFICIENCY_PRESENT = B.add("efficiency_present", "telemetry", IDENTITY,
            "share of rows with both power_w and hashrate_ths > 0");
    public static final int BOARD_TEMP = B.add("board_temp", "telemetry", affine(60, 20, -4, 4), "board_temp_c, °C");
    public static final int BOARD_TEMP_MAX = B.add("board_temp_max", "telemetry", affine(60, 20, -4, 4),
            "maximum board_temp_c over the window, °C");
    public static final int BOARD_TEMP_STD = B.add("board_temp_std", "telemetry", affine(0, 10, 0, 4),
            "standard deviation of board_temp_c over the window, °C");
    public static final int BOARD_TEMP_PRESENT = B.add("board_temp_present", "telemetry", IDENTITY,
            "share of rows reporting board_temp_c");
    public static final int CHIP_TEMP = B.add("chip_temp", "telemetry", affine(70, 20, -4, 4), "chip_temp_c, °C");
    public static final int CHIP_TEMP_MAX = B.add("chip_temp_max", "telemetry", affine(70, 20, -4, 4),
            "maximum chip_temp_c over the window, °C");
    public static final int CHIP_TEMP_STD = B.add("chip_temp_std", "telemetry", affine(0, 10, 0, 4),
            "standard deviation of chip_temp_c over the window, °C");
    public static final int CHIP_TEMP_PRESENT = B.add("chip_temp_present", "telemetry", IDENTITY,
            "share of rows reporting chip_temp_c");
    public static final int INLET_TEMP = B.add("inlet_temp", "telemetry", affine(25, 15, -4, 4), "inlet_temp_c, °C");
    public static final int INLET_TEMP_PRESENT = B.add("inlet_temp_present", "telemetry", IDENTITY,
            "share of rows reporting inlet_temp_c");
    public static final int OUTLET_TEMP = B.add("outlet_temp", "telemetry", affine(40, 15, -4, 4), "outlet_temp_c, °C");
    public static final int OUTLET_TEMP_PRESENT = B.add("outlet_temp_present", "telemetry", IDENTITY,
            "share of rows reporting outlet_temp_c");
    public static final int FAN_RPM = B.add("fan_rpm", "telemetry", affine(0, 6000, 0, 2), "fan_rpm");
    public static final int FAN_PRESENT = B.add("fan_present", "telemetry", IDENTITY,
            "share of rows reporting fan_rpm (fanless immersion units report none)");
    public static final int BOARDS_ACTIVE_RATIO = B.add("boards_active_ratio", "telemetry", affine(0, 1, 0, 1),
            "boards_active / model hashboards");
    public static final int BOARDS_ACTIVE_MIN = B.add("boards_active_min", "telemetry", affine(0, 1, 0, 1),
            "minimum of boards_active_ratio over the window");
    public static final int BOARDS_ACTIVE_PRESENT = B.add("boards_active_present", "telemetry", IDENTITY,
            "share of rows reporting boards_active");
    public static final int CHIP_ERRORS = B.add("chip_errors", "telemetry", log1p(1, 1000),
            "chip_errors per row, mean over the window");
    public static final int CHIP_ERRORS_MAX = B.add("chip_errors_max", "telemetry", log1p(1, 1000),
            "maximum chip_errors of one row in the window");
    public static final int CHIP_ERRORS_PRESENT = B.add("chip_errors_present", "telemetry", IDENTITY,
            "share of rows reporting chip_errors");
    public static final int STATUS_FIRST = B.addOneHot("status", "telemetry", STATUSES,
            "share of rows in the window with status");
    public static final int ERROR_CODE_COUNT = B.add("error_code_count", "telemetry", log1p(1, 10),
            "error codes per row, mean over the window");
    public static final int ERROR_CODE_FIRST = B.addHashBuckets("error_code", "telemetry", ERROR_CODE_BUCKETS,
            "share of rows carrying at least one error code that hashes to the bucket");

    // Alerts, actions and curtailments.
    public static final int EVENT_TYPE_FIRST = B.addHashBuckets("event_type", "event", EVENT_TYPE_BUCKETS,
            "1 for the bucket of the event's type column");
    public static final int EVENT_SOURCE_FIRST = B.addOneHot("event_source", "event", EVENT_SOURCES,
            "the event's source column");
    public static final int EVENT_SITE_WIDE = B.add("event_site_wide", "event", IDENTITY,
            "1 when the event targets the miner's site rather than the miner");
    public static final int EVENT_VALUE_CHANGE = B.add("event_value_change", "event", affine(0, 1, -2, 2),
            "(new_value - old_value) / |old_value| when both are numbers and old_value != 0");
    public static final int EVENT_VALUE_CHANGE_PRESENT = B.addPresence("event_value_change", "event");
    public static final int EVENT_NEW_VALUE = B.add("event_new_value", "event", signedLog1p(1, 10000),
            "new_value when it is a number, unit as the event type sets it");
    public static final int EVENT_NEW_VALUE_PRESENT = B.addPresence("event_new_value", "event");

    // Grid: price spikes at the site's settlement point.
    public static final int PRICE_MEAN = B.add("price_usd_per_mwh", "grid", signedLog1p(50, 5000),
            "energy price, USD/MWh, mean over the token's spike intervals");
    public static final int PRICE_MAX = B.add("price_usd_per_mwh_max", "grid", signedLog1p(50, 5000),
            "maximum energy price over the token's spike intervals, USD/MWh");
    public static final int SPIKE_HOURS = B.add("spike_hours", "grid", log1p(0.25, 24),
            "hours of spike intervals in the token");

    /** The layout; its width is F_S. */
    public static final FeatureLayout LAYOUT = B.build();

    private SFeatures() {
    }
}
