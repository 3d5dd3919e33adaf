package com.hashinsight.bench;

import com.hashinsight.inference.CandidateTokens;
import com.hashinsight.inference.EntityInput;
import com.hashinsight.inference.HashTransModel;
import com.hashinsight.inference.HashTransService;
import com.hashinsight.inference.KvCache;
import com.hashinsight.inference.ModelConfig;
import com.hashinsight.inference.ModelLocator;
import com.hashinsight.inference.SequenceTokens;
import com.hashinsight.inference.TokenizerInputs;
import com.hashinsight.inference.WorkspaceScorer;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Prints the CPU time of each inference operation. The graphs run with one intra-op thread on the calling thread,
 * so thread CPU time is the work itself, independent of how busy the machine is; JMH's wall times on a shared
 * machine are not. Workspace operations run batches in parallel, so they report the CPU time of the whole process
 * (JIT and GC threads included, an over-count). The slider move also runs with every batch on one worker thread.
 *
 * <pre>{@code java -cp ... com.hashinsight.bench.InferenceCpuTimeHarness 20}</pre>
 */
public final class InferenceCpuTimeHarness {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int[] LENGTHS = {256, 1024, 2048};
    private static final int[] CANDIDATES = {3, 100};
    private static final int CLIENT_MINERS = 52;
    /** System property: rows per batch of the workspace operations, to compare batch sizes. */
    private static final String BATCH_SIZE_PROPERTY = "hashinsight.bench.batchSize";

