package com.hashinsight.strategy;

import com.hashinsight.economics.MarketModel;
import com.hashinsight.economics.PriceSeries;
import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Site;
import com.hashinsight.i18n.Messages;
import com.hashinsight.store.Workspace;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a client's strategy comparison reads from a workspace, read once: the client, its A/B/C presets, the
 * market model and a comparator over the last year of energy prices. The comparison screen keeps one of these per
 * open workspace and re-scores it under slider scenarios without touching the database again.
 *
 * @param client      the client whose strategies are compared
 * @param presets     strategies A, B and C for that client
 * @param market      market model fitted to the workspace's history
 * @param comparator  comparator over the workspace's energy prices with prior operational factors
 */
public record WorkspaceStrategies(ClientProfile client, List<StrategyCandidate> presets, MarketModel market,
        StrategyComparator comparator) {

    public WorkspaceStrategies {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(comparator, "comparator");
        presets = List.copyOf(presets);
    }

    /**
     * Reads the comparison inputs of {@code workspace}.
     *
     * @param clientId      client to compare for; null for the workspace's first client
     * @param kind          BTC price model
     * @param historyYears  years of BTC price history used to fit the price model, positive
     * @param pricing       hardware prices for the capital cost
     * @throws IllegalArgumentException with a localized message when the client is missing, and
     *         {@link com.hashinsight.economics.EconomicInputException} when market data is missing
     */
    public static WorkspaceStrategies load(Workspace workspace, String clientId, WorkspaceMarket.PriceModelKind kind,
            int historyYears, HardwarePricing pricing) {
        ClientProfile client = chooseClient(workspace, clientId);
        List<Site> sites = workspace.fleet().sites();
        List<StrategyCandidate> presets = StrategyPresets.forClient(client, sites, workspace.fleet().contracts(),
                workspace.catalog().models(), workspace.fleet().minersOfClient(client.id()), pricing);
        MarketModel market = WorkspaceMarket.marketModel(workspace, kind, historyYears);
        List<String> points = sites.stream().map(Site::settlementPoint).filter(Objects::nonNull).distinct().toList();
        Map<String, PriceSeries> prices = WorkspaceMarket.lastYearPrices(workspace, points);
        StrategyComparator comparator = new StrategyComparator(market, prices, new PriorOperationalFactors(),
                PriorOperationalFactors.DEFAULT_MAINTENANCE, CompareCommand.DEFAULT_POOL);
        return new WorkspaceStrategies(client, presets, market, comparator);
    }

    /** Scores the presets on this workspace's market. */
    public StrategyComparison compare(int months, int paths, long seed) {
        return comparator.compare(client, presets, months, paths, seed);
    }

    private static ClientProfile chooseClient(Workspace workspace, String clientId) {
        if (clientId != null) {
            return workspace.fleet().client(clientId).orElseThrow(
                    () -> new IllegalArgumentException(Messages.get("strategy.error.noSuchClient", workspace.name(), clientId)));
        }
        List<ClientProfile> clients = workspace.fleet().clients();
        if (clients.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("strategy.error.noClients", workspace.name()));
        }
        return clients.getFirst();
    }
}
