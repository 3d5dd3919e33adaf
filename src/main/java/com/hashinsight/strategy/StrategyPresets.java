package com.hashinsight.strategy;

import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.economics.PeakWindow;
import com.hashinsight.economics.Strike;
import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.HoldStyle;
import com.hashinsight.fleet.Miner;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three preset strategies for a client: A conservative, B balanced and C aggressive.
 *
 * <table>
 *   <caption>Preset settings</caption>
 *   <tr><th></th><th>A conservative</th><th>B balanced</th><th>C aggressive</th></tr>
 *   <tr><td>contract types, preferred first</td><td>fixed, time-of-use, demand response, spot</td>
 *       <td>demand response, time-of-use, fixed, spot</td><td>spot, demand response, time-of-use, fixed</td></tr>
 *   <tr><td>power target</td><td>90 %</td><td>100 %</td><td>110 %</td></tr>
 *   <tr><td>firmware</td><td>stock</td><td>stock</td><td>autotuned</td></tr>
 *   <tr><td>strike</td><td>breakeven + 10 USD/MWh</td><td>breakeven</td><td>breakeven</td></tr>
 *   <tr><td>hysteresis, minimum off-time</td><td>15 USD/MWh, 2 h</td><td>5 USD/MWh, 1 h</td><td>0, 15 min</td></tr>
 *   <tr><td>4CP windows (ERCOT sites)</td><td>no</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>demand response</td><td>no</td><td>no</td><td>yes</td></tr>
 *   <tr><td>share of budget spent on new miners</td><td>70 %</td><td>85 %</td><td>100 %</td></tr>
 * </table>
 *
 * <p>From the client profile: the fleet mix is the client's own miners when it has any (priced at
 * their current hardware value, so payback measures the return on that value), else new miners
 * of the most efficient catalog model bought with a share of the budget. Sites in the preferred
 * region come first. The hold style sets the share of BTC kept (sell daily 0, mixed 0.5, hold 1).
 */
public final class StrategyPresets {

    /** Each off/on cycle costs 0.5 USD per miner in wear. NOTE: an estimate, not a measured cost. */
    public static final double THERMAL_CYCLE_COST_USD = 0.5;

    /**
     * Saving from staying off in ERCOT's 4CP windows, in USD per kW-year of metered load.
     * NOTE: an estimate of avoided transmission charges; the real saving depends on the load's
     * transmission and distribution service provider tariff.
     */
    public static final double FOUR_CP_CREDIT_USD_PER_KW_YEAR = 50.0;

    private static final String ERCOT = "ERCOT";

    private StrategyPresets() {
    }

    /** Preset tiers in display order. */
    public enum Tier {
        A(List.of(ContractType.FIXED, ContractType.TIME_OF_USE, ContractType.DEMAND_RESPONSE, ContractType.SPOT), 0.9,
                FirmwareMode.STOCK, 10, 15, 120, false, false, 0.70),
        B(List.of(ContractType.DEMAND_RESPONSE, ContractType.TIME_OF_USE, ContractType.FIXED, ContractType.SPOT), 1.0,
                FirmwareMode.STOCK, 0, 5, 60, true, false, 0.85),
        C(List.of(ContractType.SPOT, ContractType.DEMAND_RESPONSE, ContractType.TIME_OF_USE, ContractType.FIXED), 1.1,
                FirmwareMode.AUTOTUNED, 0, 0, 15, true, true, 1.0);

        private final List<ContractType> contractPreference;
        private final double powerTarget;
        private final FirmwareMode firmware;
        private final double strikeOffsetUsdPerMwh;
        private final double hysteresisUsdPerMwh;
        private final int minOffMinutes;
        private final boolean avoidsFourCp;
        private final boolean respondsToDemandResponse;
        private final double budgetShare;

        Tier(List<ContractType> contractPreference, double powerTarget, FirmwareMode firmware, double strikeOffsetUsdPerMwh,
                double hysteresisUsdPerMwh, int minOffMinutes, boolean avoidsFourCp, boolean respondsToDemandResponse,
                double budgetShare) {
            this.contractPreference = contractPreference;
            this.powerTarget = powerTarget;
            this.firmware = firmware;
            this.strikeOffsetUsdPerMwh = strikeOffsetUsdPerMwh;
            this.hysteresisUsdPerMwh = hysteresisUsdPerMwh;
            this.minOffMinutes = minOffMinutes;
            this.avoidsFourCp = avoidsFourCp;
            this.respondsToDemandResponse = respondsToDemandResponse;
            this.budgetShare = budgetShare;
        }

        /** Share of the client's budget this tier spends on new miners. */
        public double budgetShare() {
            return budgetShare;
        }

        /** Power target as a share of nameplate power. */
        public double powerTarget() {
            return powerTarget;
        }

