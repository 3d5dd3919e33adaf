package com.hashinsight.ui.comparison;

import com.hashinsight.economics.DifficultyModel;
import com.hashinsight.economics.MarketModel;
import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Contract;
import com.hashinsight.store.Workspace;
import com.hashinsight.strategy.ContractAdjustments;
import com.hashinsight.strategy.HardwarePricing;
import com.hashinsight.strategy.PowerTuning;
import com.hashinsight.strategy.StrategyCandidate;
import com.hashinsight.strategy.StrategyComparator;
import com.hashinsight.strategy.StrategyComparison;
import com.hashinsight.strategy.WorkspaceMarket;
import com.hashinsight.strategy.WorkspaceStrategies;
import com.hashinsight.ui.task.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    /** The newest comparator: it carries every curtailment response computed so far. */
    private volatile StrategyComparator comparator;
    private volatile Scored last;

    /** The engine's comparison of one scenario, kept so a language switch does not project again. */
    private record Scored(Scenario scenario, StrategyComparison comparison) {
    }

    public EngineStrategyScorer(WorkspaceStrategies strategies, int paths) {
        this.strategies = Objects.requireNonNull(strategies, "strategies");
        if (paths < 1) {
            throw new IllegalArgumentException("paths must be at least 1, got " + paths);
        }
        this.paths = paths;
        this.comparator = strategies.comparator();
        MarketModel market = strategies.market();
        this.baseline = new Scenario(market.startBtcUsd(), monthlyGrowthPct(market.difficultyModel()), 0, 0, 100);
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
        WorkspaceStrategies strategies = WorkspaceStrategies.load(workspace, clientId, WorkspaceMarket.PriceModelKind.BOOTSTRAP,
                PRICE_HISTORY_YEARS, new HardwarePricing());
        log.info("Strategy comparison ready for client {} of workspace {}: {} strategies", strategies.client().id(),
                workspace.name(), strategies.presets().size());
        return new EngineStrategyScorer(strategies, paths);
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

    /** Returns the engine's comparator on the market of {@code scenario}, with every curtailment response so far. */
    public StrategyComparator comparator(Scenario scenario) {
        StrategyComparator scenarioComparator = comparator.withMarket(market(scenario));
        comparator = scenarioComparator;
        return scenarioComparator;
    }

    @Override
    public ComparisonResult score(Scenario scenario, Progress progress) {
        progress.checkCancelled();
        Scored scored = last;
        if (scored == null || !scored.scenario().equals(scenario)) {
            scored = new Scored(scenario, compare(scenario, progress::checkCancelled));
            last = scored;
        }
        progress.checkCancelled();
        return ComparisonResults.of(scenario, scored.comparison(), strategies.client(), strategies.market().priceModel().label());
    }

    /**
     * Runs the engine on {@code scenario}.
     *
     * @param checkpoint runs before each strategy; it may throw to stop the comparison
     */
    public StrategyComparison compare(Scenario scenario, Runnable checkpoint) {
        List<StrategyCandidate> candidates = new ArrayList<>(strategies.presets().size());
        for (StrategyCandidate preset : strategies.presets()) {
            candidates.add(adjust(preset, scenario));
        }
        StrategyComparator scenarioComparator = comparator(scenario);
        long started = System.nanoTime();
        StrategyComparison comparison = scenarioComparator.compare(strategies.client(), candidates, MONTHS, paths, SEED,
                checkpoint);
        log.debug("Scored {} in {} ms", scenario, (System.nanoTime() - started) / 1_000_000);
        return comparison;
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
