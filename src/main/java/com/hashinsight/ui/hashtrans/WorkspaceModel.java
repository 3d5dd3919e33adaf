package com.hashinsight.ui.hashtrans;

import com.hashinsight.inference.CandidateTokens;
import com.hashinsight.inference.EntityInput;
import com.hashinsight.inference.EntityScores;
import com.hashinsight.inference.HashTransService;
import com.hashinsight.inference.SequenceTokens;
import com.hashinsight.inference.TokenizerInputs;
import com.hashinsight.store.Workspace;
import com.hashinsight.tokenizer.CandidateEncoder;
import com.hashinsight.tokenizer.CandidateInput;
import com.hashinsight.tokenizer.ContextEncoder;
import com.hashinsight.tokenizer.FleetTokens;
import com.hashinsight.tokenizer.Scenario;
import com.hashinsight.tokenizer.WorkspaceTokenizer;
import com.hashinsight.ui.task.Progress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HashTrans inputs of every miner of one workspace at one scoring time: S-tokens and context rows, built once.
 * Screens add the NS side of their own candidates and scenario, and {@link #score} runs Stage II against the cached
 * S side, so a slider move never tokenizes or encodes a history again.
 */
public final class WorkspaceModel {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceModel.class);

    private final HashTransService service;
    private final FleetTokens tokens;
    private final Map<String, SequenceTokens> histories;

    private WorkspaceModel(HashTransService service, FleetTokens tokens, Map<String, SequenceTokens> histories) {
        this.service = service;
        this.tokens = tokens;
        this.histories = histories;
    }

    /**
     * Tokenizes every miner at the end of the hour after {@code lastReading} and runs Stage I for all of them, so
     * that later requests find the KV cache filled.
     */
    static WorkspaceModel tokenize(Workspace workspace, HashTransModels.Loaded model, Instant lastReading,
            Progress progress) {
        long started = System.nanoTime();
        Instant scoringTime = lastReading.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        FleetTokens tokens = new WorkspaceTokenizer(workspace, model.builder()).build(scoringTime, Scenario.MARKET);
        progress.checkCancelled();
        Map<String, SequenceTokens> histories = new LinkedHashMap<>();
        tokens.bySerial().forEach((serial, miner) -> histories.put(serial, TokenizerInputs.history(miner.sequence())));
        model.service().prepare(histories);
        log.info("Tokenized {} miners of workspace {} at {} for HashTrans in {} ms", histories.size(), workspace.name(),
                scoringTime, (System.nanoTime() - started) / 1_000_000);
        return new WorkspaceModel(model.service(), tokens, histories);
    }

    public HashTransService service() {
        return service;
    }

    /** Time the tokens describe: the end of the hour after the workspace's last telemetry reading. */
    public Instant scoringTime() {
        return tokens.scoringTime();
    }

    /** Serials of the tokenized miners, in workspace order; miners of models missing from the catalog are absent. */
    public Set<String> serials() {
        return tokens.bySerial().keySet();
    }

    public boolean has(String serial) {
        return tokens.bySerial().containsKey(serial);
    }

    /** Returns the tokens and the fleet records of miner {@code serial}, which must be one of {@link #serials()}. */
    public FleetTokens.MinerTokens miner(String serial) {
        FleetTokens.MinerTokens miner = tokens.bySerial().get(serial);
        if (miner == null) {
            throw new IllegalArgumentException("miner " + serial + " was not tokenized");
        }
        return miner;
    }

    /**
     * Returns the model input of miner {@code serial}: its cached S-tokens, its context under {@code scenario} and
     * one candidate row per entry of {@code candidates}.
     */
    public EntityInput input(String serial, Scenario scenario, List<CandidateInput> candidates) {
        FleetTokens.MinerTokens miner = miner(serial);
        float[] context = ContextEncoder.withScenario(miner.context(), tokens.market(), scenario);
        List<float[]> rows = new ArrayList<>(candidates.size());
        for (CandidateInput candidate : candidates) {
            rows.add(miner.candidateRow(candidate));
        }
        CandidateTokens ns = TokenizerInputs.candidates(context, rows, CandidateEncoder.kinds(candidates));
        return new EntityInput(serial, histories.get(serial), ns);
    }

    /** Scores {@code inputs} in one Stage II pass per batch; Stage I comes from the KV cache. */
    public List<EntityScores> score(List<EntityInput> inputs) {
        return service.score(inputs);
    }
}
