package com.hashinsight.ui.comparison;

import com.hashinsight.economics.DifficultyModel;
import com.hashinsight.economics.MarketModel;
import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Contract;
import com.hashinsight.store.Workspace;
import com.hashinsight.strategy.ContractAdjustments;
import com.hashinsight.strategy.HardwarePricing;
import com.hashinsight.strategy.OperationalFactors;
import com.hashinsight.strategy.PriorOperationalFactors;
import com.hashinsight.strategy.PowerTuning;
import com.hashinsight.strategy.StrategyCandidate;
import com.hashinsight.strategy.StrategyComparator;
import com.hashinsight.strategy.StrategyComparison;
import com.hashinsight.strategy.WorkspaceMarket;
import com.hashinsight.strategy.WorkspaceStrategies;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.hashtrans.HashTransModels;
import com.hashinsight.ui.hashtrans.WorkspaceModel;
import com.hashinsight.ui.task.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link StrategyScorer} over the strategy engine: the client's A/B/C presets, scored by
 * {@link StrategyComparator}'s Monte Carlo projection on the workspace's market.
 *
 * <p>How each slider changes the engine's inputs:
 * <ul>
 *   <li>BTC price: the market's starting price. Later months follow the workspace's fitted price model, which has
 *       no drift when the history is shorter than a year (see {@link WorkspaceMarket}).</li>
 *   <li>Difficulty growth: the mean growth of the difficulty model, with the fitted volatility.</li>
 *   <li>Electricity adder: added to every energy price of each strategy's contract.</li>
 *   <li>Hosting adder: added to each contract's capacity hosting fee, floored at 0.</li>
 *   <li>Power target: scales each strategy's own power target, capped to the range that
 *       {@link PowerTuning} accepts; the power row shows the capped value.</li>
 * </ul>
 *
 * <p>Where the HashTrans model is loaded, the operational factors (uptime and failure rate) of each strategy come
 * from it through {@link StrategyHeads}, re-scored under every scenario against the cached S-side KV. Otherwise
 * they are the documented prior estimates of {@link PriorOperationalFactors}, and the result's notes state why.
 *
 * <p>Every scenario is projected with the same seed, so a slider move changes the numbers only through the
 * inputs it changes. The comparator caches curtailment responses, so moving the BTC price, difficulty or power
 * target back to an earlier value is cheap. Safe for concurrent use.
 */
public final class EngineStrategyScorer implements StrategyScorer {

    /** Horizon of the comparison in months. */
    public static final int MONTHS = 36;

    /**
     * Monte Carlo paths per strategy for interactive scoring.
     * NOTE: a fifth of the compare command's 10,000 so that a slider move re-scores quickly. The sampling error
     * of the percentiles shrinks with 1/√paths, so it is about 2.2 times that of the command's table.
     */
    public static final int INTERACTIVE_PATHS = 2_000;

    /** Seed of every projection, so that scenarios are compared on the same market paths. */
    public static final long SEED = 1;

    private static final Logger log = LoggerFactory.getLogger(EngineStrategyScorer.class);
    private static final int PRICE_HISTORY_YEARS = 4;
    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private final WorkspaceStrategies strategies;
    private final int paths;
    private final Scenario baseline;
    /** HashTrans behind the operational factors; null when the model is not used. */
    private final StrategyHeads heads;
    /** Notes shown without the model: the reason it is not used, then the prior's description; empty with it. */
    private final List<LocalizedText> priorNotes;
    /** The newest comparator: it carries every curtailment response computed so far. */
    private volatile StrategyComparator comparator;
    private volatile Scored last;

    /**
     * The engine's comparison of one scenario, kept so a language switch does not project again.
     *
     * @param heads        HashTrans outputs per strategy; null without the model
     * @param modelMillis  time spent in HashTrans; NaN without the model
     */
    private record Scored(Scenario scenario, StrategyComparison comparison, List<StrategyHeads.Summary> heads,
            double modelMillis) {
    }

    /** Creates a scorer with the prior operational factors, for callers without a model. */
    public EngineStrategyScorer(WorkspaceStrategies strategies, int paths) {
        this(strategies, paths, null, List.of(LocalizedText.of("ui.comparison.model.notRequested"),
                LocalizedText.of("ui.comparison.model.prior")));
    }

