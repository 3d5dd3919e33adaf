package com.hashinsight.bench;

import com.hashinsight.inference.CandidateTokens;
import com.hashinsight.inference.EntityInput;
import com.hashinsight.inference.EntityScores;
import com.hashinsight.inference.HashTransModel;
import com.hashinsight.inference.HashTransService;
import com.hashinsight.inference.KvCache;
import com.hashinsight.inference.ModelConfig;
import com.hashinsight.inference.ModelLocator;
import com.hashinsight.inference.SequenceTokens;
import com.hashinsight.inference.TokenizerInputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stage I and Stage II times of the installed HashTrans bundle through DJL and ONNX Runtime (CPU).
 *
 * <ul>
 *   <li>{@code encode}: Stage I of one entity at {@code L_S} tokens, uncached.</li>
 *   <li>{@code scoreCached}: Stage II for {@code N} candidates against a cached Stage I result and context.</li>
 *   <li>{@code scoreUncached}: Stage I, the context graph and Stage II, the cost without a KV cache.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class InferenceBenchmark {

    /** One entity's history and the model, for Stage I alone. */
    @State(Scope.Benchmark)
    public static class History {

        @Param({"256", "1024", "2048"})
        public int sequenceLength;

        HashTransModel model;
        SequenceTokens history;

        @Setup(Level.Trial)
        public void load() throws Exception {
            model = InferenceBenchData.load(256L << 20);
            history = InferenceBenchData.history(model.bundle().config(), sequenceLength, 1);
        }

        @TearDown(Level.Trial)
        public void close() {
            model.close();
        }
    }

    /** One entity: its history, its candidates and the model. */
    @State(Scope.Benchmark)
    public static class Entity {

        @Param({"256", "1024", "2048"})
        public int sequenceLength;

        @Param({"3", "100"})
        public int candidateCount;

        HashTransModel model;
        SequenceTokens history;
        CandidateTokens candidates;
        KvCache.Lease cached;

        @Setup(Level.Trial)
        public void load() throws Exception {
            model = InferenceBenchData.load(256L << 20);
            ModelConfig config = model.bundle().config();
            history = InferenceBenchData.history(config, sequenceLength, 1);
            candidates = InferenceBenchData.candidates(config, candidateCount, 2);
            cached = model.encode("bench", history);
        }

        @TearDown(Level.Trial)
        public void close() {
            cached.close();
            model.close();
        }
    }

    @Benchmark
    public Object encode(History entity) {
        try (KvCache.Lease lease = entity.model.encodeUncached("bench", entity.history)) {
            return lease.entry().bytes();
        }
    }

    @Benchmark
    public EntityScores scoreCached(Entity entity) {
        return entity.model.score(entity.cached, entity.candidates);
    }

    @Benchmark
    public EntityScores scoreUncached(Entity entity) {
        try (KvCache.Lease lease = entity.model.encodeUncached("bench", entity.history)) {
            return entity.model.scoreWithoutContextCache(lease, entity.candidates);
        }
    }

    /** A 500-miner workspace behind the service facade. */
    @State(Scope.Benchmark)
    public static class Workspace {

        HashTransService service;
        List<EntityInput> miners;
        HashTransService.Workspace prepared;
        List<Map<String, CandidateTokens>> sliderStates;
        int move;

        @Setup(Level.Trial)
        public void load() throws Exception {
            service = HashTransService.open(ModelLocator.locate(), TokenizerInputs.SPEC_VERSION);
            miners = InferenceBenchData.workspace(service.config(), 0);
            Map<String, SequenceTokens> histories = new LinkedHashMap<>();
            miners.forEach(miner -> histories.put(miner.entityId(), miner.history()));
            prepared = service.prepare(histories);
            sliderStates = new ArrayList<>();
            for (int state = 1; state <= 4; state++) {
                Map<String, CandidateTokens> candidates = new HashMap<>();
                for (EntityInput miner : miners) {
                    candidates.put(miner.entityId(),
                            InferenceBenchData.sliderState(service.config(), miner.candidates(), state));
                }
                sliderStates.add(candidates);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            service.close();
        }
    }

    /** Health of all 500 miners from a cold cache: Stage I and Stage II for every batch. */
    @Benchmark
    @Warmup(iterations = 1, time = 2)
    @Measurement(iterations = 3, time = 4)
    public Object healthColdCache(Workspace workspace) {
        workspace.service.clearCache();
        return workspace.service.healthScores(workspace.miners);
    }

    /** One slider move: new scenario columns for all 500 miners; Stage I and the contexts come from the caches. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public Object rescoreSliderMove(Workspace workspace) {
        workspace.move = (workspace.move + 1) % workspace.sliderStates.size();
        return workspace.prepared.rescore(workspace.sliderStates.get(workspace.move));
    }
}
