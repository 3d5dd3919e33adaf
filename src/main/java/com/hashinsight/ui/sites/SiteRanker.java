package com.hashinsight.ui.sites;

import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.economics.EconomicInputException;
import com.hashinsight.economics.Percentiles;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Site;
import com.hashinsight.store.Workspace;
import com.hashinsight.strategy.CandidateOutcome;
import com.hashinsight.strategy.ComparisonTable;
import com.hashinsight.strategy.StrategyCandidate;
import com.hashinsight.strategy.StrategyComparator;
import com.hashinsight.strategy.StrategyPresets;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.comparison.EngineStrategyScorer;
import com.hashinsight.ui.task.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks every site and contract of a workspace for one client by the median net profit of the client's fleet there,
 * projected by the strategy engine over {@value EngineStrategyScorer#MONTHS} months on the comparison screen's
 * baseline market.
 *
 * <p>Each candidate runs the fleet of the client's balanced preset B (its own miners, or new ones bought with the
 * preset's share of the budget) at stock power and firmware, with preset B's breakeven curtailment where the contract
 * allows curtailment and always on where it does not. Every candidate is projected on the same market paths.
 *
 * <p>TODO: rank by the HashTrans site head through HashTransService once a model bundle ships with the app, and keep
 * this projection for the economics columns.
 */
public final class SiteRanker {

    private static final Logger log = LoggerFactory.getLogger(SiteRanker.class);
    private static final double STOCK_POWER = 1.0;
    private static final double WATTS_PER_KW = 1_000;

    private final int paths;

    public SiteRanker(int paths) {
        if (paths < 1) {
            throw new IllegalArgumentException("paths must be at least 1, got " + paths);
        }
        this.paths = paths;
    }

    /**
     * Ranks the candidates of {@code clientId}; reads the workspace, so call it off the FX thread.
     *
     * @param clientId client to rank for; null for the workspace's first client
     * @throws IllegalArgumentException with a localized message when the client, its fleet or the market data is missing
     */
    public SiteRanking rank(Workspace workspace, String clientId, Progress progress) {
        EngineStrategyScorer engine = EngineStrategyScorer.open(workspace, clientId, paths);
        StrategyComparator comparator = engine.comparator(engine.baseline());
        StrategyCandidate balanced = engine.presets().get(StrategyPresets.Tier.B.ordinal());
        Map<String, Site> sites = new HashMap<>();
        workspace.fleet().sites().forEach(site -> sites.put(site.id(), site));
        List<Contract> contracts = workspace.fleet().contracts();

        List<Scored> scored = new ArrayList<>(contracts.size());
        for (int i = 0; i < contracts.size(); i++) {
            progress.update(i, contracts.size());
            progress.checkCancelled();
            Contract contract = contracts.get(i);
            Site site = sites.get(contract.siteId());
            if (site != null) {
                scored.add(score(comparator, balanced, site, contract));
            }
        }
        // Candidates with numbers first, best median profit first, then by contract id for a stable order.
        scored.sort(Comparator.comparing((Scored entry) -> !Double.isFinite(entry.profitP50()))
                .thenComparing(Comparator.comparingDouble(Scored::profitP50).reversed())
                .thenComparing(entry -> entry.candidate().contract().id()));

        List<SiteRank> rows = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            rows.add(scored.get(i).row(i + 1));
        }
        log.info("Ranked {} sites and contracts for client {} of workspace {}", rows.size(), engine.client().id(),
                workspace.name());
        return new SiteRanking(engine.client().id(), LocalizedText.of("ui.sites.source.economics", paths),
                ComparisonTable.describeFleet(balanced), rows);
    }

    private Scored score(StrategyComparator comparator, StrategyCandidate balanced, Site site, Contract contract) {
        CurtailmentPolicy curtailment = contract.curtailmentAllowed()
                ? StrategyPresets.Tier.B.curtailment(site.region()) : CurtailmentPolicy.alwaysOn();
        StrategyCandidate candidate = new StrategyCandidate(contract.id(), site, contract, STOCK_POWER, curtailment,
                balanced.firmware(), balanced.fleetMix(), balanced.heldBtcShare());
        try {
            CandidateOutcome outcome = comparator.score(candidate, EngineStrategyScorer.MONTHS, paths,
                    EngineStrategyScorer.SEED);
            return new Scored(candidate, outcome, null);
        } catch (EconomicInputException e) {
            log.warn("Site {} contract {} not ranked: {}", site.id(), contract.id(), e.getMessage());
            return new Scored(candidate, null, LocalizedText.of("ui.sites.note.failed", e.getLocalizedMessage()));
        }
    }

    /** A candidate with its projection, or with the reason it has none. */
    private record Scored(StrategyCandidate candidate, CandidateOutcome outcome, LocalizedText failure) {

        double profitP50() {
            return outcome == null ? Double.NaN : outcome.projection().finalCumulativeNetUsd().p50();
        }

        SiteRank row(int rank) {
            Site site = candidate.site();
            String name = site.name() == null ? site.id() : site.name();
            String cooling = LocalizedText.of("ui.sites.value.cooling", site.cooling().name(), site.pue()).format();
            double fleetKw = candidate.fleetMix().stream()
                    .mapToDouble(line -> line.count() * line.model().nominalW()).sum() * site.pue() / WATTS_PER_KW;
            if (outcome == null) {
                return new SiteRank(rank, name, ComparisonTable.describeContract(candidate), cooling, fleetKw, site.capacityKw(),
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, failure);
            }
            Percentiles profit = outcome.projection().finalCumulativeNetUsd();
            double payback = outcome.medianPaybackMonth().isPresent() ? outcome.medianPaybackMonth().getAsInt() : Double.NaN;
            LocalizedText note = fleetKw > site.capacityKw()
                    ? LocalizedText.of("ui.sites.note.overCapacity", fleetKw, site.capacityKw()) : null;
            return new SiteRank(rank, name, ComparisonTable.describeContract(candidate), cooling, fleetKw, site.capacityKw(),
                    payback, outcome.annualisedReturnP50() * 100, profit.p10(), profit.p50(), profit.p90(), outcome.kwhPerPhDay(),
                    note);
        }
    }
}
