package com.hashinsight.ui.health;

import com.hashinsight.inference.CandidateScore;
import com.hashinsight.inference.EntityInput;
import com.hashinsight.inference.EntityScores;
import com.hashinsight.store.Workspace;
import com.hashinsight.tokenizer.CandidateInput;
import com.hashinsight.tokenizer.Scenario;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.hashtrans.CandidateInputs;
import com.hashinsight.ui.hashtrans.HashTransModels;
import com.hashinsight.ui.hashtrans.WorkspaceModel;
import com.hashinsight.ui.task.Progress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failure risk of each miner from HashTrans, with the rule-based estimate for miners and workspaces it cannot score.
 *
 * <ul>
 *   <li>7- and 30-day risk: the failure head ({@code fail_prob}) at the end of the workspace's telemetry, under
 *       market prices and nameplate power. NOTE: the head gives the two horizons separately, and the shipped bundle's
 *       7-day value exceeds its 30-day value for most miners of the demo workspace (and for 55 % of its own
 *       validation rows), so the screen shows both as the model gives them.</li>
 *   <li>Trend: the 30-day risk now against the one the model gives from the telemetry up to a week earlier.</li>
 *   <li>Signals: the downtime head's expected hours down in the next 30 days, then the readings of the last
 *       24 hours that the rule-based estimate lists.</li>
 *   <li>Recommended configuration: the config preset with the highest config head value ({@code config_value})
 *       among those whose downtime share ({@code config_risk}) is at most {@link #RISK_ALLOWANCE} above the current
 *       operation's. A preset must beat the current operation by {@link #MIN_GAIN_USD_PER_TH} to be recommended.</li>
 * </ul>
 */
public final class HashTransHealth implements HealthAssessor {

    /** Extra downtime share a recommended preset may have over the current operation. */
    static final double RISK_ALLOWANCE = 0.01;

    /** Smallest gain in 30-day net profit, USD per nominal TH/s, that is worth a configuration change. */
    static final double MIN_GAIN_USD_PER_TH = 0.01;

    private static final Logger log = LoggerFactory.getLogger(HashTransHealth.class);
    private static final Duration TREND_LOOK_BACK = Duration.ofDays(7);
    private static final double HOURS_30D = 720;

    private final HashTransModels models;
    private final HealthAssessor rules;

    /**
     * Creates the assessor.
     *
     * @param rules assesses what the model cannot, and supplies the telemetry signals of every miner
     */
    public HashTransHealth(HashTransModels models, HealthAssessor rules) {
        this.models = models;
        this.rules = rules;
    }

    @Override
    public Optional<HealthReport> assess(Workspace workspace, Progress progress) throws Exception {
        Optional<HealthReport> ruleBased = rules.assess(workspace, progress);
        if (ruleBased.isEmpty()) {
            return ruleBased;
        }
        HashTransModels.Availability availability = models.load();
        if (!availability.available()) {
            return Optional.of(ruleBased.get().withDetail(availability.reason()));
        }
        Optional<WorkspaceModel> now = models.workspace(workspace, progress);
        if (now.isEmpty()) {
            return ruleBased;
        }
        progress.checkCancelled();
        WorkspaceModel earlier = models.tokenizeAt(workspace,
                now.get().scoringTime().minus(TREND_LOOK_BACK).minusMillis(1), progress);
        progress.checkCancelled();

        Map<String, EntityScores> scores = score(now.get(), CandidateInputs.CONFIG_PRESETS.stream()
                .map(CandidateInputs.ConfigPreset::input).toList());
        Map<String, EntityScores> before = score(earlier, List.of(CandidateInputs.CONFIG_PRESETS.getFirst().input()));
        List<MinerHealth> rows = new ArrayList<>(ruleBased.get().miners().size());
        int scored = 0;
        for (MinerHealth row : ruleBased.get().miners()) {
            EntityScores miner = scores.get(row.serial());
            if (miner == null) {
                rows.add(row);
                continue;
            }
            EntityScores previous = before.get(row.serial());
            rows.add(modelRow(row, miner, previous));
            scored++;
        }
        var service = now.get().service();
        log.info("Assessed {} of {} miners of workspace {} with HashTrans {}", scored, rows.size(), workspace.name(),
                service.modelVersion());
        LocalizedText source = LocalizedText.of("ui.health.source.model", service.modelVersion(), scored, rows.size());
        LocalizedText detail = service.trained() ? null : LocalizedText.of("ui.model.untrained");
        return Optional.of(new HealthReport(source, detail, now.get().scoringTime(), rows));
    }

    private static Map<String, EntityScores> score(WorkspaceModel model, List<CandidateInput> candidates) {
        List<EntityInput> inputs = new ArrayList<>();
        for (String serial : model.serials()) {
            inputs.add(model.input(serial, Scenario.MARKET, candidates));
        }
        Map<String, EntityScores> bySerial = new HashMap<>();
        for (EntityScores scores : model.score(inputs)) {
            bySerial.put(scores.entityId(), scores);
        }
        return bySerial;
    }

    private static MinerHealth modelRow(MinerHealth row, EntityScores scores, EntityScores previous) {
        double risk30 = 100 * scores.failProb30d();
        double earlierRisk = previous == null ? Double.NaN : 100 * previous.failProb30d();
        List<LocalizedText> signals = new ArrayList<>();
        signals.add(LocalizedText.of("ui.health.signal.downtime", scores.candidates().getFirst().configRisk() * HOURS_30D));
        signals.addAll(row.signals());
        return new MinerHealth(row.serial(), row.model(), row.site(), row.client(), 100 * scores.failProb7d(), risk30,
                Trend.of(earlierRisk, risk30), signals, recommend(scores.candidates()));
    }

    /** Recommends a config preset from the config head; {@code candidates} follow {@link CandidateInputs#CONFIG_PRESETS}. */
    static LocalizedText recommend(List<CandidateScore> candidates) {
        CandidateScore current = candidates.getFirst();
        int best = 0;
        for (int i = 1; i < candidates.size(); i++) {
            CandidateScore preset = candidates.get(i);
            if (preset.configRisk() <= current.configRisk() + RISK_ALLOWANCE
                    && preset.configValue() > candidates.get(best).configValue()) {
                best = i;
            }
        }
        double gain = candidates.get(best).configValue() - current.configValue();
        if (best == 0 || gain < MIN_GAIN_USD_PER_TH) {
            return LocalizedText.of("ui.health.recommend.model.keep");
        }
        String preset = CandidateInputs.CONFIG_PRESETS.get(best).id();
        return LocalizedText.of("ui.health.recommend.model." + preset, gain, 100 * candidates.get(best).configRisk());
    }
}
