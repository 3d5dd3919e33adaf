package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloProjectionTest {

    private static final double TOLERANCE = 1e-6;
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final MinerGroup HUNDRED_S21 = new MinerGroup("S21", 100, 200, 3_500);
    private static final double ENERGY_USD_PER_MINER_MWH = 55.0;

    @Test
    void flatMarketMatchesHandComputedProfit() {
        MarketModel market = flatMarket(900_000L);
        ProjectionFleet fleet = fleet(HUNDRED_S21, 300_000, 0.0);

        ProjectionResult result = MonteCarloProjection.project(market, fleet, 12, 50, 7L);

        double cumulative = -300_000;
        for (int m = 0; m < 12; m++) {
            int days = (int) ChronoUnit.DAYS.between(START.plusMonths(m), START.plusMonths(m + 1));
            double btc = 20_000 * 1e12 * 86_400 * days / (1e14 * Math.pow(2, 32)) * (3.125 + 0.05) * 0.98;
            double energy = 0.35 * 24 * days * ENERGY_USD_PER_MINER_MWH;
            cumulative += btc * 80_000 - energy - 1_000 * days / HostingFees.DAYS_PER_MONTH;
            Percentiles month = result.cumulativeNetUsdByMonth().get(m);
            assertEquals(cumulative, month.p10(), TOLERANCE * Math.abs(cumulative));
            assertEquals(cumulative, month.p90(), TOLERANCE * Math.abs(cumulative));
        }
        assertEquals(80_000.0, result.btcUsdByMonth().getLast().p50(), TOLERANCE);
    }

    @Test
    void halvingByProjectedHeightHalvesSubsidy() {
        // 1,049,000 is 1,000 blocks (about 7 days at 144 per day) before the 2028 halving.
        double january = MarketModel.meanSubsidyBtc(1_049_000L, 31);
        double blocks = Math.round(31 * 144.0);

        assertEquals((1_000 * 3.125 + (blocks - 1_000) * 1.5625) / blocks, january, 1e-12);
        assertEquals(3.125, MarketModel.meanSubsidyBtc(900_000L, 31), 1e-12);

        ProjectionResult before = MonteCarloProjection.project(flatMarket(1_000_000L), fleet(HUNDRED_S21, 0, 0.0), 3, 1, 1L);
        ProjectionResult across = MonteCarloProjection.project(flatMarket(1_049_000L), fleet(HUNDRED_S21, 0, 0.0), 3, 1, 1L);
        assertTrue(across.finalCumulativeNetUsd().p50() < before.finalCumulativeNetUsd().p50());
    }

    @Test
    void sameSeedGivesSameResult() {
        MarketModel market = randomMarket();
        ProjectionFleet fleet = fleet(HUNDRED_S21, 300_000, 0.0);

        ProjectionResult first = MonteCarloProjection.project(market, fleet, 36, 2_000, 42L);
        ProjectionResult second = MonteCarloProjection.project(market, fleet, 36, 2_000, 42L);
        ProjectionResult other = MonteCarloProjection.project(market, fleet, 36, 2_000, 43L);

        assertEquals(first, second);
        assertNotEquals(first.finalCumulativeNetUsd(), other.finalCumulativeNetUsd());
    }

    @Test
    void percentilesAreOrderedAndSpread() {
        ProjectionResult result = MonteCarloProjection.project(randomMarket(), fleet(HUNDRED_S21, 300_000, 0.0), 36, 4_000, 5L);

        for (Percentiles month : result.cumulativeNetUsdByMonth()) {
            assertTrue(month.p10() <= month.p50(), month.toString());
            assertTrue(month.p50() <= month.p90(), month.toString());
        }
        Percentiles last = result.finalCumulativeNetUsd();
        assertTrue(last.p90() - last.p10() > 10_000, "a 70 % yearly volatility must spread the outcomes: " + last);
        assertTrue(result.maxDrawdownUsd().p10() >= 0);
        assertTrue(result.annualisedReturn().p10() >= -1);
    }

    @Test
    void heldBtcIsValuedAtClosingPrice() {
        // In a flat market holding and selling give the same position.
        ProjectionResult selling = MonteCarloProjection.project(flatMarket(900_000L), fleet(HUNDRED_S21, 100_000, 0.0), 6, 1, 1L);
        ProjectionResult holding = MonteCarloProjection.project(flatMarket(900_000L), fleet(HUNDRED_S21, 100_000, 1.0), 6, 1, 1L);

        assertEquals(selling.finalCumulativeNetUsd().p50(), holding.finalCumulativeNetUsd().p50(), 1e-6);
    }

    @Test
    void paybackDrawdownAndReturnOfDeterministicPath() {
        ProjectionResult result = MonteCarloProjection.project(flatMarket(900_000L), fleet(HUNDRED_S21, 300_000, 0.0), 36, 3, 1L);

        double finalPosition = result.finalCumulativeNetUsd().p50();
        assertEquals(Math.pow((300_000 + finalPosition) / 300_000, 12.0 / 36) - 1, result.annualisedReturn().p50(), TOLERANCE);
        assertEquals(0.0, result.maxDrawdownUsd().p50(), TOLERANCE, "a profitable flat path never falls");
        int expectedMonth = 1;
        while (result.cumulativeNetUsdByMonth().get(expectedMonth - 1).p50() < 0) {
            expectedMonth++;
        }
        assertEquals(expectedMonth, result.medianPaybackMonth().getAsInt());
        assertEquals(1.0, result.paybackProbability());
    }

    @Test
    void losingFleetNeverPaysBackAndDrawsDown() {
        ProjectionFleet expensive = new ProjectionFleet(List.of(new ProjectionFleet.Group(HUNDRED_S21, CurtailmentResponse.alwaysOn(400))),
                300_000, 0.98, 1.0, 1.0, 1.0, 0, 0.0);

        ProjectionResult result = MonteCarloProjection.project(flatMarket(900_000L), expensive, 12, 3, 1L);

        assertTrue(result.medianPaybackMonth().isEmpty());
        assertEquals(0.0, result.paybackProbability());
        assertEquals(-300_000 - result.finalCumulativeNetUsd().p50(), result.maxDrawdownUsd().p50(), TOLERANCE);
        assertEquals(-1.0, result.annualisedReturn().p50(), 0.0, "losses beyond the capital lose everything");
    }

    @Test
    void statisticsReportEnergyPerPetahashDay() {
        ProjectionResult result = MonteCarloProjection.project(flatMarket(900_000L), fleet(HUNDRED_S21, 0, 0.0), 12, 2, 1L);

        // 17.5 J/TH × 1,000 TH/s × 86,400 s = 420 kWh per PH/s·day, times PUE 1.1.
        assertEquals(420 * 1.1, result.meanMeteredKwhPerPhDay(), 1e-6);
        assertEquals(1.0, result.meanRunningShare(), 1e-12);
        assertEquals(0.0, result.meanCyclesPerMinerYear(), 1e-12);
    }

    private static ProjectionFleet fleet(MinerGroup miners, double capitalUsd, double heldShare) {
        return new ProjectionFleet(List.of(new ProjectionFleet.Group(miners, CurtailmentResponse.alwaysOn(ENERGY_USD_PER_MINER_MWH))),
                capitalUsd, 0.98, 1.1, 1.0, 1.0, 1_000, heldShare);
    }

    private static MarketModel flatMarket(long height) {
        return new MarketModel(START, 80_000, 1e14, height, 0.05, new GbmPriceModel(0, 0), new DifficultyModel(0, 0));
    }

    private static MarketModel randomMarket() {
        // About 70 % yearly volatility and 40 % yearly difficulty growth.
        return new MarketModel(START, 80_000, 1e14, 930_000L, 0.05, new GbmPriceModel(0.0005, 0.035),
                new DifficultyModel(Math.log(1.4) / 365.25, 0.003));
    }
}
