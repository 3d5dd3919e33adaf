package com.hashinsight.ui.comparison;

import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.task.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * Test double of {@link StrategyScorer} with closed-form economics, for view-model unit tests that need exact
 * control over timing and failures. The monthly margin of each strategy moves with every scenario field. Screen
 * tests use {@link EngineStrategyScorer} over a real workspace instead.
 */
final class FakeStrategyScorer implements StrategyScorer {

    static final Scenario BASELINE = new Scenario(90_000, 2, 0, 0, 100);

    private static final int MONTHS = 36;
    private static final double[] CAPEX_USD = {100_000, 120_000, 90_000};
    private static final double[] HASH_SHARE = {1.0, 1.25, 0.85};
    private static final double[] ENERGY_MWH_PER_MONTH = {200, 230, 170};

    @Override
    public Scenario baseline() {
        return BASELINE;
    }

    @Override
    public ComparisonResult score(Scenario scenario, Progress progress) {
        List<StrategyColumn> columns = new ArrayList<>();
        int best = 0;
        double bestReturn = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < CAPEX_USD.length; i++) {
            progress.checkCancelled();
            double power = scenario.powerTargetPct() / 100;
            double revenue = 0.08 * scenario.btcUsd() * HASH_SHARE[i] * power;
            double energy = ENERGY_MWH_PER_MONTH[i] * power * (45 + scenario.electricityAdderUsdPerMwh());
            double hosting = 300 * (5 + scenario.hostingAdderUsdPerKwMonth());
            double firstMonthMargin = revenue - energy - hosting;
            List<Double> p10 = new ArrayList<>();
            List<Double> p50 = new ArrayList<>();
            List<Double> p90 = new ArrayList<>();
            double cumulative = -CAPEX_USD[i];
            double decay = 1 / (1 + scenario.difficultyGrowthPctPerMonth() / 100);
            double margin = firstMonthMargin;
            for (int month = 0; month <= MONTHS; month++) {
                double roi = 100 * cumulative / CAPEX_USD[i];
                p50.add(roi);
                p10.add(roi - 1.5 * month);
                p90.add(roi + 1.5 * month);
                cumulative += margin;
                margin = revenue * Math.pow(decay, month + 1) - energy - hosting;
            }
            double annualised = (p50.get(12) + 100);
            double payback = firstMonthMargin > 0 ? CAPEX_USD[i] / firstMonthMargin : Double.NaN;
            double profit = cumulative;
            columns.add(new StrategyColumn(String.valueOf((char) ('A' + i)), "Site " + i + ", fixed", "normal",
                    "none", "stock", payback, annualised, profit - 10_000, profit, profit + 10_000,
                    0.7 + 0.05 * i, Double.NaN, Double.NaN, new RoiCurve(p10, p50, p90)));
            if (annualised > bestReturn) {
                bestReturn = annualised;
                best = i;
            }
        }
        return new ComparisonResult(scenario, LocalizedText.of("ui.comparison.title"), columns, best,
                List.of(LocalizedText.of("ui.comparison.row.return")), MONTHS);
    }
}
