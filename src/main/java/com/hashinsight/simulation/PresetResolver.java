package com.hashinsight.simulation;

import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Miner;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.Site;
import com.hashinsight.strategy.HardwarePricing;
import com.hashinsight.strategy.StrategyCandidate;
import com.hashinsight.strategy.StrategyPresets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the strategy engine's A, B and C presets ({@link StrategyPresets#forClient}) for every
 * client, once among the air and immersion sites and once among the hydro sites, so that a preset
 * always sends a miner to a site that can run it.
 */
final class PresetResolver {

    /** A resolved preset: the ground-truth entry and the plan and policy the engine runs. */
    record Resolved(ClientPreset entry, OperatingPlan plan) {
    }

    private final Map<String, Resolved> byKey = new HashMap<>();
    private final List<ClientPreset> entries = new ArrayList<>();

    PresetResolver(List<SitePlan> sites, List<ClientProfile> clients, List<MinerUnit> units) {
        List<MinerModel> catalog = new ArrayList<>();
        for (ModelPhysics model : units.stream().map(MinerUnit::model).distinct().toList()) {
            catalog.add(new MinerModel("simulated", model.model(), model.nominalThs(), model.nominalW(), model.hashboards(),
                    model.chips(), model.releaseDate()));
        }
        for (ClientProfile client : clients) {
            for (boolean waterCooled : new boolean[] {false, true}) {
                resolve(sites, client, waterCooled, catalog, units);
            }
        }
    }

    List<ClientPreset> entries() {
        return List.copyOf(entries);
    }

    /** Returns the preset plan for a miner of {@code clientId}, or null when no site of the world can run it. */
    OperatingPlan plan(String clientId, boolean waterCooled, String candidateId) {
        Resolved resolved = byKey.get(key(clientId, waterCooled, candidateId));
        return resolved == null ? null : resolved.plan();
    }

    private void resolve(List<SitePlan> sites, ClientProfile client, boolean waterCooled, List<MinerModel> catalog,
            List<MinerUnit> units) {
        List<Site> accepting = new ArrayList<>();
        List<Contract> contracts = new ArrayList<>();
        for (SitePlan site : sites) {
            if (site.accepts(waterCooled ? ModelPhysics.S21_PLUS_HYDRO : ModelPhysics.S21)) {
                accepting.add(site.site());
                contracts.add(site.contract());
            }
        }
        List<Miner> miners = units.stream().filter(unit -> unit.clientId().equals(client.id()))
                .filter(unit -> unit.model().waterCooled() == waterCooled)
                .map(unit -> new Miner(unit.serial(), unit.model().model(), null, client.id(), unit.installDate(), null))
                .toList();
        if (accepting.isEmpty() || miners.isEmpty()) {
            return;
        }
        for (StrategyCandidate preset : StrategyPresets.forClient(client, accepting, contracts, catalog, miners, new HardwarePricing())) {
            String candidateId = "preset-" + preset.label();
            int siteIndex = indexOf(sites, preset.site().id());
            boolean fourCp = !preset.curtailment().peakWindows().isEmpty();
            PolicyPreset policy = new PolicyPreset("tier-" + preset.label() + (fourCp ? "-4cp" : ""), preset.curtailment());
            PowerMode mode = PowerMode.forPowerTarget(preset.powerTarget());
            FirmwareMode firmware = preset.firmware() == com.hashinsight.strategy.FirmwareMode.AUTOTUNED
                    ? FirmwareMode.AUTOTUNE : FirmwareMode.STOCK;
            ClientPreset entry = new ClientPreset(client.id(), candidateId, waterCooled, preset.site().id(), mode,
                    preset.powerTarget(), firmware, policy.id());
            entries.add(entry);
            byKey.put(key(client.id(), waterCooled, candidateId),
                    new Resolved(entry, new OperatingPlan(siteIndex, mode, firmware, policy)));
        }
    }

    private static int indexOf(List<SitePlan> sites, String siteId) {
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).id().equals(siteId)) {
                return i;
            }
        }
        throw new IllegalStateException("preset chose unknown site " + siteId);
    }

    private static String key(String clientId, boolean waterCooled, String candidateId) {
        return clientId + '|' + waterCooled + '|' + candidateId;
    }
}
