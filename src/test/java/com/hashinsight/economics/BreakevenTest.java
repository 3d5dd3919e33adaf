package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Site;
import org.junit.jupiter.api.Test;

class BreakevenTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void breakevenPriceMakesDailyProfitZero() {
        Site site = TestContracts.texasSite(1.1);
        Contract contract = TestContracts.hosted(0, 8, 0.002);
        Hashprice hashprice = Hashprice.of(1e14, 3.125, 100_000.0);
        double payout = 0.975;

        double breakeven = Breakeven.gridUsdPerMwh(TestContracts.S21, hashprice, payout, site, contract);

        double revenue = hashprice.usdPerThDay() * 200 * payout;
        double energyCost = EnergyCost.intervalCostUsd(3_500, 24, breakeven, 1.1);
        double hosting = HostingFees.totalUsd(contract, 3.5, 84, 1);
        assertEquals(0.0, revenue - energyCost - hosting, TOLERANCE);
    }

    @Test
    void marginalBreakevenEqualsRevenuePerMwhWithoutFees() {
        Hashprice hashprice = Hashprice.of(1e14, 3.125, 100_000.0);
        double revenuePerMwh = hashprice.usdPerMwh(17.5);

        assertEquals(revenuePerMwh, Breakeven.marginalGridUsdPerMwh(revenuePerMwh, 1.0, 0), TOLERANCE);
        assertEquals((revenuePerMwh - 5) / 1.25, Breakeven.marginalGridUsdPerMwh(revenuePerMwh, 1.25, 0.005), TOLERANCE);
    }

    @Test
    void breakevenBtcPriceCoversDailyCost() {
        assertEquals(50_000.0, Breakeven.btcUsd(0.0002, 10.0), TOLERANCE);
        assertEquals(0.0, Breakeven.btcUsd(0.0002, -1.0));
        assertTrue(Double.isNaN(Breakeven.btcUsd(0.0, 10.0)));
        assertThrows(IllegalArgumentException.class, () -> Breakeven.btcUsd(-0.1, 10.0));
    }

    @Test
    void efficiencyIsWattsPerTerahash() {
        assertEquals(17.5, Efficiency.joulesPerTh(3_500, 200), TOLERANCE);
        assertEquals(TestContracts.S21.joulesPerTh(), Efficiency.joulesPerTh(3_500, 200), TOLERANCE);
        assertTrue(Double.isNaN(Efficiency.joulesPerTh(3_500, 0)));
        assertTrue(Double.isNaN(Efficiency.joulesPerTh(Double.NaN, 200)));
        assertThrows(IllegalArgumentException.class, () -> Efficiency.joulesPerTh(-1, 200));
    }

    @Test
    void maintenanceCostAndDowntimeFromFailureRate() {
        MaintenanceCost maintenance = new MaintenanceCost(40, 24, 0.25, 200, 24 * 21);

        assertEquals(40 + 0.25 * 200, maintenance.usdPerFailure(), TOLERANCE);
        assertEquals(0.75 * 24 + 0.25 * 504, maintenance.downtimeHoursPerFailure(), TOLERANCE);
        assertEquals(0.5 / 365.2425 * 90, maintenance.usdPerMinerDay(0.5), TOLERANCE);
        assertEquals(0.5 * 144 / (365.2425 * 24), maintenance.downtimeFraction(0.5), TOLERANCE);
        assertThrows(IllegalArgumentException.class, () -> new MaintenanceCost(40, 24, 1.5, 200, 24));
    }
}
