package com.hashinsight.simulation;

/**
 * The true probability that a component fails within a window, from the as-if-running onset hazard
 * of each day and the precursor latency, which is uniform on [min, max] hours.
 *
 * <ul>
 *   <li>A healthy component fails in a window of k days when its onset falls on day j of the window and
 *       the latency ends before the window does: p = Σ_j S_j (1 − e^{−h_j}) F(24 (k − j − ½)), with
 *       S_j = exp(−Σ_{i&lt;j} h_i), onsets placed at mid-day, and F the latency CDF.</li>
 *   <li>A component already in its precursor phase for e hours: p = (F(e + 24k) − F(e)) / (1 − F(e)).</li>
 *   <li>A component that has failed and waits for repair: p = 0.</li>
 * </ul>
 * Components fail independently given the hazard path, so the miner's p = 1 − Π (1 − p_c).
 *
 * <p>NOTE: the hazard path is the realised one, with a miner in repair rated as if it ran, so the
 * labels know the future weather and prices (an oracle, the upper bound for any model). A second
 * failure of the same component inside one window, after a repair, is not counted in p.
 */
final class OracleLabels {

    /** Precursor state value of a healthy component. */
    static final double HEALTHY = -1;
    /** Precursor state value of a component that has failed and is not yet replaced. */
    static final double FAILED = -2;

    private OracleLabels() {
    }

    /**
     * Returns the probability that any component fails in [day, day + windowDays).
     *
     * @param dailyHazard       [component][day] onset hazard integrated over each day
     * @param precursorAtStart  [component][day] hours in the precursor phase at the day's start,
     *                          {@link #HEALTHY} or {@link #FAILED}
     */
    static double failureProbability(double[][] dailyHazard, double[][] precursorAtStart, int day, int windowDays) {
        double survive = 1.0;
        for (int c = 0; c < dailyHazard.length; c++) {
            survive *= 1.0 - componentProbability(dailyHazard[c], precursorAtStart[c][day], c, day, windowDays);
        }
        return 1.0 - survive;
    }

    static double componentProbability(double[] dailyHazard, double precursorHours, int component, int day, int windowDays) {
        double[] range = ComponentLife.latencyRangeHours(component);
        if (precursorHours == FAILED) {
            return 0.0;
        }
        if (precursorHours >= 0) {
            double before = latencyCdf(precursorHours, range);
            if (before >= 1.0) {
                return 1.0;
            }
            return (latencyCdf(precursorHours + 24.0 * windowDays, range) - before) / (1.0 - before);
        }
        double probability = 0.0;
        double cumulative = 0.0;
        for (int j = 0; j < windowDays; j++) {
            double h = dailyHazard[day + j];
            probability += Math.exp(-cumulative) * -Math.expm1(-h) * latencyCdf(24.0 * (windowDays - j - 0.5), range);
            cumulative += h;
        }
        return probability;
    }

    static double latencyCdf(double hours, double[] range) {
        if (hours <= range[0]) {
            return 0.0;
        }
        if (hours >= range[1]) {
            return 1.0;
        }
        return (hours - range[0]) / (range[1] - range[0]);
    }
}
