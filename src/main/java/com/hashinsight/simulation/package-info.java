/**
 * Seeded fleet simulator: a digital twin of sites, miners, market and grid prices that writes a
 * workspace in the importers' product formats plus a ground-truth folder with the true failure
 * hazard and counterfactual outcomes per candidate strategy.
 *
 * <p>Every random input that changes an outcome comes from a stream keyed by identity (seed, site
 * or miner, day, component), never by draw order, so a re-run under another candidate gets the
 * same weather, prices and failure thresholds (common random numbers). See {@code docs/simulator.md}.
 */
package com.hashinsight.simulation;
