package com.hashinsight.ui.comparison;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.Formats;
import java.util.List;
import java.util.function.Function;

/** The rows of a strategy comparison, shared by the screen and the exports so that both show the same table. */
public final class ComparisonRows {

    /**
     * One row of the comparison table.
     *
     * @param id        node id suffix of the row's cells, for example {@code p50}
     * @param labelKey  message key of the row's label
     * @param value     a strategy's value as shown, in the current language
     */
    public record Row(String id, String labelKey, Function<StrategyColumn, String> value) {
    }

    /** Every row in display order: the strategy's description, then its economics, then its risks. */
    public static final List<Row> ALL = List.of(
            new Row("site", "ui.comparison.row.site", StrategyColumn::siteContract),
            new Row("power", "ui.comparison.row.power", StrategyColumn::powerMode),
            new Row("curtailment", "ui.comparison.row.curtailment", StrategyColumn::curtailment),
            new Row("firmware", "ui.comparison.row.firmware", StrategyColumn::firmware),
            new Row("payback", "ui.comparison.row.payback", ComparisonRows::payback),
            new Row("return", "ui.comparison.row.return",
                    column -> Formats.value("ui.comparison.value.percent", column.annualisedReturnPct())),
            new Row("p10", "ui.comparison.row.p10", column -> Formats.value("ui.comparison.value.usd", column.profitP10Usd())),
            new Row("p50", "ui.comparison.row.p50", column -> Formats.value("ui.comparison.value.usd", column.profitP50Usd())),
            new Row("p90", "ui.comparison.row.p90", column -> Formats.value("ui.comparison.value.usd", column.profitP90Usd())),
            new Row("energy", "ui.comparison.row.energy",
                    column -> Formats.value("ui.comparison.value.mwhPerPhDay", column.energyMwhPerPhDay())),
            new Row("risk", "ui.comparison.row.risk",
                    column -> Formats.value("ui.comparison.value.percent", column.failureRisk30dPct())),
            new Row("downtime", "ui.comparison.row.downtime",
                    column -> Formats.value("ui.comparison.value.percent", column.expectedDowntimePct())));

    /** Chart colours by strategy position; the recommended strategy is drawn thicker, not in another colour. */
    public static final List<String> COLORS = List.of("#1f6fb2", "#d35400", "#2e8b57", "#8e44ad", "#7f8c8d");

    private ComparisonRows() {
    }

    /** Shows the median payback month, or that the median path does not pay back within the horizon. */
    private static String payback(StrategyColumn column) {
        return Double.isNaN(column.paybackMonths()) ? Messages.get("ui.comparison.value.noPayback")
                : Formats.value("ui.comparison.value.months", column.paybackMonths());
    }
}