        /** Curtailment policy of this tier at a site in {@code region}. */
        public CurtailmentPolicy curtailment(String region) {
            boolean fourCp = avoidsFourCp && ERCOT.equalsIgnoreCase(region);
            return new CurtailmentPolicy(Strike.breakeven(strikeOffsetUsdPerMwh), hysteresisUsdPerMwh, minOffMinutes,
                    THERMAL_CYCLE_COST_USD, Double.POSITIVE_INFINITY, fourCp ? List.of(PeakWindow.ercotFourCp()) : List.of(),
                    fourCp ? FOUR_CP_CREDIT_USD_PER_KW_YEAR : 0, respondsToDemandResponse);
        }
    }

    /**
     * Builds presets A, B and C for {@code client}.
     *
     * @param client        the client
     * @param sites         sites of the workspace
     * @param contracts     contracts of the workspace
     * @param catalog       miner models
     * @param clientMiners  the client's miners; empty when the client buys new ones
     * @param pricing       hardware prices, for the capital cost
     * @throws IllegalArgumentException when no site has a contract, a miner's model is not in the
     *         catalog, or the client has neither miners nor enough budget for one miner
     */
    public static List<StrategyCandidate> forClient(ClientProfile client, List<Site> sites, List<Contract> contracts,
            List<MinerModel> catalog, List<Miner> clientMiners, HardwarePricing pricing) {
        List<StrategyCandidate> presets = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            SiteContract siteContract = chooseContract(tier, client.preferredRegion(), sites, contracts);
            List<FleetLine> fleet = clientMiners.isEmpty()
                    ? newFleet(client, tier, catalog, pricing)
                    : ownedFleet(clientMiners, catalog, pricing);
            presets.add(new StrategyCandidate(tier.name(), siteContract.site(), siteContract.contract(), tier.powerTarget(),
                    tier.curtailment(siteContract.site().region()), tier.firmware, fleet, heldShare(client.holdStyle())));
        }
        return presets;
    }

    /** A site and one of its contracts. */
    record SiteContract(Site site, Contract contract) {
    }

    static SiteContract chooseContract(Tier tier, String preferredRegion, List<Site> sites, List<Contract> contracts) {
        List<Site> ordered = new ArrayList<>(sites);
        ordered.sort(Comparator.comparing((Site site) -> !site.region().equalsIgnoreCase(String.valueOf(preferredRegion)))
                .thenComparing(Site::id));
        for (ContractType type : tier.contractPreference) {
            for (Site site : ordered) {
                Optional<Contract> contract = contracts.stream()
                        .filter(candidate -> candidate.siteId().equals(site.id()) && candidate.type() == type)
                        .min(Comparator.comparingDouble(StrategyPresets::quotedPrice).thenComparing(Contract::id));
                if (contract.isPresent()) {
                    return new SiteContract(site, contract.get());
                }
            }
        }
        throw new IllegalArgumentException("no site of the workspace has a contract; import sites with contracts first");
    }

    private static double quotedPrice(Contract contract) {
        return Double.isFinite(contract.fixedUsdPerMwh()) ? contract.fixedUsdPerMwh() : contract.spotAdderUsdPerMwh();
    }

    private static List<FleetLine> ownedFleet(List<Miner> miners, List<MinerModel> catalog, HardwarePricing pricing) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Miner miner : miners) {
            counts.merge(miner.model(), 1, Integer::sum);
        }
        List<FleetLine> lines = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            MinerModel model = catalog.stream().filter(candidate -> candidate.model().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("miner model " + entry.getKey()
                            + " is not in the catalog; add it to the catalog or fix the model name"));
            lines.add(new FleetLine(model, entry.getValue(), pricing.unitPriceUsd(model)));
        }
        return lines;
    }

    private static List<FleetLine> newFleet(ClientProfile client, Tier tier, List<MinerModel> catalog, HardwarePricing pricing) {
        MinerModel best = catalog.stream().min(Comparator.comparingDouble(MinerModel::joulesPerTh).thenComparing(MinerModel::model))
                .orElseThrow(() -> new IllegalArgumentException("the miner catalog is empty"));
        double unitPrice = pricing.unitPriceUsd(best);
        int count = unitPrice > 0 ? (int) Math.floor(client.budgetUsd() * tier.budgetShare / unitPrice) : 0;
        if (count <= 0) {
            throw new IllegalArgumentException("client " + client.id() + " owns no miners and a budget of " + client.budgetUsd()
                    + " USD buys no " + best.model() + " at " + unitPrice + " USD; import the client's miners or raise the budget");
        }
        return List.of(new FleetLine(best, count, unitPrice));
    }

    static double heldShare(HoldStyle style) {
        return switch (style) {
            case SELL_DAILY -> 0.0;
            case MIXED -> 0.5;
            case HOLD -> 1.0;
        };
    }
}
