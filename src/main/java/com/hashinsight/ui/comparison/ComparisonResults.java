package com.hashinsight.ui.comparison;

import com.hashinsight.economics.Percentiles;
import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.i18n.Messages;
import com.hashinsight.strategy.CandidateOutcome;
import com.hashinsight.strategy.ComparisonTable;
import com.hashinsight.strategy.PriorOperationalFactors;
import com.hashinsight.strategy.StrategyCandidate;
import com.hashinsight.strategy.StrategyComparison;
import com.hashinsight.ui.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Converts the strategy engine's comparison into what the comparison screen shows. Descriptions are formatted in
 * the current language, so a language switch converts again.
 */
final class ComparisonResults {

    private static final double DAYS_PER_YEAR = 365.25;
    private static final double RISK_HORIZON_DAYS = 30;
    private static final String PRIOR_FACTORS_LABEL = new PriorOperationalFactors().label();
    /** Step of a percentage in the head reasons, as their {@code 0.0} message pattern shows it. */
    private static final double PERCENT_STEP = 0.1;
    /** Step of a USD per TH/s value in the head reasons, as their {@code 0.00} message pattern shows it. */
    private static final double USD_PER_TH_STEP = 0.01;

    /**
     * HashTrans additions to one comparison.
     *
     * @param heads        head outputs per strategy, in column order; null when the model was not used
     * @param notes        where the failure risk and downtime come from, shown above the table
     * @param modelMillis  time spent in HashTrans, ms; NaN when the model was not used
     */
    record ModelView(List<StrategyHeads.Summary> heads, List<LocalizedText> notes, double modelMillis) {

        static final ModelView NONE = new ModelView(null, List.of(), Double.NaN);
    }

    /**
     * One head's reason: which way it points and how to show its values.
     *
     * @param key           message key prefix; ".favours", ".against" or ".tie" is appended
     * @param value         the head's output of a strategy, in display units
     * @param lowerIsBetter true for risks, false for values
     * @param valueKey      message key that shows one strategy's value
     * @param step          the smallest difference that {@code valueKey} shows, in display units
     */
    private record HeadReason(String key, ToDoubleFunction<StrategyHeads.Summary> value, boolean lowerIsBetter,
            String valueKey, double step) {

        /** Returns the value as the messages show it, in steps, with the better direction positive. */
        long shownMerit(StrategyHeads.Summary summary) {
            long steps = Math.round(value.applyAsDouble(summary) / step);
            return lowerIsBetter ? -steps : steps;
        }
    }

    private static final List<HeadReason> HEAD_REASONS = List.of(
            new HeadReason("ui.comparison.reason.head.failure", summary -> 100 * summary.failProb30d(), true,
                    "ui.comparison.reason.head.percent", PERCENT_STEP),
            new HeadReason("ui.comparison.reason.head.downtime", summary -> 100 * summary.downtimeShare(), true,
                    "ui.comparison.reason.head.percent", PERCENT_STEP),
            new HeadReason("ui.comparison.reason.head.value", StrategyHeads.Summary::valueUsdPerTh30d, false,
                    "ui.comparison.reason.head.usdPerTh", USD_PER_TH_STEP));

    private ComparisonResults() {
    }

    static ComparisonResult of(Scenario scenario, StrategyComparison comparison, ClientProfile client, String priceModel) {
        return of(scenario, comparison, client, priceModel, ModelView.NONE);
    }

    static ComparisonResult of(Scenario scenario, StrategyComparison comparison, ClientProfile client, String priceModel,
            ModelView model) {
        List<StrategyColumn> columns = new ArrayList<>();
        for (CandidateOutcome outcome : comparison.outcomes()) {
            columns.add(column(outcome));
        }
        String clientName = client.name() == null ? client.id() : client.name();
        LocalizedText subject = LocalizedText.of("ui.comparison.subject", clientName,
                LocalizedText.of("strategy.risk." + client.riskLevel().name()).format(), client.paybackTargetMonths(),
                comparison.paths(), comparison.seed(), factorsText(comparison.factorsLabel()), priceModelText(priceModel));
        List<LocalizedText> reasons = reasons(comparison, client);
        if (model.heads() != null) {
            reasons.addAll(headReasons(model.heads(), comparison.recommended()));
        }
        return new ComparisonResult(scenario, subject, columns, comparison.recommended(), reasons, comparison.months(),
                model.notes(), model.modelMillis());
    }

