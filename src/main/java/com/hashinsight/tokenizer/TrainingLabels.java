package com.hashinsight.tokenizer;

import com.hashinsight.simulation.CounterfactualRecord;
import com.hashinsight.simulation.GroundTruthReader;
import com.hashinsight.simulation.MinerDayRecord;
import com.hashinsight.simulation.MinerPlanRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One world's ground truth indexed for labelling: miner-days by serial and day, counterfactual
 * outcomes by serial, anchor day, candidate and horizon.
 */
final class TrainingLabels {

    /** Horizons of {@code y_profit} and {@code y_cand_profit}, in days. */
    static final int[] PROFIT_HORIZONS_DAYS = {30, 90, 365};
    /** Horizons of {@code y_cand_fail}, in days. */
    static final int[] FAIL_HORIZONS_DAYS = {7, 30};
    /** Horizon of {@code y_value} and {@code y_risk}, in days. */
    static final int VALUE_HORIZON_DAYS = 30;

    private final Map<String, MinerPlanRecord> plans = new HashMap<>();
    private final Map<String, List<MinerDayRecord>> days = new HashMap<>();
    private final Map<String, CounterfactualRecord> counterfactuals = new HashMap<>();
    private final int writtenDays;

    TrainingLabels(GroundTruthReader truth) {
        writtenDays = truth.world().days();
        truth.miners().forEach(plan -> plans.put(plan.serial(), plan));
        truth.forEachMinerDay(day -> days.computeIfAbsent(day.serial(), k -> new ArrayList<>()).add(day));
        truth.forEachCounterfactual(row -> counterfactuals.put(key(row.serial(), row.anchorDay(), row.candidateId(),
                row.horizonDays()), row));
    }

    MinerPlanRecord plan(String serial) {
        return plans.get(serial);
    }

    /** Returns the miner-day record of {@code day}, or null when the ground truth has none. */
    MinerDayRecord day(String serial, int day) {
        List<MinerDayRecord> rows = days.getOrDefault(serial, List.of());
        if (day >= 0 && day < rows.size() && rows.get(day).day() == day) {
            return rows.get(day);
        }
        for (MinerDayRecord row : rows) {
            if (row.day() == day) {
                return row;
            }
        }
        return null;
    }

    /** Returns the applicable counterfactual outcome, or null when there is none or it does not apply. */
    CounterfactualRecord counterfactual(String serial, int anchorDay, String candidateId, int horizonDays) {
        CounterfactualRecord row = counterfactuals.get(key(serial, anchorDay, candidateId, horizonDays));
        return row != null && row.applicable() ? row : null;
    }

    /**
     * Returns the real run's net profit over days {@code [day, day + horizonDays)} in USD, or NaN when
     * the written days end earlier or a day is missing.
     */
    double realisedNetProfitUsd(String serial, int day, int horizonDays) {
        if (day + horizonDays > writtenDays) {
            return Double.NaN;
        }
        double sum = 0;
        for (int d = day; d < day + horizonDays; d++) {
            MinerDayRecord row = day(serial, d);
            if (row == null) {
                return Double.NaN;
            }
            sum += row.netProfitUsd();
        }
        return sum;
    }

    private static String key(String serial, int anchorDay, String candidateId, int horizonDays) {
        return serial + '\u0000' + anchorDay + '\u0000' + candidateId + '\u0000' + horizonDays;
    }
}