    private EngineStrategyScorer(WorkspaceStrategies strategies, int paths, StrategyHeads heads,
            List<LocalizedText> priorNotes) {
        this.strategies = Objects.requireNonNull(strategies, "strategies");
        if (paths < 1) {
            throw new IllegalArgumentException("paths must be at least 1, got " + paths);
        }
        this.paths = paths;
        this.heads = heads;
        this.priorNotes = List.copyOf(priorNotes);
        this.comparator = strategies.comparator();
        MarketModel market = strategies.market();
        this.baseline = new Scenario(market.startBtcUsd(), monthlyGrowthPct(market.difficultyModel()), 0, 0, 100);
    }

    /**
     * Reads the comparison inputs of {@code workspace}'s first client as {@link #open(Workspace)} does, and takes the
     * operational factors from HashTrans when {@code models} has a model and the workspace has telemetry.
     * Tokenizes the workspace on the first call, so it may take seconds; call it off the FX thread.
     */
    public static EngineStrategyScorer open(Workspace workspace, HashTransModels models, Progress progress) {
        return open(workspace, models, INTERACTIVE_PATHS, progress);
    }

    /** Opens the scorer as {@link #open(Workspace, HashTransModels, Progress)} does, scoring {@code paths} paths. */
    public static EngineStrategyScorer open(Workspace workspace, HashTransModels models, int paths, Progress progress) {
        WorkspaceStrategies strategies = load(workspace, null);
        progress.checkCancelled();
        HashTransModels.Availability availability = models.load();
        if (!availability.available()) {
            return new EngineStrategyScorer(strategies, paths, null,
                    List.of(availability.reason(), LocalizedText.of("ui.comparison.model.prior")));
        }
        Optional<WorkspaceModel> tokenized = models.workspace(workspace, progress);
        if (tokenized.isEmpty()) {
            return new EngineStrategyScorer(strategies, paths, null,
                    List.of(LocalizedText.of("ui.model.noTelemetry", workspace.name()),
                            LocalizedText.of("ui.comparison.model.prior")));
        }
        StrategyHeads heads = new StrategyHeads(tokenized.get(), strategies.client().id(), workspace.fleet().miners(),
                strategies.presets());
        return new EngineStrategyScorer(strategies, paths, heads, List.of());
    }

    /**
     * Reads the comparison inputs of {@code workspace}'s first client; runs database queries, so call it off the
     * FX thread.
     *
     * @throws IllegalArgumentException with a localized message when the workspace lacks clients, sites with
     *         contracts, miners of a catalog model or market data
     */
    public static EngineStrategyScorer open(Workspace workspace) {
        return open(workspace, INTERACTIVE_PATHS);
    }

    /** Reads the comparison inputs as {@link #open(Workspace)} does, scoring {@code paths} paths per strategy. */
    public static EngineStrategyScorer open(Workspace workspace, int paths) {
        return open(workspace, null, paths);
    }

    /**
     * Reads the comparison inputs of client {@code clientId}, or of the first client when it is null, scoring
     * {@code paths} paths per strategy.
     */
    public static EngineStrategyScorer open(Workspace workspace, String clientId, int paths) {
        return new EngineStrategyScorer(load(workspace, clientId), paths);
    }

    private static WorkspaceStrategies load(Workspace workspace, String clientId) {
        WorkspaceStrategies strategies = WorkspaceStrategies.load(workspace, clientId, WorkspaceMarket.PriceModelKind.BOOTSTRAP,
                PRICE_HISTORY_YEARS, new HardwarePricing());
        log.info("Strategy comparison ready for client {} of workspace {}: {} strategies", strategies.client().id(),
                workspace.name(), strategies.presets().size());
        return strategies;
    }

    @Override
    public Scenario baseline() {
        return baseline;
    }

    public ClientProfile client() {
        return strategies.client();
    }

    /** The client's presets A, B and C as the workspace defines them, before any scenario. */
    public List<StrategyCandidate> presets() {
        return strategies.presets();
    }

    /** Monte Carlo paths per strategy. */
    public int paths() {
        return paths;
    }

    /** Returns true when the operational factors come from HashTrans. */
    public boolean usesModel() {
        return heads != null;
    }

    /**
     * Returns the engine's comparator on the market of {@code scenario}, with every curtailment response so far and
     * the prior operational factors.
     */
    public StrategyComparator comparator(Scenario scenario) {
        return comparator(scenario, null);
    }

