package com.hashinsight.strategy;

import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.economics.Percentiles;
import com.hashinsight.fleet.Contract;
import com.hashinsight.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Renders a strategy comparison as a text table in the current {@link Messages} language: one
 * column per candidate, one row per setting or score.
 */
public final class ComparisonTable {

    private static final int LABEL_WIDTH = 30;
    private static final int COLUMN_WIDTH = 36;

    private ComparisonTable() {
    }

    /** Returns the table's lines, ending with the recommendation. */
    public static List<String> render(StrategyComparison comparison) {
        List<CandidateOutcome> outcomes = comparison.outcomes();
        List<String> lines = new ArrayList<>();
        lines.add(row("", outcomes, outcome -> outcome.candidate().label()));
        lines.add(row(Messages.get("strategy.row.site"), outcomes, outcome -> siteName(outcome.candidate())));
        lines.add(row(Messages.get("strategy.row.contract"), outcomes, outcome -> describeContractTerms(outcome.candidate())));
        lines.add(row(Messages.get("strategy.row.miners"), outcomes, outcome -> describeFleet(outcome.candidate())));
        lines.add(row(Messages.get("strategy.row.power"), outcomes,
                outcome -> Messages.get("strategy.value.percent", outcome.candidate().powerTarget())));
        lines.add(row(Messages.get("strategy.row.curtailment"), outcomes, outcome -> describeStrike(outcome.candidate().curtailment())));
        lines.add(row(Messages.get("strategy.row.curtailmentRules"), outcomes,
                outcome -> describeCurtailmentRules(outcome.candidate().curtailment())));
        lines.add(row(Messages.get("strategy.row.firmware"), outcomes,
                outcome -> Messages.get("strategy.firmware." + outcome.candidate().firmware().name())));
        lines.add(row(Messages.get("strategy.row.capital"), outcomes, outcome -> usd(outcome.capitalUsd())));
        lines.add(row(Messages.get("strategy.row.payback"), outcomes, ComparisonTable::payback));
        lines.add(row(Messages.get("strategy.row.return"), outcomes, outcome -> percent(outcome.annualisedReturnP50())));
        lines.add(row(Messages.get("strategy.row.p10"), outcomes, outcome -> usd(finalProfit(outcome).p10())));
        lines.add(row(Messages.get("strategy.row.p50"), outcomes, outcome -> usd(finalProfit(outcome).p50())));
        lines.add(row(Messages.get("strategy.row.p90"), outcomes, outcome -> usd(finalProfit(outcome).p90())));
        lines.add(row(Messages.get("strategy.row.drawdown"), outcomes, outcome -> usd(outcome.projection().maxDrawdownUsd().p50())));
        lines.add(row(Messages.get("strategy.row.energy"), outcomes,
                outcome -> Messages.get("strategy.value.kwhPerPhDay", outcome.kwhPerPhDay())));
        lines.add(row(Messages.get("strategy.row.cycles"), outcomes,
                outcome -> Messages.get("strategy.value.decimal", outcome.cyclesPerMinerYear())));
        lines.add(row(Messages.get("strategy.row.downtime"), outcomes, outcome -> percent(outcome.expectedDowntimeShare())));
        lines.add("");
        CandidateOutcome recommended = comparison.recommendedOutcome();
        lines.add(Messages.get("strategy.recommended", recommended.candidate().label(), Messages.get(comparison.recommendationKey())));
        return lines;
    }

    /** Describes the site and contract, for example "Pecos, spot HB_WEST + 3.0 USD/MWh". */
    public static String describeContract(StrategyCandidate candidate) {
        Contract contract = candidate.contract();
        String site = siteName(candidate);
        return Messages.get("strategy.contract." + contract.type().name(), site, contract.fixedUsdPerMwh(),
                String.valueOf(candidate.site().settlementPoint()), contract.spotAdderUsdPerMwh());
    }

    /** Describes the contract without the site, for example "spot HB_WEST + 3.0 USD/MWh". */
    public static String describeContractTerms(StrategyCandidate candidate) {
        Contract contract = candidate.contract();
        return Messages.get("strategy.terms." + contract.type().name(), contract.fixedUsdPerMwh(),
                String.valueOf(candidate.site().settlementPoint()), contract.spotAdderUsdPerMwh());
    }

    private static String siteName(StrategyCandidate candidate) {
        return candidate.site().name() == null ? candidate.site().id() : candidate.site().name();
    }

    /**
     * Describes the fleet mix, for example "100 × Antminer S21", or "52 miners of 4 models" when
     * the list would not fit a column.
     */
    public static String describeFleet(StrategyCandidate candidate) {
        StringJoiner joiner = new StringJoiner(", ");
        for (FleetLine line : candidate.fleetMix()) {
            joiner.add(Messages.get("strategy.value.fleetLine", line.count(), line.model().model()));
        }
        String lines = joiner.toString();
        return lines.length() < COLUMN_WIDTH ? lines
                : Messages.get("strategy.value.fleetSummary", candidate.minerCount(), candidate.fleetMix().size());
    }

    /** Describes a curtailment policy's strike, for example "breakeven +10 USD/MWh" or "always on". */
    public static String describeStrike(CurtailmentPolicy policy) {
        if (policy.isAlwaysOn()) {
            return Messages.get("strategy.curtailment.alwaysOn");
        }
        return policy.strike().followsBreakeven()
                ? Messages.get("strategy.curtailment.breakeven", policy.strike().usdPerMwh())
                : Messages.get("strategy.curtailment.fixed", policy.strike().usdPerMwh());
    }

    /** Describes a curtailment policy's hysteresis, minimum off-time, 4CP windows and demand response; empty when always on. */
    public static String describeCurtailmentRules(CurtailmentPolicy policy) {
        if (policy.isAlwaysOn()) {
            return "";
        }
        String text = Messages.get("strategy.curtailment.rules", policy.hysteresisUsdPerMwh(), policy.minOffMinutes());
        if (!policy.peakWindows().isEmpty()) {
            text += Messages.get("strategy.curtailment.fourCp");
        }
        if (policy.respondsToDemandResponse()) {
            text += Messages.get("strategy.curtailment.demandResponse");
        }
        return text;
    }

    private static String payback(CandidateOutcome outcome) {
        return outcome.medianPaybackMonth().isPresent()
                ? Messages.get("strategy.value.months", outcome.medianPaybackMonth().getAsInt())
                : Messages.get("strategy.value.never");
    }

    private static Percentiles finalProfit(CandidateOutcome outcome) {
        return outcome.projection().finalCumulativeNetUsd();
    }

    private static String usd(double value) {
        return Messages.get("strategy.value.usd", value);
    }

    private static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : Messages.get("strategy.value.percent", fraction);
    }

    private static String row(String label, List<CandidateOutcome> outcomes, Function<CandidateOutcome, String> cell) {
        StringBuilder line = new StringBuilder(pad(label, LABEL_WIDTH));
        for (CandidateOutcome outcome : outcomes) {
            line.append(pad(cell.apply(outcome), COLUMN_WIDTH));
        }
        return line.toString().stripTrailing();
    }

    /** Pads to {@code width} display columns, counting CJK characters as two. */
    static String pad(String text, int width) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            columns += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN ? 2 : 1;
        }
        return text + " ".repeat(Math.max(1, width - columns));
    }
}
