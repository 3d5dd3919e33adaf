package com.hashinsight.ui.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.LocalizedText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recommendation's HashTrans reasons, which compare the heads' outputs as the reasons show them. */
class HeadReasonsTest {

    private static final int RECOMMENDED_C = 2;

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void differenceBelowShownDigitIsTie() {
        // The trained model's outputs on the sample: 0.03x % failure risk and 0.1 % repair downtime for every strategy.
        List<StrategyHeads.Summary> heads = List.of(
                new StrategyHeads.Summary("A", 52, 0.000342, 0.00118, 0.15),
                new StrategyHeads.Summary("B", 52, 0.000345, 0.00121, -0.31),
                new StrategyHeads.Summary("C", 52, 0.000339, 0.00124, 0.11));

        List<LocalizedText> reasons = ComparisonResults.headReasons(heads, RECOMMENDED_C);

        assertEquals(List.of("ui.comparison.reason.head.value.against", "ui.comparison.reason.head.failure.tie",
                "ui.comparison.reason.head.downtime.tie"), keys(reasons));
        assertTrue(reasons.get(1).format().startsWith("HashTrans failure head does not separate the strategies: "
                + "30-day failure or RMA risk 0.0 % for C (A 0.0 %, B 0.0 %)"), reasons.get(1).format());
    }

    @Test
    void shownDifferenceFavoursOrCountsAgainst() {
        List<StrategyHeads.Summary> heads = List.of(
                new StrategyHeads.Summary("A", 52, 0.031, 0.004, 0.20),
                new StrategyHeads.Summary("B", 52, 0.030, 0.002, 0.10),
                new StrategyHeads.Summary("C", 52, 0.020, 0.003, 0.30));

        List<LocalizedText> reasons = ComparisonResults.headReasons(heads, RECOMMENDED_C);

        assertEquals(List.of("ui.comparison.reason.head.failure.favours", "ui.comparison.reason.head.value.favours",
                "ui.comparison.reason.head.downtime.against"), keys(reasons));
    }

    @Test
    void tieWithBestStillFavours() {
        List<StrategyHeads.Summary> heads = List.of(
                new StrategyHeads.Summary("A", 52, 0.0101, 0.002, 0.25),
                new StrategyHeads.Summary("B", 52, 0.0300, 0.002, 0.10),
                new StrategyHeads.Summary("C", 52, 0.0100, 0.002, 0.25));

        List<LocalizedText> reasons = ComparisonResults.headReasons(heads, RECOMMENDED_C);

        assertEquals(List.of("ui.comparison.reason.head.failure.favours", "ui.comparison.reason.head.value.favours",
                "ui.comparison.reason.head.downtime.tie"), keys(reasons));
    }

    @Test
    void strategyWithoutMinersIsLeftOut() {
        List<StrategyHeads.Summary> heads = List.of(
                new StrategyHeads.Summary("A", 0, Double.NaN, Double.NaN, Double.NaN),
                new StrategyHeads.Summary("B", 52, 0.030, 0.002, 0.10),
                new StrategyHeads.Summary("C", 52, 0.020, 0.003, 0.30));

        List<LocalizedText> reasons = ComparisonResults.headReasons(heads, RECOMMENDED_C);

        assertEquals(3, reasons.size(), keys(reasons).toString());
        assertEquals(List.of("B 3.0 %", "B 0.10 USD", "B 0.2 %"),
                reasons.stream().map(reason -> String.valueOf(reason.args().get(2))).toList());
    }

    private static List<String> keys(List<LocalizedText> reasons) {
        return reasons.stream().map(LocalizedText::key).toList();
    }
}
