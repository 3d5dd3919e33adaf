package com.hashinsight.tokenizer;

import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.TelemetrySample;

/**
 * Running statistics of the telemetry samples in one window (one sample for a native token, one
 * UTC hour or day for a summary), written as one S-token's telemetry columns.
 *
 * <p>Missing readings (NaN, or -1 for counts) are left out of that metric's statistics and lower
 * its presence share; they never enter a mean as 0.
 */
final class TelemetryWindow {

    private static final int HASHRATE = 0;
    private static final int POWER = 1;
    private static final int EFFICIENCY = 2;
    private static final int BOARD_TEMP = 3;
    private static final int CHIP_TEMP = 4;
    private static final int INLET_TEMP = 5;
    private static final int OUTLET_TEMP = 6;
    private static final int FAN = 7;
    private static final int BOARDS = 8;
    private static final int CHIP_ERRORS = 9;
    private static final int METRICS = 10;

    private final MinerModel model;
    private final int[] count = new int[METRICS];
    private final double[] sum = new double[METRICS];
    private final double[] sumSquares = new double[METRICS];
    private final double[] min = new double[METRICS];
    private final double[] max = new double[METRICS];
    private final int[] statusCount = new int[SFeatures.STATUSES.size()];
    private final int[] errorBucketRows = new int[SFeatures.ERROR_CODE_BUCKETS];
    private final boolean[] rowBuckets = new boolean[SFeatures.ERROR_CODE_BUCKETS];
    private int rows;
    private long errorCodes;

    TelemetryWindow(MinerModel model) {
        this.model = model;
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    int rows() {
        return rows;
    }

    void add(TelemetrySample sample) {
        rows++;
        double hashrateThs = sample.hashrateThs();
        double powerW = sample.powerW();
        accept(HASHRATE, hashrateThs / model.nominalThs());
        accept(POWER, powerW / model.nominalW());
        if (hashrateThs > 0 && Double.isFinite(powerW)) {
            accept(EFFICIENCY, (powerW / hashrateThs) / model.joulesPerTh());
        }
        accept(BOARD_TEMP, sample.boardTempC());
        accept(CHIP_TEMP, sample.chipTempC());
        accept(INLET_TEMP, sample.inletTempC());
        accept(OUTLET_TEMP, sample.outletTempC());
        accept(FAN, sample.fanRpm());
        if (sample.boardsActive() >= 0) {
            accept(BOARDS, sample.boardsActive() / (double) model.hashboards());
        }
        if (sample.chipErrors() >= 0) {
            accept(CHIP_ERRORS, sample.chipErrors());
        }
        statusCount[statusIndex(sample.status())]++;
        addErrorCodes(sample.errorCodes());
    }

    /** Writes the telemetry columns of an S-token into {@code row}. */
    void writeTo(float[] row) {
        FeatureLayout layout = SFeatures.LAYOUT;
        if (rows == 0) {
            return;
        }
        layout.put(row, SFeatures.SAMPLE_COUNT, rows);
        putStats(row, HASHRATE, SFeatures.HASHRATE_RATIO, SFeatures.HASHRATE_PRESENT);
        putMinMaxStd(row, HASHRATE, SFeatures.HASHRATE_RATIO_MIN, SFeatures.HASHRATE_RATIO_MAX, SFeatures.HASHRATE_RATIO_STD);
        putStats(row, POWER, SFeatures.POWER_RATIO, SFeatures.POWER_PRESENT);
        putStats(row, EFFICIENCY, SFeatures.EFFICIENCY_RATIO, SFeatures.EFFICIENCY_PRESENT);
        putStats(row, BOARD_TEMP, SFeatures.BOARD_TEMP, SFeatures.BOARD_TEMP_PRESENT);
        putMinMaxStd(row, BOARD_TEMP, -1, SFeatures.BOARD_TEMP_MAX, SFeatures.BOARD_TEMP_STD);
        putStats(row, CHIP_TEMP, SFeatures.CHIP_TEMP, SFeatures.CHIP_TEMP_PRESENT);
        putMinMaxStd(row, CHIP_TEMP, -1, SFeatures.CHIP_TEMP_MAX, SFeatures.CHIP_TEMP_STD);
        putStats(row, INLET_TEMP, SFeatures.INLET_TEMP, SFeatures.INLET_TEMP_PRESENT);
        putStats(row, OUTLET_TEMP, SFeatures.OUTLET_TEMP, SFeatures.OUTLET_TEMP_PRESENT);
        putStats(row, FAN, SFeatures.FAN_RPM, SFeatures.FAN_PRESENT);
        putStats(row, BOARDS, SFeatures.BOARDS_ACTIVE_RATIO, SFeatures.BOARDS_ACTIVE_PRESENT);
        putMinMaxStd(row, BOARDS, SFeatures.BOARDS_ACTIVE_MIN, -1, -1);
        putStats(row, CHIP_ERRORS, SFeatures.CHIP_ERRORS, SFeatures.CHIP_ERRORS_PRESENT);
        putMinMaxStd(row, CHIP_ERRORS, -1, SFeatures.CHIP_ERRORS_MAX, -1);
        for (int i = 0; i < statusCount.length; i++) {
            row[SFeatures.STATUS_FIRST + i] = statusCount[i] / (float) rows;
        }
        layout.put(row, SFeatures.ERROR_CODE_COUNT, errorCodes / (double) rows);
        for (int i = 0; i < errorBucketRows.length; i++) {
            row[SFeatures.ERROR_CODE_FIRST + i] = errorBucketRows[i] / (float) rows;
        }
    }

    private void accept(int metric, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        count[metric]++;
        sum[metric] += value;
        sumSquares[metric] += value * value;
        min[metric] = Math.min(min[metric], value);
        max[metric] = Math.max(max[metric], value);
    }

    private void putStats(float[] row, int metric, int valueColumn, int presentColumn) {
        row[presentColumn] = count[metric] / (float) rows;
        if (count[metric] > 0) {
            SFeatures.LAYOUT.put(row, valueColumn, sum[metric] / count[metric]);
        }
    }

    private void putMinMaxStd(float[] row, int metric, int minColumn, int maxColumn, int stdColumn) {
        int n = count[metric];
        if (n == 0) {
            return;
        }
        FeatureLayout layout = SFeatures.LAYOUT;
        if (minColumn >= 0) {
            layout.put(row, minColumn, min[metric]);
        }
        if (maxColumn >= 0) {
            layout.put(row, maxColumn, max[metric]);
        }
        if (stdColumn >= 0) {
            double mean = sum[metric] / n;
            // Population variance from the running sums; clamp the rounding error below zero.
            double variance = Math.max(0, sumSquares[metric] / n - mean * mean);
            layout.put(row, stdColumn, Math.sqrt(variance));
        }
    }

    private void addErrorCodes(String codes) {
        if (codes.isBlank()) {
            return;
        }
        java.util.Arrays.fill(rowBuckets, false);
        for (String code : codes.split(";")) {
            if (!code.isBlank()) {
                errorCodes++;
                rowBuckets[FeatureHash.bucket(code, SFeatures.ERROR_CODE_BUCKETS)] = true;
            }
        }
        for (int i = 0; i < rowBuckets.length; i++) {
            if (rowBuckets[i]) {
                errorBucketRows[i]++;
            }
        }
    }

    private static int statusIndex(String status) {
        int index = SFeatures.STATUSES.indexOf(status.trim().toUpperCase(java.util.Locale.ROOT));
        return index >= 0 && index < SFeatures.STATUSES.size() - 1 ? index : SFeatures.STATUSES.size() - 1;
    }
}