    private StrategyComparator comparator(Scenario scenario, StrategyHeads.Run run) {
        OperationalFactors factors = run == null ? strategies.comparator().factors() : run.factors();
        StrategyComparator scenarioComparator = comparator.withMarket(market(scenario)).withFactors(factors);
        comparator = scenarioComparator;
        return scenarioComparator;
    }

    @Override
    public ComparisonResult score(Scenario scenario, Progress progress) {
        progress.checkCancelled();
        Scored scored = last;
        // A repeated scenario, such as after a language switch, reuses the last projection and spends no model time.
        double modelMillis = Double.NaN;
        if (scored == null || !scored.scenario().equals(scenario)) {
            scored = scoreScenario(scenario, progress::checkCancelled);
            last = scored;
            modelMillis = scored.modelMillis();
        }
        progress.checkCancelled();
        List<LocalizedText> notes = scored.heads() == null ? priorNotes : List.of(modelNote());
        return ComparisonResults.of(scenario, scored.comparison(), strategies.client(),
                strategies.market().priceModel().label(), new ComparisonResults.ModelView(scored.heads(), notes,
                        modelMillis));
    }

    /**
     * Runs the engine on {@code scenario}. A following {@link #score} of the same scenario reuses this projection.
     *
     * @param checkpoint runs before each strategy; it may throw to stop the comparison
     */
    public StrategyComparison compare(Scenario scenario, Runnable checkpoint) {
        Scored scored = scoreScenario(scenario, checkpoint);
        last = scored;
        return scored.comparison();
    }

    private Scored scoreScenario(Scenario scenario, Runnable checkpoint) {
        List<StrategyCandidate> candidates = new ArrayList<>(strategies.presets().size());
        for (StrategyCandidate preset : strategies.presets()) {
            candidates.add(adjust(preset, scenario));
        }
        StrategyHeads.Run run = heads == null ? null : heads.run(scenario, strategies.comparator().factors());
        StrategyComparator scenarioComparator = comparator(scenario, run);
        long started = System.nanoTime();
        StrategyComparison comparison = scenarioComparator.compare(strategies.client(), candidates, MONTHS, paths, SEED,
                checkpoint);
        List<StrategyHeads.Summary> summaries = null;
        double modelMillis = Double.NaN;
        if (run != null) {
            checkpoint.run();
            summaries = run.summarize(candidates);
            modelMillis = run.modelNanos() / 1e6;
        }
        log.debug("Scored {} in {} ms, {} ms of it in HashTrans", scenario, (System.nanoTime() - started) / 1_000_000,
                modelMillis);
        return new Scored(scenario, comparison, summaries, modelMillis);
    }

    private LocalizedText modelNote() {
        var service = heads.model().service();
        return LocalizedText.of(service.trained() ? "ui.comparison.model.trained" : "ui.comparison.model.untrained",
                service.modelVersion(), service.executionProvider());
    }

    private MarketModel market(Scenario scenario) {
        MarketModel fitted = strategies.market();
        double dailyLogGrowth = Math.log1p(scenario.difficultyGrowthPctPerMonth() / 100) / DAYS_PER_MONTH;
        DifficultyModel difficulty = new DifficultyModel(dailyLogGrowth, fitted.difficultyModel().dailyLogVolatility());
        return fitted.withStartBtcUsd(scenario.btcUsd()).withDifficultyModel(difficulty);
    }

    private static StrategyCandidate adjust(StrategyCandidate preset, Scenario scenario) {
        Contract contract = ContractAdjustments.withHostingAdder(
                ContractAdjustments.withEnergyAdder(preset.contract(), scenario.electricityAdderUsdPerMwh()),
                scenario.hostingAdderUsdPerKwMonth());
        double powerTarget = Math.clamp(preset.powerTarget() * scenario.powerTargetPct() / 100,
                PowerTuning.MIN_POWER_TARGET, PowerTuning.MAX_POWER_TARGET);
        return new StrategyCandidate(preset.label(), preset.site(), contract, powerTarget, preset.curtailment(), preset.firmware(),
                preset.fleetMix(), preset.heldBtcShare());
    }

    /** Converts a difficulty model's mean daily log growth into percent per month. */
    static double monthlyGrowthPct(DifficultyModel model) {
        return Math.expm1(model.dailyLogGrowth() * DAYS_PER_MONTH) * 100;
    }
}
