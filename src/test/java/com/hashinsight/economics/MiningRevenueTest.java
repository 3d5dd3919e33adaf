package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MiningRevenueTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void expectedBtcPerDayFollowsFormula() {
        // 200 TH/s at difficulty 8.6388558925171e13 (block 840,000) with 3.125 BTC + 0.1 BTC fees.
        double expected = 200e12 * 86_400 * 3.225 / (86_388_558_925_171.02 * 4_294_967_296.0);

        assertEquals(expected, MiningRevenue.expectedBtcPerDay(200, 86_388_558_925_171.02, 3.225), TOLERANCE);
    }

    @Test
    void wholeNetworkFindsAbout144BlocksPerDay() {
        double difficulty = 1e14;
        double networkThs = difficulty * 4_294_967_296.0 / 600.0 / 1e12;

        assertEquals(144.0, MiningRevenue.expectedBlocksPerDay(networkThs, difficulty), 1e-9);
    }

    @Test
    void zeroHashrateEarnsNothingAndNaNPropagates() {
        assertEquals(0.0, MiningRevenue.expectedBtcPerDay(0.0, 1e14, 3.125));
        assertTrue(Double.isNaN(MiningRevenue.expectedBtcPerDay(Double.NaN, 1e14, 3.125)));
        assertTrue(Double.isNaN(MiningRevenue.expectedBtcPerDay(100, 1e14, Double.NaN)));
    }

    @Test
    void negativeInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> MiningRevenue.expectedBtcPerDay(-1, 1e14, 3.125));
        assertThrows(IllegalArgumentException.class, () -> MiningRevenue.expectedBtcPerDay(1, 1e14, -3.125));
        assertEquals("difficulty", assertThrows(EconomicInputException.class,
                () -> MiningRevenue.expectedBtcPerDay(1, 0.0, 3.125)).field());
        assertEquals("difficulty", assertThrows(EconomicInputException.class,
                () -> MiningRevenue.expectedBtcPerDay(1, -5.0, 3.125)).field());
    }

    @Test
    void blockRewardAddsFeesToSubsidy() {
        assertEquals(3.125 + 0.2, MiningRevenue.blockRewardBtc(840_000L, 0.2), TOLERANCE);
        assertEquals("feesPerBlockBtc", assertThrows(EconomicInputException.class,
                () -> MiningRevenue.blockRewardBtc(840_000L, -0.1)).field());
    }
}
