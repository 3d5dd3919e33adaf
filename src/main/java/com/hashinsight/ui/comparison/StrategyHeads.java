package com.hashinsight.ui.comparison;

import com.hashinsight.fleet.Miner;
import com.hashinsight.inference.EntityInput;
import com.hashinsight.inference.EntityScores;
import com.hashinsight.inference.HealthScore;
import com.hashinsight.inference.ModelOperationalFactors;
import com.hashinsight.strategy.FleetLine;
import com.hashinsight.strategy.OperationalEstimate;
import com.hashinsight.strategy.OperationalFactors;
import com.hashinsight.strategy.PowerTuning;
import com.hashinsight.strategy.StrategyCandidate;
import com.hashinsight.ui.hashtrans.CandidateInputs;
import com.hashinsight.ui.hashtrans.WorkspaceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HashTrans behind the strategy comparison: the operational factors of each strategy by the rules of
 * {@link ModelOperationalFactors}, and the heads' outputs that the recommendation's reasons quote.
 *
 * <p>Each strategy's fleet line is represented by the client's own miners of the line's model, or by every workspace
 * miner of that model when the client has none. Each miner is scored with two candidates: the strategy's power target
 * and firmware as a config preset (the downtime head reads it) and the strategy as an A/B/C preset at its site and
 * contract (the policy head reads it). The context carries the slider scenario, with the strategy's power target as
 * the scenario's power target, so the failure head reads the miners as running at that target.
 */
final class StrategyHeads {

    /**
     * HashTrans outputs for one strategy, averaged over the miners that represent its fleet lines.
     *
     * @param label                  strategy label
     * @param miners                 miners scored; 0 when no line had a workspace miner, and then the rest is NaN
     * @param failProb30d            failure head: probability of a failure or RMA within 30 days, 0..1
     * @param downtimeShare          downtime head: expected share of the next 30 days down, 0..1
     * @param valueUsdPerTh30d       policy head: net profit over 30 days, USD per nominal TH/s
     */
    record Summary(String label, int miners, double failProb30d, double downtimeShare, double valueUsdPerTh30d) {
    }

    private final WorkspaceModel model;
    private final Map<String, StrategyCandidate> presetsByLabel = new HashMap<>();
    private final Map<String, List<String>> clientSerialsByModel = new HashMap<>();
    private final Map<String, List<String>> workspaceSerialsByModel = new HashMap<>();

    StrategyHeads(WorkspaceModel model, String clientId, List<Miner> workspaceMiners, List<StrategyCandidate> presets) {
        this.model = model;
        presets.forEach(preset -> presetsByLabel.put(preset.label(), preset));
        for (Miner miner : workspaceMiners) {
            if (!model.has(miner.serial())) {
                continue;
            }
            workspaceSerialsByModel.computeIfAbsent(miner.model(), key -> new ArrayList<>()).add(miner.serial());
            if (clientId.equals(miner.clientId())) {
                clientSerialsByModel.computeIfAbsent(miner.model(), key -> new ArrayList<>()).add(miner.serial());
            }
        }
    }

    WorkspaceModel model() {
        return model;
    }

    /** Returns the HashTrans view of one scenario; each scoring request takes its own, so timings do not mix. */
    Run run(Scenario scenario, OperationalFactors fallback) {
        return new Run(scenario, fallback);
    }

    /**
     * One scenario's factors and head outputs, with the time spent in the model. Each strategy is scored once, in one
     * Stage II pass over the miners of all its fleet lines, and both the factors and the summaries read that result.
     */
    final class Run {

        private final Scenario scenario;
        private final OperationalFactors fallback;
        private final String label;
        private final Map<String, Map<String, List<EntityScores>>> scoresByLabel = new ConcurrentHashMap<>();
        private final AtomicLong modelNanos = new AtomicLong();
        private final OperationalFactors factors = new OperationalFactors() {
            @Override
            public OperationalEstimate estimate(StrategyCandidate candidate, FleetLine line, double cycles) {
                OperationalEstimate prior = fallback.estimate(candidate, line, cycles);
                List<EntityScores> miners = scores(candidate).getOrDefault(line.model().model(), List.of());
                if (miners.isEmpty()) {
                    return prior;
                }
                List<HealthScore> health = new ArrayList<>(miners.size());
                for (EntityScores miner : miners) {
                    health.add(HealthScore.of(miner, true));
                }
                return ModelOperationalFactors.estimate(health, prior);
            }

            @Override
            public String label() {
                return label;
            }
        };

        private Run(Scenario scenario, OperationalFactors fallback) {
            this.scenario = scenario;
            this.fallback = fallback;
            this.label = new ModelOperationalFactors(model.service(), (candidate, line) -> List.of(), fallback).label();
        }

