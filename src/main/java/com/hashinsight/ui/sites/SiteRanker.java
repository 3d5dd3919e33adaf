package com.hashinsight.ui.sites;

import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.economics.EconomicInputException;
import com.hashinsight.economics.Percentiles;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Miner;
import com.hashinsight.fleet.Site;
import com.hashinsight.store.Workspace;
import com.hashinsight.strategy.CandidateOutcome;
import com.hashinsight.strategy.ComparisonTable;
import com.hashinsight.strategy.FleetLine;
import com.hashinsight.strategy.StrategyCandidate;
import com.hashinsight.strategy.StrategyComparator;
import com.hashinsight.strategy.StrategyPresets;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.comparison.EngineStrategyScorer;
import com.hashinsight.ui.hashtrans.HashTransModels;
import com.hashinsight.ui.task.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks every site and contract of a workspace for one client, with the strategy engine's economics beside each.
 *
 * <p>Where the HashTrans model is loaded and the client has miners with telemetry, the rank follows the site head
 * ({@link SiteHeadScores}). Otherwise it follows the median net profit of the client's fleet at each candidate,
 * projected over {@value EngineStrategyScorer#MONTHS} months on the comparison screen's baseline market.
 *
 * <p>Each candidate runs the fleet of the client's balanced preset B (its own miners, or new ones bought with the
 * preset's share of the budget) at stock power and firmware, with preset B's breakeven curtailment where the contract
 * allows curtailment and always on where it does not. Every candidate is projected on the same market paths.
 */
public final class SiteRanker {

    private static final Logger log = LoggerFactory.getLogger(SiteRanker.class);
    private static final double STOCK_POWER = 1.0;
    private static final double WATTS_PER_KW = 1_000;

    private final int paths;
    private final HashTransModels models;

    /** Creates a ranker by economics alone. */
    public SiteRanker(int paths) {
        this(paths, HashTransModels.disabled());
    }

    public SiteRanker(int paths, HashTransModels models) {
        if (paths < 1) {
            throw new IllegalArgumentException("paths must be at least 1, got " + paths);
        }
        this.paths = paths;
        this.models = models;
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
        progress.checkCancelled();
        Optional<SiteHeadScores> head = siteHead(workspace, engine.client().id(), scored, progress);
        Map<String, Double> shares = head.map(SiteHeadScores::sharesByContract).orElse(Map.of());
        // With the site head: highest preference first. Then candidates with numbers first and best median profit
        // first, then by contract id for a stable order.
        scored.sort(Comparator.comparingDouble((Scored entry) -> -shares.getOrDefault(entry.candidate().contract().id(), 0.0))
                .thenComparing(entry -> !Double.isFinite(entry.profitP50()))
                .thenComparing(Comparator.comparingDouble(Scored::profitP50).reversed())
                .thenComparing(entry -> entry.candidate().contract().id()));

        List<SiteRank> rows = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Scored entry = scored.get(i);
            double share = shares.getOrDefault(entry.candidate().contract().id(), Double.NaN);
            rows.add(entry.row(i + 1, 100 * share));
        }
        log.info("Ranked {} sites and contracts for client {} of workspace {} by {}", rows.size(), engine.client().id(),
                workspace.name(), head.isPresent() ? "the HashTrans site head" : "economics");
        LocalizedText fleet = fleetText(balanced);
        if (head.isPresent()) {
            var service = head.get().service();
            LocalizedText source = LocalizedText.of("ui.sites.source.model", service.modelVersion(), head.get().miners(),
                    paths);
            LocalizedText detail = service.trained() ? null : LocalizedText.of("ui.model.untrained");
            return new SiteRanking(engine.client().id(), source, detail, fleet, rows);
        }
        return new SiteRanking(engine.client().id(), LocalizedText.of("ui.sites.source.economics", paths),
                withoutModelReason(workspace, engine.client().id()), fleet, rows);
    }

    /** Describes the placed fleet: its one line as "20 × Antminer S21", or its miner and model counts. */
    private static LocalizedText fleetText(StrategyCandidate balanced) {
        if (balanced.fleetMix().size() == 1) {
            FleetLine line = balanced.fleetMix().getFirst();
            return LocalizedText.of("ui.sites.fleet.line", line.count(), line.model().model());
        }
        return LocalizedText.of("ui.sites.fleet.summary", balanced.minerCount(), balanced.fleetMix().size());
    }

    /** Scores the candidates with the site head, or returns empty when the model or the client's telemetry is missing. */
    private Optional<SiteHeadScores> siteHead(Workspace workspace, String clientId, List<Scored> scored, Progress progress) {
        if (!models.load().available()) {
            return Optional.empty();
        }
        return models.workspace(workspace, progress).flatMap(model -> {
            List<String> serials = workspace.fleet().minersOfClient(clientId).stream().map(Miner::serial)
                    .filter(model::has).toList();
            List<StrategyCandidate> candidates = scored.stream().map(Scored::candidate).toList();
            return serials.isEmpty() ? Optional.empty() : Optional.of(SiteHeadScores.score(model, serials, candidates));
        });
    }

    private LocalizedText withoutModelReason(Workspace workspace, String clientId) {
        HashTransModels.Availability availability = models.load();
        if (!availability.available()) {
            return availability.reason();
        }
        return LocalizedText.of("ui.sites.note.noClientTelemetry", clientId, workspace.name());
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

    /**
     * Describes the candidate's contract as {@link ComparisonTable#describeContract} does, but as a message key with
     * its arguments, so that the row follows a language switch.
     */
    private static LocalizedText contractText(StrategyCandidate candidate) {
        Site site = candidate.site();
        Contract contract = candidate.contract();
        return LocalizedText.of("strategy.contract." + contract.type().name(), site.name() == null ? site.id() : site.name(),
                contract.fixedUsdPerMwh(), String.valueOf(site.settlementPoint()), contract.spotAdderUsdPerMwh());
    }

    /** A candidate with its projection, or with the reason it has none. */
    private record Scored(StrategyCandidate candidate, CandidateOutcome outcome, LocalizedText failure) {

        double profitP50() {
            return outcome == null ? Double.NaN : outcome.projection().finalCumulativeNetUsd().p50();
        }

        SiteRank row(int rank, double modelSharePct) {
            Site site = candidate.site();
            String name = site.name() == null ? site.id() : site.name();
            LocalizedText cooling = LocalizedText.of("ui.sites.value.cooling." + site.cooling().name(), site.pue());
            LocalizedText contract = contractText(candidate);
            double fleetKw = candidate.fleetMix().stream()
                    .mapToDouble(line -> line.count() * line.model().nominalW()).sum() * site.pue() / WATTS_PER_KW;
            if (outcome == null) {
                return new SiteRank(rank, name, contract, cooling, fleetKw, site.capacityKw(),
                        modelSharePct, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, failure);
            }
            Percentiles profit = outcome.projection().finalCumulativeNetUsd();
            double payback = outcome.medianPaybackMonth().isPresent() ? outcome.medianPaybackMonth().getAsInt() : Double.NaN;
            LocalizedText note = fleetKw > site.capacityKw()
                    ? LocalizedText.of("ui.sites.note.overCapacity", fleetKw, site.capacityKw()) : null;
            return new SiteRank(rank, name, contract, cooling, fleetKw, site.capacityKw(),
                    modelSharePct, payback, outcome.annualisedReturnP50() * 100, profit.p10(), profit.p50(), profit.p90(), outcome.kwhPerPhDay(),
                    note);
        }
    }
}
