package com.hashinsight.inference;

import static com.hashinsight.inference.TestModels.candidates;
import static com.hashinsight.inference.TestModels.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Native and heap memory stay flat over thousands of scoring calls with cache churn (a 1 MiB budget, so new histories
 * evict old ones). The bound is generous on purpose:
 * a leak of one scorer output per call (about 1 KiB) or one cache entry per call (hundreds of KiB) exceeds it,
 * allocator noise does not.
 */
class MemoryStabilityTest {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryStabilityTest.class);
    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    /** Calls per run; CI runs 1,000, and docs/benchmarks.md records a run with -Dhashinsight.memoryCalls=10000. */
    private static final int CALLS = Integer.getInteger("hashinsight.memoryCalls", 1_000);
    private static final int WARM_UP_CALLS = CALLS / 10;
    private static final int HOT_ENTITIES = 6;
    private static final int COLD_EVERY = 25;
    private static final long MAX_RSS_GROWTH_BYTES = 48L << 20;
    private static final long MAX_HEAP_GROWTH_BYTES = 32L << 20;

    @Test
    void repeatedCallsDoNotGrowMemory() throws Exception {
        assumeTrue(Files.isReadable(PROC_STATUS), "RSS is read from /proc/self/status, which this OS lacks");
        try (HashTransModel model = TestModels.load(1L << 20)) {
            ModelConfig config = model.bundle().config();
            List<SequenceTokens> histories = new ArrayList<>();
            for (int i = 0; i < HOT_ENTITIES; i++) {
                histories.add(history(config, 64, i));
            }
            List<CandidateTokens> requests = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                requests.add(candidates(config, 1 + i % 5, 100 + i));
            }

            runCalls(model, histories, requests, 0, WARM_UP_CALLS);
            long rssBefore = rssBytes();
            long heapBefore = usedHeapAfterGc();

            runCalls(model, histories, requests, WARM_UP_CALLS, CALLS);
            long rssAfter = rssBytes();
            long heapAfter = usedHeapAfterGc();
            HashTransModel.Counters counters = model.counters();
            LOG.info("{} calls: RSS {} -> {} MiB, heap {} -> {} MiB, {} evictions, {} cached entries",
                    CALLS - WARM_UP_CALLS, rssBefore >> 20, rssAfter >> 20, heapBefore >> 20, heapAfter >> 20,
                    counters.cache().evictions(), counters.cache().entries());

            assertTrue(counters.cache().evictions() > CALLS / COLD_EVERY / 2, "the small budget must force evictions");
            assertEquals(0, counters.liveCallArrays(), "per-call arrays must be closed");
            assertTrue(counters.liveCacheArrays() <= 3 * config.layers() * counters.cache().entries()
                    + 2 * config.layers() * counters.contextCache().entries(),
                    "only cached entries may hold native arrays");
            assertTrue(rssAfter - rssBefore < MAX_RSS_GROWTH_BYTES,
                    "RSS grew by " + ((rssAfter - rssBefore) >> 20) + " MiB");
            assertTrue(heapAfter - heapBefore < MAX_HEAP_GROWTH_BYTES,
                    "heap grew by " + ((heapAfter - heapBefore) >> 20) + " MiB");
        }
    }

    private static void runCalls(HashTransModel model, List<SequenceTokens> histories, List<CandidateTokens> requests,
            int from, int to) {
        ModelConfig config = model.bundle().config();
        for (int call = from; call < to; call++) {
            // Most calls hit a hot entity's cache entry; every COLD_EVERY-th brings a new history that evicts one.
            String entity = "hot-" + call % HOT_ENTITIES;
            SequenceTokens tokens = histories.get(call % HOT_ENTITIES);
            if (call % COLD_EVERY == 0) {
                entity = "cold-" + call;
                tokens = history(config, 32, call);
            }
            try (KvCache.Lease history = model.encode(entity, tokens)) {
                model.score(history, requests.get(call % requests.size()));
            }
        }
    }

    /** Returns VmRSS, the resident set size of this process, in bytes. */
    static long rssBytes() throws IOException {
        for (String line : Files.readAllLines(PROC_STATUS)) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.trim().split("\\s+");
                return Long.parseLong(parts[1]) * 1024;
            }
        }
        throw new IOException("no VmRSS line in " + PROC_STATUS);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
