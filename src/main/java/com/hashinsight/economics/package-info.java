/**
 * Deterministic mining economics: block subsidy, hashprice, pool payout, energy and hosting cost,
 * breakeven, curtailment policy evaluation, payback and the Monte Carlo projection.
 *
 * <p>Units appear in every name: hashrate in TH/s, power in W, energy in MWh or kWh, prices in
 * USD/MWh, money in USD, BTC amounts in BTC, times as UTC {@link java.time.Instant}s. Missing
 * numeric inputs are NaN; a formula documents whether it propagates NaN or rejects it. Inputs that
 * come from a user's data and cannot be defaulted (a block height, a difficulty) raise
 * {@link com.hashinsight.economics.EconomicInputException}, which names the field.
 *
 * <p>The package has no JavaFX and no store dependency, so the simulator, the CLI, the benchmarks
 * and the screens call the same code.
 */
package com.hashinsight.economics;