    private InferenceCpuTimeHarness() {
    }

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        try (HashTransModel model = InferenceBenchData.load(256L << 20)) {
            ModelConfig config = model.bundle().config();
            System.out.printf(Locale.ROOT, "model %s on %s, median of %d runs, CPU ms per operation%n",
                    model.modelVersion(), model.executionProvider(), repetitions);
            for (int length : LENGTHS) {
                SequenceTokens history = InferenceBenchData.history(config, length, 1);
                double encode = medianCpuMs(repetitions, () -> {
                    try (KvCache.Lease lease = model.encodeUncached("bench", history)) {
                        return lease.entry().bytes();
                    }
                });
                System.out.printf(Locale.ROOT, "encode L_S=%d: %.2f ms%n", length, encode);
                for (int count : CANDIDATES) {
                    printScore(model, config, history, count, repetitions, encode);
                }
            }
            clientComparison(model, config, repetitions * 3);
        }
        workspace(repetitions);
    }

    /**
     * Prints the wall time of Stage II for one client's miners, as the comparison screen scores one strategy. The
     * 52 miners have 256 S-tokens and 2 candidates each and are scored from the cache, once as one batch and once
     * as the workspace scorer splits them across workers.
     */
    private static void clientComparison(HashTransModel model, ModelConfig config, int repetitions) {
        List<EntityInput> miners = new ArrayList<>();
        for (int i = 0; i < CLIENT_MINERS; i++) {
            miners.add(new EntityInput("client-" + i, InferenceBenchData.history(config, 256, 1_000 + i),
                    InferenceBenchData.candidates(config, 2, 2_000 + i)));
        }
        List<String> ids = miners.stream().map(EntityInput::entityId).toList();
        List<SequenceTokens> histories = miners.stream().map(EntityInput::history).toList();
        List<CandidateTokens> candidates = miners.stream().map(EntityInput::candidates).toList();
        WorkspaceScorer scorer = new WorkspaceScorer(model, WorkspaceScorer.DEFAULT_BATCH_SIZE);
        double split = medianMs(repetitions, () -> scorer.score(miners), System::nanoTime);
        double oneBatch = medianMs(repetitions, () -> {
            try (KvCache.Lease lease = model.encodeBatch(ids, histories)) {
                return model.scoreBatch(lease, candidates);
            }
        }, System::nanoTime);
        System.out.printf(Locale.ROOT, "client comparison, %d miners, N=2, cached: one batch wall %.1f ms, "
                + "split across workers wall %.1f ms%n", CLIENT_MINERS, oneBatch, split);
    }

    private static void printScore(HashTransModel model, ModelConfig config, SequenceTokens history, int count,
            int repetitions, double encodeMs) {
        CandidateTokens candidates = InferenceBenchData.candidates(config, count, 2);
        try (KvCache.Lease cached = model.encode("bench-" + history.length(), history)) {
            double scoreMs = medianCpuMs(repetitions * 5, () -> model.score(cached, candidates));
            double newContextMs = medianCpuMs(repetitions * 5, () -> model.scoreWithoutContextCache(cached, candidates));
            double uncachedMs = medianCpuMs(repetitions, () -> {
                try (KvCache.Lease lease = model.encodeUncached("bench", history)) {
                    return model.scoreWithoutContextCache(lease, candidates);
                }
            });
            System.out.printf(Locale.ROOT,
                    "  score L_S=%d N=%d: cached %.2f ms, uncached %.2f ms, speed-up %.1fx, FLOP-ratio limit %.1fx"
                            + " (encode alone %.2f ms; Stage I cached, context computed %.2f ms)%n",
                    history.length(), count, scoreMs, uncachedMs, uncachedMs / scoreMs,
                    HashTransFlops.cacheLimit(config, history.length(), count), encodeMs, newContextMs);
        }
    }

    private static void workspace(int repetitions) throws Exception {
        int batchSize = Integer.getInteger(BATCH_SIZE_PROPERTY, WorkspaceScorer.DEFAULT_BATCH_SIZE);
        try (HashTransService service = HashTransService.open(ModelLocator.locate(), TokenizerInputs.SPEC_VERSION,
                HashTransService.DEFAULT_CACHE_MIB << 20, batchSize)) {
            ModelConfig config = service.config();
            List<EntityInput> miners = InferenceBenchData.workspace(config, 0);
            double health = medianProcessCpuMs(Math.max(3, repetitions / 5), () -> {
                service.clearCache();
                return service.healthScores(miners);
            });
            System.out.printf(Locale.ROOT, "health, %d miners in batches of up to %d, cold cache: %.1f ms%n",
                    miners.size(), batchSize, health);

            Map<String, SequenceTokens> histories = new LinkedHashMap<>();
            miners.forEach(miner -> histories.put(miner.entityId(), miner.history()));
            HashTransService.Workspace prepared = service.prepare(histories);
            List<Map<String, CandidateTokens>> states = new ArrayList<>();
            for (int state = 1; state <= 4; state++) {
                Map<String, CandidateTokens> byId = new HashMap<>();
                for (EntityInput miner : miners) {
                    byId.put(miner.entityId(), InferenceBenchData.sliderState(config, miner.candidates(), state));
                }
                states.add(byId);
            }
            int moves = repetitions * 5;
            printMoves("rescore one slider move, " + miners.size() + " miners, batches in parallel", moves,
                    move -> prepared.rescore(states.get(move % states.size())));
            // The same moves with every batch on one worker thread: the work itself, without the contention
            // between two busy threads that inflates the parallel run's CPU time on a shared machine.
            ForkJoinPool oneThread = new ForkJoinPool(1);
            try {
                printMoves("rescore one slider move, " + miners.size() + " miners, one thread", moves,
                        move -> oneThread.submit(() -> prepared.rescore(states.get(move % states.size()))).join());
            } finally {
                oneThread.shutdown();
            }
            System.out.println(service.counters().cache());
            System.out.println(service.counters().contextCache());
        }
    }

    private static void printMoves(String label, int moves, IntConsumer move) {
        double[] cpu = new double[moves];
        double[] wall = new double[moves];
        for (int i = 0; i < moves; i++) {
            long cpuStart = PROCESS.getProcessCpuTime();
            long wallStart = System.nanoTime();
            move.accept(i);
            cpu[i] = (PROCESS.getProcessCpuTime() - cpuStart) / 1e6;
            wall[i] = (System.nanoTime() - wallStart) / 1e6;
        }
        System.out.printf(Locale.ROOT,
                "%s: CPU p50 %.1f ms, p95 %.1f ms; wall min %.1f ms, p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d moves)%n",
                label, percentile(cpu, 0.5), percentile(cpu, 0.95), percentile(wall, 0), percentile(wall, 0.5),
                percentile(wall, 0.95), percentile(wall, 1), moves);
    }

    private static double medianProcessCpuMs(int repetitions, Supplier<Object> operation) {
        return medianMs(repetitions, operation, PROCESS::getProcessCpuTime);
    }

    private static double medianCpuMs(int repetitions, Supplier<Object> operation) {
        return medianMs(repetitions, operation, THREADS::getCurrentThreadCpuTime);
    }

    /** Returns the median of {@code repetitions} timed runs after one warm-up run, read from a nanosecond clock. */
    private static double medianMs(int repetitions, Supplier<Object> operation, LongSupplier clockNanos) {
        operation.get();
        double[] times = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = clockNanos.getAsLong();
            operation.get();
            times[i] = (clockNanos.getAsLong() - start) / 1e6;
        }
        return percentile(times, 0.5);
    }

    /** Nearest-rank percentile of {@code values}. */
    private static double percentile(double[] values, double quantile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