    /**
     * Returns one reason per HashTrans head with a value for the recommended strategy. Heads whose output is the best
     * of all strategies come first (they favour it), then those that count against it, then those that do not
     * separate the strategies. Outputs are compared as the reasons show them, so a reason never favours a strategy
     * over others that show the same number.
     */
    static List<LocalizedText> headReasons(List<StrategyHeads.Summary> heads, int recommended) {
        StrategyHeads.Summary best = heads.get(recommended);
        List<LocalizedText> favours = new ArrayList<>();
        List<LocalizedText> against = new ArrayList<>();
        List<LocalizedText> ties = new ArrayList<>();
        for (HeadReason reason : HEAD_REASONS) {
            double chosen = reason.value().applyAsDouble(best);
            if (!Double.isFinite(chosen)) {
                continue;
            }
            boolean isBest = true;
            boolean isTie = true;
            List<String> others = new ArrayList<>();
            for (int i = 0; i < heads.size(); i++) {
                double other = reason.value().applyAsDouble(heads.get(i));
                if (i == recommended || !Double.isFinite(other)) {
                    continue;
                }
                others.add(Messages.get(reason.valueKey(), heads.get(i).label(), other));
                long margin = reason.shownMerit(best) - reason.shownMerit(heads.get(i));
                isBest &= margin >= 0;
                isTie &= margin == 0;
            }
            if (others.isEmpty()) {
                continue;
            }
            String othersText = String.join(Messages.get("ui.comparison.reason.head.separator"), others);
            if (isTie) {
                ties.add(LocalizedText.of(reason.key() + ".tie", best.label(), chosen, othersText));
            } else if (isBest) {
                favours.add(LocalizedText.of(reason.key() + ".favours", best.label(), chosen, othersText));
            } else {
                against.add(LocalizedText.of(reason.key() + ".against", best.label(), chosen, othersText));
            }
        }
        favours.addAll(against);
        favours.addAll(ties);
        return favours;
    }

    /** Translates the price model's English label: the model names stay, and ", zero drift" is translated. */
    static String priceModelText(String label) {
        String zeroDrift = ", zero drift";
        return label.endsWith(zeroDrift)
                ? Messages.get("ui.comparison.priceModel.zeroDrift", label.substring(0, label.length() - zeroDrift.length()))
                : label;
    }

    /** Names the source of uptime and failure rates: the prior estimates, or a model by its version label. */
    private static String factorsText(String label) {
        return PRIOR_FACTORS_LABEL.equals(label) ? Messages.get("ui.comparison.factors.prior") : label;
    }

    private static StrategyColumn column(CandidateOutcome outcome) {
        StrategyCandidate candidate = outcome.candidate();
        String curtailment = ComparisonTable.describeStrike(candidate.curtailment());
        String rules = ComparisonTable.describeCurtailmentRules(candidate.curtailment());
        if (!rules.isEmpty()) {
            curtailment = curtailment + " (" + rules + ")";
        }
        String site = ComparisonTable.describeContract(candidate) + "\n" + ComparisonTable.describeFleet(candidate);
        Percentiles profit = outcome.projection().finalCumulativeNetUsd();
        double payback = outcome.medianPaybackMonth().isPresent() ? outcome.medianPaybackMonth().getAsInt() : Double.NaN;
        // Failures arrive as a Poisson process at the strategy's rate, so P(at least one in 30 days) = 1 - exp(-rate·t).
        double riskPct = -Math.expm1(-outcome.failuresPerMinerYear() * RISK_HORIZON_DAYS / DAYS_PER_YEAR) * 100;
        return new StrategyColumn(candidate.label(), site,
                Messages.get("strategy.value.percent", candidate.powerTarget()), curtailment,
                Messages.get("strategy.firmware." + candidate.firmware().name()), payback,
                outcome.annualisedReturnP50() * 100, profit.p10(), profit.p50(), profit.p90(),
                outcome.kwhPerPhDay() / 1_000, riskPct, outcome.expectedDowntimeShare() * 100, roi(outcome));
    }

    /** Cumulative net profit in percent of the capital, from −100 at purchase. */
    private static RoiCurve roi(CandidateOutcome outcome) {
        double capital = outcome.capitalUsd();
        List<Double> p10 = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p90 = new ArrayList<>();
        p10.add(-100.0);
        p50.add(-100.0);
        p90.add(-100.0);
        for (Percentiles month : outcome.cumulativeNetUsdByMonth()) {
            p10.add(100 * month.p10() / capital);
            p50.add(100 * month.p50() / capital);
            p90.add(100 * month.p90() / capital);
        }
        return new RoiCurve(p10, p50, p90);
    }

    private static List<LocalizedText> reasons(StrategyComparison comparison, ClientProfile client) {
        CandidateOutcome best = comparison.recommendedOutcome();
        List<LocalizedText> reasons = new ArrayList<>();
        reasons.add(LocalizedText.of(comparison.recommendationKey()));
        Percentiles profit = best.projection().finalCumulativeNetUsd();
        reasons.add(LocalizedText.of("ui.comparison.reason.profit", comparison.months(), profit.p10(), profit.p50(),
                profit.p90()));
        if (best.medianPaybackMonth().isPresent()) {
            reasons.add(LocalizedText.of("ui.comparison.reason.payback", best.medianPaybackMonth().getAsInt(),
                    client.paybackTargetMonths()));
        } else {
            reasons.add(LocalizedText.of("ui.comparison.reason.noPayback", comparison.months(), client.paybackTargetMonths()));
        }
        return reasons;
    }
}
