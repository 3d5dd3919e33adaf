/**
 * Per-client workspaces: one embedded H2 file database each, with the schema applied by Flyway
 * ({@code src/main/resources/db/migration}). Plain Java, no JavaFX.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link com.hashinsight.store.Workspaces}: {@code create}, {@code open}, {@code openOrCreate}, {@code list},
 *       {@code delete} under a data directory ({@code Workspaces.defaultDataDir()}: system property
 *       {@code hashinsight.data.dir}, environment variable {@code HASHINSIGHT_DATA_DIR}, else the user's data directory).</li>
 *   <li>{@link com.hashinsight.store.Workspace}: an open workspace (close it), with {@code inTransaction} and one
 *       repository per table group:
 *     <ul>
 *       <li>{@code catalog()}: {@code models()}, {@code model(name)} as {@link com.hashinsight.fleet.MinerModel};</li>
 *       <li>{@code fleet()}: {@code sites()}, {@code contracts()}, {@code contractsOfSite(id)}, {@code clients()},
 *           {@code miners()}, {@code minersAtSite(id)}, {@code minersOfClient(id)} and single-row look-ups;</li>
 *       <li>{@code telemetry()}: {@code stream(serial, from, to)} and {@code streamFleet(from, to)} return a
 *           {@code Stream<TelemetrySample>} that keeps a connection open until closed; {@code boards(serial, from, to)};</li>
 *       <li>{@code market()}: {@code snapshots(from, to)} with block height, difficulty and fees per block derived
 *           from the difficulty epochs where a row lacks them, {@code epochs()}, {@code blockHeights()},
 *           {@code difficultyAtHeight(h)};</li>
 *       <li>{@code energyPrices()}: {@code prices(settlementPoint, market, from, to)}, {@code settlementPoints()};</li>
 *       <li>{@code actions()}: {@code append(entry)} (the log is append-only), {@code entries(from, to)},
 *           {@code entriesFor(target)}, {@code alerts(from, to)};</li>
 *       <li>{@code profits()}: {@code save(snapshots)}, {@code snapshots(scope, id, fromDay, toDay)};</li>
 *       <li>{@code batches()}: import batches and their rejected-row reports.</li>
 *     </ul></li>
 * </ul>
 *
 * <p>Conventions: time ranges are half-open {@code [from, to)} in UTC; TIMESTAMP columns hold UTC wall
 * time; missing numbers are SQL NULL in the database and NaN (or -1 for counts) in records.
 * Failures throw {@link com.hashinsight.store.StoreException} with a localized message.
 */
package com.hashinsight.store;
