package com.hashinsight.simulation;

import java.util.SplittableRandom;

/**
 * Random streams keyed by identity. Each stream is a {@link SplittableRandom} seeded by mixing the
 * world seed with a purpose and the ids of what it drives (site, miner, day, component), so a draw
 * never depends on how many draws came before it in another stream. That makes counterfactual
 * re-runs see the same weather, prices and component lives (common random numbers).
 */
final class RandomStreams {

    /** Daily weather anomaly of one site. */
    static final long SITE_WEATHER = 1;
    /** Hourly spot price path of one settlement point. */
    static final long SPOT_PRICE = 2;
    /** Outcome draws of one miner on one day: reboot schedule, hashrate dips, board dropouts. */
    static final long MINER_DAY = 3;
    /** Telemetry noise of one miner on one day; never changes an outcome. */
    static final long TELEMETRY = 4;
    /** Life of one component installation: onset threshold, precursor latency, repair. */
    static final long COMPONENT_LIFE = 5;
    /** World layout: site parameters, miner placement, unit-to-unit variation. */
    static final long LAYOUT = 6;
    /** Monte Carlo market path. */
    static final long MARKET = 7;

    private RandomStreams() {
    }

    /** Returns a fresh stream for {@code seed}, {@code purpose} and {@code keys}. */
    static SplittableRandom stream(long seed, long purpose, long... keys) {
        long state = mix(seed ^ 0x9E3779B97F4A7C15L * (purpose + 1));
        for (long key : keys) {
            state = mix(state + 0x9E3779B97F4A7C15L + key);
        }
        return new SplittableRandom(state);
    }

    /** SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Returns a standard normal draw by the Box–Muller transform; uses two uniforms. */
    static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
