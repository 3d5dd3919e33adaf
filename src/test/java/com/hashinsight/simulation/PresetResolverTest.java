package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.Cooling;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PresetResolverTest {

    private static final double TOLERANCE = 1e-9;

    private final World world = WorldBuilder.build(SimulationConfig.of(61, 40, 3).withAnchorEveryDays(0), new ExogenousInputs());

    @Test
    void presetSitesFitCooling() {
        for (ClientPreset preset : world.presets().entries()) {
            Cooling cooling = world.sites().get(world.siteIndex(preset.siteId())).site().cooling();
            assertEquals(preset.waterCooled(), cooling == Cooling.HYDRO, preset.toString());
        }
    }

    @Test
    void threeTiersPerClientAndCooling() {
        Map<String, List<ClientPreset>> byClient = world.presets().entries().stream()
                .collect(Collectors.groupingBy(preset -> preset.clientId() + "/" + preset.waterCooled()));
        assertEquals(4, byClient.size(), "2 clients x 2 cooling kinds: " + byClient.keySet());
        for (List<ClientPreset> presets : byClient.values()) {
            assertEquals(List.of("preset-A", "preset-B", "preset-C"), presets.stream().map(ClientPreset::candidateId).toList());
        }
    }

    @Test
    void powerModeMatchesThePowerTarget() {
        for (ClientPreset preset : world.presets().entries()) {
            assertEquals(preset.powerTarget(), preset.powerMode().powerRatio(), 1e-6, preset.toString());
        }
    }

    @Test
    void presetCandidateUsesClientPlan() {
        MinerUnit unit = world.units().getFirst();
        Candidate presetC = world.candidates().stream().filter(c -> c.id().equals("preset-C")).findFirst().orElseThrow();
        OperatingPlan plan = CounterfactualRunner.apply(world, unit, unit.initialPlan(), presetC);
        ClientPreset entry = world.presets().entries().stream().filter(p -> p.clientId().equals(unit.clientId())
                && p.waterCooled() == unit.model().waterCooled() && p.candidateId().equals("preset-C")).findFirst().orElseThrow();

        assertEquals(entry.siteId(), world.sites().get(plan.siteIndex()).id());
        assertEquals(entry.powerMode(), plan.mode());
        assertEquals(entry.firmware(), plan.firmware());
        assertEquals(entry.curtailmentPolicy(), plan.policy().id());
        assertTrue(plan.policy().rules().respondsToDemandResponse(), "tier C responds to demand response");
        assertEquals(0.0, plan.policy().rules().hysteresisUsdPerMwh(), TOLERANCE);
    }
}
