/**
 * Fleet domain values shared by the store, importers, economics, simulator and tokenizer.
 *
 * <p>Units are fixed and appear in every name: hashrate in TH/s, power in W, temperature in °C,
 * energy prices in USD/MWh, times in UTC. Records validate in their constructors.
 */
package com.hashinsight.fleet;
