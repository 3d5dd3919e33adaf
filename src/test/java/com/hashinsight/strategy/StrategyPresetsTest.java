package com.hashinsight.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.HoldStyle;
import com.hashinsight.fleet.Miner;
import com.hashinsight.fleet.RiskLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyPresetsTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void tiersPickContractsByRisk() {
        List<StrategyCandidate> presets = presets(StrategyFixtures.client(RiskLevel.MEDIUM, HoldStyle.SELL_DAILY, "ERCOT"), List.of());

        assertEquals(List.of("A", "B", "C"), presets.stream().map(StrategyCandidate::label).toList());
        assertEquals(ContractType.FIXED, presets.get(0).contract().type());
        assertEquals(ContractType.FIXED, presets.get(1).contract().type(), "no DR or TOU contract, so B falls back to fixed");
        assertEquals(ContractType.SPOT, presets.get(2).contract().type());
    }

    @Test
    void tiersSetPowerFirmwareAndCurtailment() {
        List<StrategyCandidate> presets = presets(StrategyFixtures.client(RiskLevel.MEDIUM, HoldStyle.SELL_DAILY, "ERCOT"), List.of());

        assertEquals(0.9, presets.get(0).powerTarget(), TOLERANCE);
        assertEquals(1.1, presets.get(2).powerTarget(), TOLERANCE);
        assertEquals(FirmwareMode.STOCK, presets.get(0).firmware());
        assertEquals(FirmwareMode.AUTOTUNED, presets.get(2).firmware());
        assertEquals(10.0, presets.get(0).curtailment().strike().usdPerMwh(), TOLERANCE);
        assertTrue(presets.get(0).curtailment().peakWindows().isEmpty());
        assertFalse(presets.get(1).curtailment().peakWindows().isEmpty(), "ERCOT site avoids 4CP windows");
        assertTrue(presets.get(2).curtailment().respondsToDemandResponse());
    }

    @Test
    void preferredRegionComesFirst() {
        List<StrategyCandidate> nordic = presets(StrategyFixtures.client(RiskLevel.LOW, HoldStyle.HOLD, "Nordics"), List.of());
        List<StrategyCandidate> texan = presets(StrategyFixtures.client(RiskLevel.LOW, HoldStyle.HOLD, "ERCOT"), List.of());

        assertEquals("oslo", nordic.get(0).site().id());
        assertEquals("pecos", texan.get(0).site().id());
        assertTrue(nordic.get(1).curtailment().peakWindows().isEmpty(), "4CP windows apply only in ERCOT");
    }

    @Test
    void holdStyleSetsHeldShare() {
        assertEquals(0.0, presets(StrategyFixtures.client(RiskLevel.LOW, HoldStyle.SELL_DAILY, "ERCOT"), List.of()).get(0).heldBtcShare());
        assertEquals(0.5, presets(StrategyFixtures.client(RiskLevel.LOW, HoldStyle.MIXED, "ERCOT"), List.of()).get(0).heldBtcShare());
        assertEquals(1.0, presets(StrategyFixtures.client(RiskLevel.LOW, HoldStyle.HOLD, "ERCOT"), List.of()).get(0).heldBtcShare());
    }

    @Test
    void budgetBuysMostEfficientModel() {
        HardwarePricing pricing = new HardwarePricing(15);
        List<StrategyCandidate> presets = StrategyPresets.forClient(StrategyFixtures.client(RiskLevel.MEDIUM, HoldStyle.HOLD, "ERCOT"),
                sites(), contracts(), List.of(StrategyFixtures.S19J_PRO, StrategyFixtures.S21), List.of(), pricing);

        // One S21 costs 200 × 15 = 3,000 USD; A spends 70 % of 500,000 USD and C all of it.
        FleetLine conservative = presets.get(0).fleetMix().getFirst();
        assertEquals("Antminer S21", conservative.model().model());
        assertEquals(116, conservative.count());
        assertEquals(166, presets.get(2).fleetMix().getFirst().count());
        assertEquals(166 * 3_000.0, presets.get(2).capitalUsd(), TOLERANCE);
    }

    @Test
    void ownedMinersFormFleetMix() {
        List<Miner> miners = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            miners.add(new Miner("a" + i, "Antminer S21", "pecos", "acme", LocalDate.of(2025, 1, 1), "stock"));
        }
        miners.add(new Miner("b0", "Antminer S19j Pro", "pecos", "acme", LocalDate.of(2022, 1, 1), "stock"));

        List<StrategyCandidate> presets = presets(StrategyFixtures.client(RiskLevel.HIGH, HoldStyle.HOLD, "ERCOT"), miners);

        List<FleetLine> mix = presets.get(1).fleetMix();
        assertEquals(2, mix.size());
        assertEquals(5, mix.get(0).count());
        assertEquals(1, mix.get(1).count());
        assertEquals(6, presets.get(1).minerCount());
    }

    @Test
    void unknownModelOrEmptyBudgetIsRejected() {
        List<Miner> unknown = List.of(new Miner("x", "Antminer S99", "pecos", "acme", LocalDate.of(2025, 1, 1), "stock"));
        ClientProfile broke = new ClientProfile("poor", "Poor", RiskLevel.LOW, 100, 12, HoldStyle.HOLD, null);

        IllegalArgumentException model = assertThrows(IllegalArgumentException.class,
                () -> presets(StrategyFixtures.client(RiskLevel.LOW, HoldStyle.HOLD, "ERCOT"), unknown));
        assertTrue(model.getMessage().contains("Antminer S99"), model.getMessage());
        assertThrows(IllegalArgumentException.class, () -> presets(broke, List.of()));
    }

    private static List<StrategyCandidate> presets(ClientProfile client, List<Miner> miners) {
        return StrategyPresets.forClient(client, sites(), contracts(), List.of(StrategyFixtures.S19J_PRO, StrategyFixtures.S21), miners,
                new HardwarePricing());
    }

    private static List<com.hashinsight.fleet.Site> sites() {
        return List.of(StrategyFixtures.OSLO, StrategyFixtures.PECOS);
    }

    private static List<com.hashinsight.fleet.Contract> contracts() {
        return List.of(StrategyFixtures.PECOS_FIXED, StrategyFixtures.PECOS_SPOT, StrategyFixtures.OSLO_FIXED);
    }
}
