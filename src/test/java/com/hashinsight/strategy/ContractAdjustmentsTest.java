package com.hashinsight.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.economics.MarketModel;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.TouWindow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractAdjustmentsTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void energyAdderMovesEveryPrice() {
        Contract tou = new Contract("t", "pecos", ContractType.TIME_OF_USE, 40, 0, List.of(new TouWindow(14, 20, 120)), 0, 0, true,
                Double.NaN, 0, LocalDate.of(2025, 1, 1), 12);

        Contract raised = ContractAdjustments.withEnergyAdder(tou, 5);
        Contract spot = ContractAdjustments.withEnergyAdder(StrategyFixtures.PECOS_SPOT, -3);

        assertEquals(45, raised.fixedUsdPerMwh(), TOLERANCE);
        assertEquals(125, raised.touWindows().getFirst().usdPerMwh(), TOLERANCE);
        assertEquals(1, spot.spotAdderUsdPerMwh(), TOLERANCE);
        assertTrue(Double.isNaN(spot.fixedUsdPerMwh()));
    }

    @Test
    void hostingAdderIsFlooredAtZero() {
        assertEquals(5, ContractAdjustments.withHostingAdder(StrategyFixtures.PECOS_FIXED, 3).hostingUsdPerKwMonth(), TOLERANCE);
        assertEquals(0, ContractAdjustments.withHostingAdder(StrategyFixtures.PECOS_FIXED, -10).hostingUsdPerKwMonth(), TOLERANCE);
        assertThrows(IllegalArgumentException.class, () -> ContractAdjustments.withHostingAdder(StrategyFixtures.PECOS_FIXED, Double.NaN));
    }

    @Test
    void marketScenarioKeepsOtherFields() {
        MarketModel market = StrategyFixtures.market(80_000);

        MarketModel scenario = market.withStartBtcUsd(120_000);

        assertEquals(120_000, scenario.startBtcUsd(), TOLERANCE);
        assertEquals(market.startDifficulty(), scenario.startDifficulty(), TOLERANCE);
        assertEquals(market.priceModel(), scenario.priceModel());
    }
}
