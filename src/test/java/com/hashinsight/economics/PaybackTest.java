package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaybackTest {

    private static final double TOLERANCE = 1e-9;
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final int FIVE_YEARS = 5 * 365;

    @Test
    void fallingProfitNeverPaysBack() {
        // 40 USD on day 0, 0.50 USD less each day: the sum peaks at 81 × 40 - 0.5 × (80 × 81 / 2) = 1,620 USD.
        double[] daily = new double[FIVE_YEARS];
        for (int day = 0; day < daily.length; day++) {
            daily[day] = 40 - 0.5 * day;
        }

        PaybackResult result = Payback.fromDailyNet(3_000, START, daily);

        assertTrue(result.isNever());
        assertTrue(result.paybackDays().isEmpty());
        assertEquals(1_620.0, result.peakCumulativeNetUsd(), TOLERANCE);
        assertEquals(START.plusDays(79), result.peakDate());
    }

    @Test
    void lossFromFirstDayNeverPaysBack() {
        double[] daily = new double[FIVE_YEARS];
        Arrays.fill(daily, -2.5);
        double[] zero = new double[FIVE_YEARS];

        assertTrue(Payback.fromDailyNet(3_000, START, daily).isNever());
        assertTrue(Payback.fromDailyNet(3_000, START, zero).isNever());
        DecliningYield losing = new DecliningYield(10, 12, 0.001, null, 0.02);
        PaybackResult result = Payback.withDecliningYield(3_000, START, losing, FIVE_YEARS);
        assertTrue(result.isNever());
        assertEquals(1, result.daysEvaluated(), "a non-increasing loss proves never on the first day");
    }

    @Test
    void constantProfitPaysBackOnExactDay() {
        double[] daily = new double[FIVE_YEARS];
        Arrays.fill(daily, 40);

        PaybackResult result = Payback.fromDailyNet(3_000, START, daily);

        assertEquals(Optional.of(START.plusDays(75)), result.paybackDate());
        assertEquals(75L, result.paybackDays().getAsLong());
        assertFalse(result.isNever());
    }

    @Test
    void halvingDelaysPayback() {
        DecliningYield withoutHalving = new DecliningYield(40, 20, 0.0, null, 0.0);
        DecliningYield withHalving = new DecliningYield(40, 20, 0.0, START.plusDays(30), 0.0);

        // Without a halving: 20 USD/day pays 3,000 in 150 days. With it: 30 × 20 = 600, then 0/day, so never.
        assertEquals(150L, Payback.withDecliningYield(3_000, START, withoutHalving, FIVE_YEARS).paybackDays().getAsLong());
        PaybackResult halved = Payback.withDecliningYield(3_000, START, withHalving, FIVE_YEARS);
        assertTrue(halved.isNever());
        assertEquals(600.0, halved.peakCumulativeNetUsd(), TOLERANCE);
    }

    @Test
    void feesSoftenTheHalving() {
        DecliningYield yield = new DecliningYield(40, 10, 0.0, START, 0.2);

        // After the halving revenue is 40 × (0.8 / 2 + 0.2) = 24 USD/day.
        assertEquals(14.0, yield.netUsdOnDay(START, 0), TOLERANCE);
    }

    @Test
    void difficultyGrowthLowersDailyProfit() {
        DecliningYield yield = new DecliningYield(40, 10, 0.002, null, 0.0);

        assertEquals(40 / Math.pow(1.002, 365) - 10, yield.netUsdOnDay(START, 365), TOLERANCE);
        PaybackResult result = Payback.withDecliningYield(3_000, START, yield, FIVE_YEARS);
        assertTrue(result.paybackDays().getAsLong() > 100, "slower than 3,000 / 30 = 100 days");
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Payback.fromDailyNet(-1, START, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> Payback.fromDailyNet(1, START, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> new DecliningYield(10, 5, -1.5, null, 0));
    }
}
