package com.hashinsight.bench;

import com.hashinsight.inference.CandidateTokens;
import com.hashinsight.inference.EntityInput;
import com.hashinsight.inference.HashTransModel;
import com.hashinsight.inference.InferenceException;
import com.hashinsight.inference.ModelBundle;
import com.hashinsight.inference.ModelConfig;
import com.hashinsight.inference.ModelLocator;
import com.hashinsight.inference.SequenceTokens;
import com.hashinsight.inference.TokenizerInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The installed model bundle and random inputs of the bundle's widths for the inference benchmarks. */
final class InferenceBenchData {

    /** Miners in the benchmark workspace. */
    static final int WORKSPACE_MINERS = 500;

    /** Candidates per miner in the workspace: the A/B/C presets. */
    static final int WORKSPACE_CANDIDATES = 3;

    /** Longest miner history in the workspace: the tokenizer's default L_S limit. */
    static final int WORKSPACE_MAX_TOKENS = 256;

    private InferenceBenchData() {
    }

    static HashTransModel load(long cacheBudgetBytes) throws InferenceException {
        ModelBundle bundle = ModelBundle.open(ModelLocator.locate(), TokenizerInputs.SPEC_VERSION);
        return HashTransModel.load(bundle, cacheBudgetBytes);
    }

    static SequenceTokens history(ModelConfig config, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] sNum = new float[length * config.featureWidthS()];
        long[] sType = new long[length];
        for (int i = 0; i < sNum.length; i++) {
            sNum[i] = (float) random.nextDouble(-1, 1);
        }
        for (int i = 0; i < length; i++) {
            sType[i] = random.nextInt(1, config.sTypes());
        }
        return new SequenceTokens(sNum, sType, config.featureWidthS());
    }

    static CandidateTokens candidates(ModelConfig config, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] nsNum = new float[config.featureWidthNs()];
        float[] candNum = new float[count * config.featureWidthCand()];
        long[] candKind = new long[count];
        for (int i = 0; i < nsNum.length; i++) {
            nsNum[i] = (float) random.nextDouble(-1, 1);
        }
        for (int i = 0; i < candNum.length; i++) {
            candNum[i] = (float) random.nextDouble(-1, 1);
        }
        for (int i = 0; i < count; i++) {
            candKind[i] = random.nextInt(1, 5);
        }
        return new CandidateTokens(nsNum, candNum, candKind, config.featureWidthCand());
    }

    /**
     * Returns {@code request} under slider state {@code state}: only the scenario columns of {@code ns_num} change,
     * as when the app moves a slider, so the context cache stays valid.
     */
    static CandidateTokens sliderState(ModelConfig config, CandidateTokens request, int state) {
        float[] nsNum = request.nsNum();
        SplittableRandom random = new SplittableRandom(state);
        for (int column : config.scenarioColumns()) {
            nsNum[column] = (float) random.nextDouble(-1, 1);
        }
        return new CandidateTokens(nsNum, request.candNum(), request.candKind(), request.featureWidth());
    }

    /** Returns 500 miners with 16..256 S-tokens, one in twenty with none, and three candidates each. */
    static List<EntityInput> workspace(ModelConfig config, long candidateSeed) {
        SplittableRandom lengths = new SplittableRandom(17);
        List<EntityInput> miners = new ArrayList<>(WORKSPACE_MINERS);
        for (int i = 0; i < WORKSPACE_MINERS; i++) {
            int length = i % 20 == 0 ? 0 : lengths.nextInt(16, WORKSPACE_MAX_TOKENS + 1);
            miners.add(new EntityInput("miner-" + i, history(config, length, i),
                    candidates(config, WORKSPACE_CANDIDATES, candidateSeed * 100_000 + i)));
        }
        return miners;
    }
}
