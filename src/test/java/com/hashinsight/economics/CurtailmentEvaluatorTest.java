package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Site;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurtailmentEvaluatorTest {

    private static final double TOLERANCE = 1e-9;

    /** 0.05 USD per TH/s·day at 17.5 J/TH is 0.05 / 4.2e-4 = 119.047... USD per MWh drawn. */
    private static final double PAYOUT_USD_PER_TH_DAY = 0.05;
    private static final double BREAKEVEN_USD_PER_MWH = PAYOUT_USD_PER_TH_DAY / 4.2e-4;

    private static final MinerGroup TEN_S21 = new MinerGroup("S21", 10, 200, 3_500);
    private static final Site SITE = TestContracts.texasSite(1.0);
    private static final Instant JULY_FIRST_UTC = Instant.parse("2024-07-01T05:00:00Z");

    @Test
    void negativePricesRunAndCostIsNegative() {
        CurtailmentResult result = evaluate(CurtailmentPolicy.strikeOnly(Strike.breakeven(0)), -20, -5, 30);

        // 35 kW for 3 hours; energy cost 0.035 MW × (-20 - 5 + 30) USD/MWh.
        assertEquals(1.0, result.uptimeFraction(), TOLERANCE);
        assertEquals(0.035 * 3, result.minerEnergyMwh(), TOLERANCE);
        assertEquals(0.035 * 5, result.energyCostUsd(), TOLERANCE);
        assertEquals(-0.035 * 25, evaluate(CurtailmentPolicy.strikeOnly(Strike.breakeven(0)), -20, -5).energyCostUsd(), TOLERANCE);
    }

    @Test
    void strikeAtBreakevenSwitchesOffAboveIt() {
        CurtailmentResult result = evaluate(CurtailmentPolicy.strikeOnly(Strike.breakeven(0)), 50, 500, 118, 120, 60);

        CurtailmentSchedule schedule = result.schedule();
        assertEquals(1.0, schedule.runningShare(0));
        assertTrue(schedule.isOff(1));
        assertEquals(1.0, schedule.runningShare(2));
        assertTrue(schedule.isOff(3));
        assertEquals(1.0, schedule.runningShare(4));
        assertEquals(2 * 10, result.cycles(), TOLERANCE);
        assertEquals(3 / 5.0, result.uptimeFraction(), TOLERANCE);
        assertEquals(0.035 * (50 + 118 + 60), result.energyCostUsd(), TOLERANCE);
        assertEquals(PAYOUT_USD_PER_TH_DAY * 2_000 * 3 / 24.0, result.revenueUsd(), TOLERANCE);
        assertEquals(2.0, result.curtailedHours(), TOLERANCE);
    }

    @Test
    void breakevenStrikeEarnsMoreThanAlwaysOn() {
        double[] prices = {30, 900, 40, 2_000, 20};

        CurtailmentResult curtailed = evaluate(CurtailmentPolicy.strikeOnly(Strike.breakeven(0)), prices);
        CurtailmentResult alwaysOn = evaluate(CurtailmentPolicy.alwaysOn(), prices);

        assertEquals(1.0, alwaysOn.uptimeFraction(), TOLERANCE);
        assertEquals(0.0, alwaysOn.cycles(), TOLERANCE);
        assertTrue(curtailed.netUsd() > alwaysOn.netUsd(), curtailed.netUsd() + " vs " + alwaysOn.netUsd());
    }

    @Test
    void hysteresisDelaysRestart() {
        CurtailmentPolicy policy = new CurtailmentPolicy(Strike.fixed(100), 20, 0, 0, Double.POSITIVE_INFINITY, List.of(), 0, false);

        CurtailmentSchedule schedule = evaluate(policy, 50, 110, 95, 85, 79, 95).schedule();

        assertEquals(1.0, schedule.runningShare(0));
        assertTrue(schedule.isOff(1));
        assertTrue(schedule.isOff(2), "95 is above strike minus hysteresis");
        assertTrue(schedule.isOff(3), "85 is above strike minus hysteresis");
        assertEquals(1.0, schedule.runningShare(4), "79 is below 80");
        assertEquals(1.0, schedule.runningShare(5), "a running group stays on up to the strike");
    }

    @Test
    void minimumOffTimeHoldsMinersOff() {
        CurtailmentPolicy policy = new CurtailmentPolicy(Strike.fixed(100), 0, 180, 0, Double.POSITIVE_INFINITY, List.of(), 0, false);

        CurtailmentSchedule schedule = evaluate(policy, 50, 150, 10, 10, 10, 10).schedule();

        assertTrue(schedule.isOff(1));
        assertTrue(schedule.isOff(2));
        assertTrue(schedule.isOff(3));
        assertEquals(1.0, schedule.runningShare(4), "three hours after switching off");
    }

    @Test
    void thermalCycleCostIsChargedPerMinerCycle() {
        CurtailmentPolicy policy = new CurtailmentPolicy(Strike.fixed(100), 0, 0, 1.5, Double.POSITIVE_INFINITY, List.of(), 0, false);

        CurtailmentResult result = evaluate(policy, 50, 150, 50, 150, 50);

        assertEquals(20, result.cycles(), TOLERANCE);
        assertEquals(30.0, result.cycleCostUsd(), TOLERANCE);
    }

    @Test
    void rampLimitGivesFractionalShares() {
        CurtailmentPolicy policy = new CurtailmentPolicy(Strike.fixed(100), 0, 0, 0, 0.4, List.of(), 0, false);

        CurtailmentSchedule schedule = evaluate(policy, 150, 150, 150, 50).schedule();

        assertEquals(0.6, schedule.runningShare(0), 1e-6);
        assertEquals(0.2, schedule.runningShare(1), 1e-6);
        assertEquals(0.0, schedule.runningShare(2), 1e-6);
        assertEquals(0.4, schedule.runningShare(3), 1e-6);
    }

    @Test
    void peakWindowKeepsMinersOffInLocalHours() {
        // Monday 2024-07-01, 14:00 to 19:00 CDT is 19:00 to 24:00 UTC.
        PeakWindow window = new PeakWindow(EnumSet.of(Month.JULY), 15, 18, true);
        CurtailmentPolicy policy = new CurtailmentPolicy(Strike.never(), 0, 0, 0, Double.POSITIVE_INFINITY, List.of(window), 120, false);
        PriceSeries series = new PriceSeries("HB_WEST", Instant.parse("2024-07-01T19:00:00Z"), 60, new double[] {30, 30, 30, 30, 30});

        CurtailmentResult result = evaluator(series, TestContracts.spot(0), policy, null).evaluate(TEN_S21, PAYOUT_USD_PER_TH_DAY, true);

        assertEquals(1.0, result.schedule().runningShare(0));
        assertTrue(result.schedule().isOff(1));
        assertTrue(result.schedule().isOff(3));
        assertEquals(1.0, result.schedule().runningShare(4));
        // Every window interval was off: 120 USD/kW-year × 35 kW × 5 hours / 8,766 hours.
        assertEquals(120 * 35 * 5 / (365.25 * 24), result.peakCreditUsd(), TOLERANCE);
    }

    @Test
    void demandResponseEventsPayForLoadOff() {
        boolean[] events = {false, true, true, false};
        Contract contract = TestContracts.demandResponse(Double.NaN, 0, 200);
        CurtailmentPolicy policy = new CurtailmentPolicy(Strike.never(), 0, 0, 0, Double.POSITIVE_INFINITY, List.of(), 0, true);
        PriceSeries series = series(30, 30, 30, 30);

        CurtailmentResult result = evaluator(series, contract, policy, events).evaluate(TEN_S21, PAYOUT_USD_PER_TH_DAY, true);

        assertTrue(result.schedule().isOff(1));
        assertTrue(result.schedule().isOff(2));
        assertEquals(200 * 0.035 * 2, result.demandResponseUsd(), TOLERANCE);
        assertEquals(0.5, result.uptimeFraction(), TOLERANCE);
    }

    @Test
    void contractWithoutCurtailmentRunsThroughHighPrices() {
        Contract noCurtailment = new Contract("c", "pecos", ContractType.SPOT, Double.NaN, 0, List.of(), 0, 0, false, Double.NaN, 0,
                LocalDate.of(2024, 1, 1), 12);

        CurtailmentResult result = evaluator(series(50, 5_000, 50), noCurtailment, CurtailmentPolicy.strikeOnly(Strike.fixed(100)), null)
                .evaluate(TEN_S21, PAYOUT_USD_PER_TH_DAY, false);

        assertEquals(1.0, result.uptimeFraction(), TOLERANCE);
        assertNull(result.schedule());
    }

    @Test
    void monthlyCapStopsCurtailment() {
        Contract capped = new Contract("c", "pecos", ContractType.SPOT, Double.NaN, 0, List.of(), 0, 0, true, 2.0, 0,
                LocalDate.of(2024, 1, 1), 12);

        CurtailmentSchedule schedule = evaluator(series(500, 500, 500, 500), capped, CurtailmentPolicy.strikeOnly(Strike.fixed(100)), null)
                .evaluate(TEN_S21, PAYOUT_USD_PER_TH_DAY, true).schedule();

        assertTrue(schedule.isOff(0));
        assertTrue(schedule.isOff(1));
        assertEquals(1.0, schedule.runningShare(2), "the 2-hour cap is used up");
        assertEquals(1.0, schedule.runningShare(3));
    }

    @Test
    void missingPricesAreLeftOut() {
        CurtailmentResult result = evaluate(CurtailmentPolicy.alwaysOn(), 40, Double.NaN, 40);

        assertEquals(2, result.pricedIntervals());
        assertEquals(1, result.missingIntervals());
        assertEquals(0.035 * 80, result.energyCostUsd(), TOLERANCE);
    }

    @Test
    void groupTotalsEqualSumOfSingleMiners() {
        double[] prices = {30, 900, 40, 2_000, 20, 119, 121};
        CurtailmentPolicy policy = new CurtailmentPolicy(Strike.breakeven(-5), 10, 60, 0.8, 2.0, List.of(), 0, false);
        CurtailmentEvaluator evaluator = evaluator(series(prices), TestContracts.contract(ContractType.SPOT, Double.NaN, 0, List.of(), 0, 0.003, 0), policy, null);

        CurtailmentResult group = evaluator.evaluate(TEN_S21, PAYOUT_USD_PER_TH_DAY, false);
        CurtailmentResult single = evaluator.evaluate(new MinerGroup("S21", 1, 200, 3_500), PAYOUT_USD_PER_TH_DAY, false);

        assertEquals(10 * single.netUsd(), group.netUsd(), TOLERANCE);
        assertEquals(10 * single.cycles(), group.cycles(), TOLERANCE);
        assertEquals(single.uptimeFraction(), group.uptimeFraction(), TOLERANCE);
    }

    @Test
    void combinedFleetWeightsUptimeByEnergy() {
        CurtailmentEvaluator evaluator = evaluator(series(50, 110, 50), TestContracts.spot(0),
                CurtailmentPolicy.strikeOnly(Strike.breakeven(0)), null);
        MinerGroup efficient = new MinerGroup("S21", 1, 200, 3_500);
        MinerGroup old = new MinerGroup("S19", 1, 100, 3_250);

        CurtailmentResult fleet = evaluator.evaluateFleet("fleet", List.of(efficient, old), constant(3, PAYOUT_USD_PER_TH_DAY));

        // The S21 breaks even at 119 USD/MWh and runs all 3 hours; the S19 (32.5 J/TH) breaks even at 64 and runs 2.
        assertEquals((3.5 * 3 + 3.25 * 2) / (3.5 * 3 + 3.25 * 3), fleet.uptimeFraction(), TOLERANCE);
        assertEquals(1.0, fleet.cycles(), TOLERANCE);
    }

    @Test
    void mismatchedArrayLengthsAreRejected() {
        CurtailmentEvaluator evaluator = evaluator(series(50, 60), TestContracts.spot(0), CurtailmentPolicy.alwaysOn(), null);

        assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(TEN_S21, new double[3], false));
        assertThrows(IllegalArgumentException.class,
                () -> evaluator(series(50, 60), TestContracts.spot(0), CurtailmentPolicy.alwaysOn(), new boolean[1]));
    }

    private static CurtailmentResult evaluate(CurtailmentPolicy policy, double... hourlyPrices) {
        assertEquals(BREAKEVEN_USD_PER_MWH, PAYOUT_USD_PER_TH_DAY / (17.5 * 86_400 / 3.6e9), TOLERANCE);
        return evaluator(series(hourlyPrices), TestContracts.spot(0), policy, null).evaluate(TEN_S21, PAYOUT_USD_PER_TH_DAY, true);
    }

    private static CurtailmentEvaluator evaluator(PriceSeries series, Contract contract, CurtailmentPolicy policy, boolean[] events) {
        return new CurtailmentEvaluator(series, new ContractTariff(contract, SITE), SITE, policy, events);
    }

    private static PriceSeries series(double... hourlyPrices) {
        return new PriceSeries("HB_WEST", JULY_FIRST_UTC, 60, hourlyPrices);
    }

    private static double[] constant(int size, double value) {
        double[] values = new double[size];
        Arrays.fill(values, value);
        return values;
    }
}
