package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.TouWindow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractTariffTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void fixedContractIgnoresSpot() {
        ContractTariff tariff = new ContractTariff(TestContracts.fixed(45.0), TestContracts.texasSite(1.1));

        assertEquals(45.0, tariff.usdPerMwh(Instant.parse("2024-07-01T20:00:00Z"), 900.0), TOLERANCE);
        assertEquals(45.0, tariff.usdPerMwh(Instant.parse("2024-07-01T20:00:00Z"), Double.NaN), TOLERANCE);
    }

    @Test
    void spotContractAddsAdderAndKeepsNegativePrices() {
        ContractTariff tariff = new ContractTariff(TestContracts.spot(3.0), TestContracts.texasSite(1.1));

        assertTrue(tariff.usesSpotPrice());
        assertEquals(28.0, tariff.usdPerMwh(Instant.parse("2024-07-01T20:00:00Z"), 25.0), TOLERANCE);
        assertEquals(-17.0, tariff.usdPerMwh(Instant.parse("2024-07-01T20:00:00Z"), -20.0), TOLERANCE);
        assertTrue(Double.isNaN(tariff.usdPerMwh(Instant.parse("2024-07-01T20:00:00Z"), Double.NaN)));
    }

    @Test
    void timeOfUseFollowsLocalTime() {
        // Peak 14:00-20:00 Central time. 14:00 local is 20:00 UTC in winter (CST) and 19:00 UTC in summer (CDT).
        ContractTariff tariff = new ContractTariff(
                TestContracts.timeOfUse(40.0, List.of(new TouWindow(14, 20, 120.0))), TestContracts.texasSite(1.0));

        assertEquals(120.0, tariff.usdPerMwh(Instant.parse("2024-01-15T20:00:00Z"), Double.NaN), TOLERANCE);
        assertEquals(40.0, tariff.usdPerMwh(Instant.parse("2024-01-15T19:00:00Z"), Double.NaN), TOLERANCE);
        assertEquals(120.0, tariff.usdPerMwh(Instant.parse("2024-07-15T19:00:00Z"), Double.NaN), TOLERANCE);
        assertEquals(40.0, tariff.usdPerMwh(Instant.parse("2024-07-15T01:00:00Z"), Double.NaN), TOLERANCE);
    }

    @Test
    void timeOfUseWindowMayWrapMidnight() {
        ContractTariff tariff = new ContractTariff(
                TestContracts.timeOfUse(60.0, List.of(new TouWindow(22, 6, 20.0))), TestContracts.texasSite(1.0));

        // 23:00 and 05:00 CST are 05:00 and 11:00 UTC.
        assertEquals(20.0, tariff.usdPerMwh(Instant.parse("2024-01-15T05:00:00Z"), Double.NaN), TOLERANCE);
        assertEquals(20.0, tariff.usdPerMwh(Instant.parse("2024-01-15T11:00:00Z"), Double.NaN), TOLERANCE);
        assertEquals(60.0, tariff.usdPerMwh(Instant.parse("2024-01-15T12:00:00Z"), Double.NaN), TOLERANCE);
    }

    @Test
    void uncoveredTouHourIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new ContractTariff(
                TestContracts.timeOfUse(Double.NaN, List.of(new TouWindow(0, 12, 30.0))), TestContracts.texasSite(1.0)));

        assertTrue(error.getMessage().contains("hour 12"), error.getMessage());
    }

    @Test
    void demandResponseBasePrice() {
        ContractTariff withFixed = new ContractTariff(TestContracts.demandResponse(38.0, 0, 50), TestContracts.texasSite(1.0));
        ContractTariff withSpot = new ContractTariff(TestContracts.demandResponse(Double.NaN, 2.0, 50), TestContracts.texasSite(1.0));

        assertEquals(38.0, withFixed.usdPerMwh(Instant.parse("2024-07-01T20:00:00Z"), 500.0), TOLERANCE);
        assertEquals(502.0, withSpot.usdPerMwh(Instant.parse("2024-07-01T20:00:00Z"), 500.0), TOLERANCE);
    }

    @Test
    void seriesIsPricedIntervalByInterval() {
        PriceSeries spot = new PriceSeries("HB_WEST", Instant.parse("2024-07-01T00:00:00Z"), 15, new double[] {10, -5, Double.NaN, 30});
        ContractTariff tariff = new ContractTariff(TestContracts.spot(1.0), TestContracts.texasSite(1.0));

        double[] prices = tariff.usdPerMwh(spot);

        assertEquals(11.0, prices[0], TOLERANCE);
        assertEquals(-4.0, prices[1], TOLERANCE);
        assertTrue(Double.isNaN(prices[2]));
        assertEquals(31.0, prices[3], TOLERANCE);
    }
}
