package com.hashinsight.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Measures wall time and process CPU time per operation of the projection and curtailment
 * benchmarks, for a machine shared with other work. On a busy machine the wall time mostly shows
 * waiting for a core, while the CPU time shows the work done. CPU time counts all threads, so on 2
 * free cores a fully parallel operation takes about half its CPU time in wall time.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * com.hashinsight.bench.EconomicsCpuTimeHarness [iterations]}. The CPU clock's resolution is that of
 * the OS (10 ms on the Linux machine used for docs/benchmarks.md), so medians over many
 * iterations matter.
 */
public final class EconomicsCpuTimeHarness {

    private static final int WARMUP = 10;

    private EconomicsCpuTimeHarness() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ProjectionBenchmark projection = new ProjectionBenchmark();
        projection.prepare();
        CurtailmentBenchmark curtailment = new CurtailmentBenchmark();
        curtailment.prepare();
        report("projection 10,000 paths x 36 months", projection::project10kPaths36Months, iterations);
        report("curtailment 1,000 miners x 35,040 intervals, by group", curtailment::byGroup, iterations);
    }

    private static void report(String label, Supplier<?> operation, int iterations) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < WARMUP; i++) {
            operation.get();
        }
        double[] wallMs = new double[iterations];
        double[] cpuMs = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long wallStart = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            operation.get();
            cpuMs[i] = (os.getProcessCpuTime() - cpuStart) / 1e6;
            wallMs[i] = (System.nanoTime() - wallStart) / 1e6;
        }
        System.out.printf("%s: median wall %.1f ms, median CPU %.1f ms, mean CPU %.1f ms over %d iterations; load average %.1f%n",
                label, median(wallMs), median(cpuMs), Arrays.stream(cpuMs).average().orElse(Double.NaN), iterations,
                os.getSystemLoadAverage());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
