/**
 * Candidate operating strategies for a client's fleet, the A/B/C presets derived from a client
 * profile, their Monte Carlo comparison, and the {@code compare} command.
 *
 * <p>Entry points: {@link com.hashinsight.strategy.StrategyPresets#forClient} builds the presets,
 * {@link com.hashinsight.strategy.StrategyComparator#compare} scores candidates, and
 * {@link com.hashinsight.strategy.WorkspaceMarket} reads the market inputs of a workspace.
 * Operational factors (uptime, realised hashrate, failure rate) come in through
 * {@link com.hashinsight.strategy.OperationalFactors}, so the HashTrans model can supply them.
 * No JavaFX.
 */
package com.hashinsight.strategy;
