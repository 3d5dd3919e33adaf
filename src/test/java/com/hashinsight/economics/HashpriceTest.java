package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.MarketSnapshot;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HashpriceTest {

    private static final double TOLERANCE = 1e-9;

    /** 1e15 H/s × 86,400 s × 3.125 BTC × 100,000 USD / (1e14 × 2^32) = 2.7e11 / 2^32 USD. */
    private static final double HAND_CHECKED_USD_PER_PH_DAY = 62.864273786544800;

    @Test
    void handCheckedDayGivesAbout62point9UsdPerPhDay() {
        Hashprice hashprice = Hashprice.of(1e14, 3.125, 100_000.0);

        assertEquals(HAND_CHECKED_USD_PER_PH_DAY, hashprice.usdPerPhDay(), TOLERANCE);
        assertEquals(2.7e11 / Math.pow(2, 32), hashprice.usdPerPhDay(), TOLERANCE);
        assertEquals(0.062864273786544800, hashprice.usdPerThDay(), TOLERANCE);
        assertEquals(6.28642737865448e-4, hashprice.btcPerPhDay(), TOLERANCE * 1e-4);
        assertEquals(6.28642737865448e-7, hashprice.btcPerThDay(), TOLERANCE * 1e-7);
    }

    @Test
    void feesAddToTheReward() {
        Hashprice withoutFees = Hashprice.of(1e14, 3.125, 100_000.0);
        Hashprice withFees = Hashprice.of(1e14, 3.125 + 0.125, 100_000.0);

        assertEquals(withoutFees.usdPerPhDay() * 1.04, withFees.usdPerPhDay(), TOLERANCE);
    }

    @Test
    void snapshotUsesSubsidyOfItsHeight() {
        MarketSnapshot market = new MarketSnapshot(Instant.parse("2024-04-20T00:00:00Z"), 840_000L, 100_000.0, 1e14, Double.NaN, 0.0);

        assertEquals(HAND_CHECKED_USD_PER_PH_DAY, Hashprice.of(market).usdPerPhDay(), TOLERANCE);
    }

    @Test
    void snapshotWithoutHeightNamesTheField() {
        MarketSnapshot market = new MarketSnapshot(Instant.parse("2024-04-20T00:00:00Z"), -1L, 100_000.0, 1e14, Double.NaN, 0.0);

        EconomicInputException error = assertThrows(EconomicInputException.class, () -> Hashprice.of(market));
        assertEquals("blockHeight", error.field());
    }

    @Test
    void snapshotWithoutFeesOrPriceNamesTheField() {
        Instant time = Instant.parse("2024-04-20T00:00:00Z");
        MarketSnapshot noFees = new MarketSnapshot(time, 840_000L, 100_000.0, 1e14, Double.NaN, Double.NaN);
        MarketSnapshot noPrice = new MarketSnapshot(time, 840_000L, Double.NaN, 1e14, Double.NaN, 0.1);
        MarketSnapshot noDifficulty = new MarketSnapshot(time, 840_000L, 100_000.0, Double.NaN, Double.NaN, 0.1);

        assertEquals("feesPerBlockBtc", assertThrows(EconomicInputException.class, () -> Hashprice.of(noFees)).field());
        assertEquals("btcUsd", assertThrows(EconomicInputException.class, () -> Hashprice.of(noPrice)).field());
        assertEquals("difficulty", assertThrows(EconomicInputException.class, () -> Hashprice.of(noDifficulty)).field());
    }

    @Test
    void unknownBtcPriceLeavesBtcFiguresValid() {
        Hashprice hashprice = Hashprice.of(1e14, 3.125, Double.NaN);

        assertTrue(Double.isNaN(hashprice.usdPerPhDay()));
        assertEquals(6.28642737865448e-4, hashprice.btcPerPhDay(), TOLERANCE * 1e-4);
    }

    @Test
    void revenuePerMwhOfS21AtHandCheckedDay() {
        // 17.5 J/TH draws 17.5 × 86,400 / 3.6e9 = 4.2e-4 MWh per TH/s·day.
        Hashprice hashprice = Hashprice.of(1e14, 3.125, 100_000.0);

        assertEquals(HAND_CHECKED_USD_PER_PH_DAY / 1000 / 4.2e-4, hashprice.usdPerMwh(17.5), TOLERANCE);
        assertThrows(IllegalArgumentException.class, () -> hashprice.usdPerMwh(0.0));
    }
}
