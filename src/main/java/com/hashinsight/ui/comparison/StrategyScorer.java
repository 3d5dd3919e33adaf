package com.hashinsight.ui.comparison;

import com.hashinsight.ui.task.Progress;

/**
 * Scores the open workspace's strategies under a scenario. The comparison screen calls it on a background
 * thread for every slider move, so it should reuse whatever does not depend on the scenario.
 */
public interface StrategyScorer {

    /** Returns the scenario of the workspace's current market data, where the sliders start. */
    Scenario baseline();

    /** Scores the strategies under {@code scenario}; may throw {@link java.util.concurrent.CancellationException}. */
    ComparisonResult score(Scenario scenario, Progress progress) throws Exception;
}