        /** Operational factors for the strategy engine: HashTrans where a line has workspace miners. */
        OperationalFactors factors() {
            return factors;
        }

        /** Nanoseconds spent building model inputs and running Stage II so far. */
        long modelNanos() {
            return modelNanos.get();
        }

        /** Returns the heads' outputs for each of {@code strategies}, as scored under this run's scenario. */
        List<Summary> summarize(List<StrategyCandidate> strategies) {
            List<Summary> summaries = new ArrayList<>(strategies.size());
            for (StrategyCandidate strategy : strategies) {
                summaries.add(summarize(strategy));
            }
            return summaries;
        }

        private Summary summarize(StrategyCandidate strategy) {
            int miners = 0;
            double fail = 0;
            double downtime = 0;
            double value = 0;
            for (List<EntityScores> line : scores(strategy).values()) {
                for (EntityScores scores : line) {
                    fail += scores.failProb30d();
                    downtime += scores.candidates().get(0).configRisk();
                    value += scores.candidates().get(1).policyValue();
                    miners++;
                }
            }
            if (miners == 0) {
                return new Summary(strategy.label(), 0, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Summary(strategy.label(), miners, fail / miners, downtime / miners, value / miners);
        }

        /** Returns the scores of {@code strategy}'s miners by model name, scoring them on the first request. */
        private Map<String, List<EntityScores>> scores(StrategyCandidate strategy) {
            return scoresByLabel.computeIfAbsent(strategy.label(), label -> {
                long started = System.nanoTime();
                List<EntityInput> inputs = new ArrayList<>();
                List<String> models = new ArrayList<>();
                for (FleetLine line : strategy.fleetMix()) {
                    for (EntityInput input : inputs(strategy, line)) {
                        inputs.add(input);
                        models.add(line.model().model());
                    }
                }
                Map<String, List<EntityScores>> byModel = new HashMap<>();
                if (!inputs.isEmpty()) {
                    List<EntityScores> scored = model.score(inputs);
                    for (int i = 0; i < scored.size(); i++) {
                        byModel.computeIfAbsent(models.get(i), key -> new ArrayList<>()).add(scored.get(i));
                    }
                }
                modelNanos.addAndGet(System.nanoTime() - started);
                return byModel;
            });
        }

        /** Returns the model inputs of a line's miners: the config preset first, then the A/B/C preset. */
        private List<EntityInput> inputs(StrategyCandidate strategy, FleetLine line) {
            List<String> serials = clientSerialsByModel.getOrDefault(line.model().model(),
                    workspaceSerialsByModel.getOrDefault(line.model().model(), List.of()));
            if (serials.isEmpty()) {
                return List.of();
            }
            // The candidate row describes the preset's own contract. The sliders' price changes reach the model
            // through the context's scenario columns, which the tokenizer's Scenario defines.
            StrategyCandidate preset = presetsByLabel.getOrDefault(strategy.label(), strategy);
            com.hashinsight.tokenizer.Scenario context = contextScenario(strategy);
            List<EntityInput> inputs = new ArrayList<>(serials.size());
            for (String serial : serials) {
                inputs.add(model.input(serial, context, List.of(
                        CandidateInputs.strategyConfig(strategy, line.model()),
                        CandidateInputs.strategyPreset(strategy, preset.contract(), line.model()))));
            }
            return inputs;
        }

        /**
         * Returns the slider scenario as the context's scenario columns, at the strategy's power target.
         *
         * <p>NOTE: training rows always carry a zero electricity adder and the contract's own hosting fee
         * ({@code TrainingScenario.realised}), so how the heads respond to those two sliders is not learned from data.
         * The training rows' BTC price lies within 0.78 to 1.31 times the latest price. Near the top of that range and
         * beyond it, the shipped bundle's failure head behaves badly. On the demo workspace a BTC slider at 1.15 to 1.5
         * times the market price gives single miners 45 to 95 % 30-day risk, against under 1 % at the market price.
         */
        private com.hashinsight.tokenizer.Scenario contextScenario(StrategyCandidate strategy) {
            double hosting = scenario.hostingAdderUsdPerKwMonth() == 0 ? Double.NaN
                    : Math.max(0, strategy.contract().hostingUsdPerKwMonth());
            double powerTarget = Math.clamp(strategy.powerTarget(), PowerTuning.MIN_POWER_TARGET,
                    PowerTuning.MAX_POWER_TARGET);
            return new com.hashinsight.tokenizer.Scenario(scenario.btcUsd(), scenario.difficultyGrowthPctPerMonth(),
                    scenario.electricityAdderUsdPerMwh(), hosting, powerTarget);
        }
    }
}
