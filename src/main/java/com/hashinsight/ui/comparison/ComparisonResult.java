package com.hashinsight.ui.comparison;

import com.hashinsight.ui.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A scored comparison of the strategies under one scenario.
 *
 * @param scenario         the assumptions scored
 * @param subject          whose strategies these are and how they were scored, for the screen and exports
 * @param columns          the strategies, usually A, B and C
 * @param recommended      index into {@code columns} of the recommended strategy
 * @param reasons          why that strategy is recommended, most important first
 * @param horizonMonths    months that the profit quantiles cover
 * @param modelNotes       where the failure risk and downtime come from: the HashTrans model, or why it is not used
 * @param modelMillis      time spent in HashTrans for this scenario, ms; NaN when the model was not used
 */
public record ComparisonResult(Scenario scenario, LocalizedText subject, List<StrategyColumn> columns, int recommended,
        List<LocalizedText> reasons, int horizonMonths, List<LocalizedText> modelNotes, double modelMillis) {

    public ComparisonResult {
        Objects.requireNonNull(subject, "subject");
        columns = List.copyOf(columns);
        reasons = List.copyOf(reasons);
        modelNotes = List.copyOf(modelNotes);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one strategy");
        }
        if (recommended < 0 || recommended >= columns.size()) {
            throw new IllegalArgumentException("recommended index " + recommended + " is outside 0.." + (columns.size() - 1));
        }
        if (horizonMonths <= 0) {
            throw new IllegalArgumentException("horizonMonths must be positive, got " + horizonMonths);
        }
    }

    /** Creates a result without model notes, for scorers that do not involve HashTrans. */
    public ComparisonResult(Scenario scenario, LocalizedText subject, List<StrategyColumn> columns, int recommended,
            List<LocalizedText> reasons, int horizonMonths) {
        this(scenario, subject, columns, recommended, reasons, horizonMonths, List.of(), Double.NaN);
    }

    public StrategyColumn recommendedColumn() {
        return columns.get(recommended);
    }
}
