package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnergyCostTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void costIsPowerHoursPuePrice() {
        // 3,500 W × 24 h × 1.1 = 92.4 kWh = 0.0924 MWh at 50 USD/MWh.
        assertEquals(0.0924 * 50, EnergyCost.intervalCostUsd(3_500, 24, 50, 1.1), TOLERANCE);
    }

    @Test
    void negativePriceGivesNegativeCost() {
        assertEquals(-0.0035 * 20, EnergyCost.intervalCostUsd(3_500, 1, -20, 1.0), TOLERANCE);
    }

    @Test
    void zeroPowerCostsNothingAndNaNPropagates() {
        assertEquals(0.0, EnergyCost.intervalCostUsd(0, 1, 80, 1.2));
        assertTrue(Double.isNaN(EnergyCost.intervalCostUsd(3_500, 1, Double.NaN, 1.2)));
        assertTrue(Double.isNaN(EnergyCost.intervalCostUsd(Double.NaN, 1, 50, 1.2)));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> EnergyCost.intervalCostUsd(-1, 1, 50, 1.1));
        assertThrows(IllegalArgumentException.class, () -> EnergyCost.intervalCostUsd(1, -1, 50, 1.1));
        assertThrows(IllegalArgumentException.class, () -> EnergyCost.intervalCostUsd(1, 1, 50, 0.9));
        assertThrows(IllegalArgumentException.class, () -> EnergyCost.intervalCostUsd(1, 1, 50, Double.NaN));
    }

    @Test
    void billSumsIntervalsAndSkipsMissingPrices() {
        PriceSeries spot = new PriceSeries("HB_WEST", Instant.parse("2024-07-01T00:00:00Z"), 60, new double[] {40, -10, Double.NaN, 100});
        ContractTariff tariff = new ContractTariff(TestContracts.spot(0.0), TestContracts.texasSite(1.0));

        EnergyCost.EnergyBill bill = EnergyCost.bill(tariff, spot, 1_000_000, 1.0);

        assertEquals(3.0, bill.energyMwh(), TOLERANCE);
        assertEquals(130.0, bill.costUsd(), TOLERANCE);
        assertEquals(1, bill.missingIntervals());
    }
}
