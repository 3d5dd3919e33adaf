package com.hashinsight.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Measures wall time and this thread's CPU time per operation of {@link TokenizerBenchmark}, for a
 * machine shared with other work, where wall time mostly shows waiting for a core. The tokenizer is
 * single-threaded, so the thread CPU time is the work itself.
 *
 * <p>Run: {@code java -Xmx3g -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * com.hashinsight.bench.TokenizerCpuTimeHarness [iterations]}.
 */
public final class TokenizerCpuTimeHarness {

    private static final int WARMUP = 5;

    private TokenizerCpuTimeHarness() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        TokenizerBenchmark benchmark = new TokenizerBenchmark();
        benchmark.prepare();
        System.out.printf("%d miners, %d S-tokens in total%n", TokenizerBenchmark.MINERS, benchmark.totalTokens());
        report("build S-tokens, 500 miners", benchmark::buildAll, iterations);
        report("extend by one sample, 500 miners", benchmark::extendAll, iterations);
        report("NS rows, 500 miners", benchmark::contextAll, iterations);
    }

    private static void report(String label, Supplier<?> operation, int iterations) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARMUP; i++) {
            operation.get();
        }
        double[] wallMs = new double[iterations];
        double[] cpuMs = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long wallStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            operation.get();
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            wallMs[i] = (System.nanoTime() - wallStart) / 1e6;
        }
        System.out.printf("%s: median wall %.1f ms, median thread CPU %.1f ms over %d iterations; load average %.1f%n",
                label, median(wallMs), median(cpuMs), iterations, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
