package com.hashinsight.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open client workspace: an embedded H2 file database with the current schema, and the
 * repositories that read and write it. Safe to share between threads; close it once when done.
 * Obtain one from {@link Workspaces}.
 */
public final class Workspace implements AutoCloseable {

    /** Work that runs on one connection inside one transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(Workspace.class);
    private static final int MAX_CONNECTIONS = 8;

    private final String name;
    private final Path databaseBase;
    private final JdbcConnectionPool pool;

    private Workspace(String name, Path databaseBase, JdbcConnectionPool pool) {
        this.name = name;
        this.databaseBase = databaseBase;
        this.pool = pool;
    }

    static Workspace open(String name, Path databaseBase) {
        String url = "jdbc:h2:file:" + databaseBase + ";LOCK_TIMEOUT=10000";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException(e, "store.workspace.openFailed", name, e.getMessage());
        }
        try {
            var result = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Workspace {} migrated to schema version {} ({} migrations)", name, result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (FlywayException e) {
            pool.dispose();
            throw new StoreException(e, "store.workspace.migrationFailed", name, e.getMessage());
        }
        log.info("Opened workspace {} at {}", name, databaseBase);
        return new Workspace(name, databaseBase, pool);
    }

    public String name() {
        return name;
    }

    /** Path of the database file without H2's {@code .mv.db} suffix. */
    public Path databaseBase() {
        return databaseBase;
    }

    /** Pooled data source of this workspace, for code that runs its own SQL. */
    public DataSource dataSource() {
        return pool;
    }

    /** Borrows a pooled connection in auto-commit mode; the caller closes it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws, so
     * a failure leaves the workspace as it was.
     */
    public <T> T inTransaction(TransactionWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.sql.failed", name, e.getMessage());
        }
    }

    public CatalogRepository catalog() {
        return new CatalogRepository(this);
    }

    public FleetRepository fleet() {
        return new FleetRepository(this);
    }

    public TelemetryRepository telemetry() {
        return new TelemetryRepository(this);
    }

    public MarketRepository market() {
        return new MarketRepository(this);
    }

    public EnergyPriceRepository energyPrices() {
        return new EnergyPriceRepository(this);
    }

    public ActionLogRepository actions() {
        return new ActionLogRepository(this);
    }

    public ProfitRepository profits() {
        return new ProfitRepository(this);
    }

    public ImportBatchRepository batches() {
        return new ImportBatchRepository(this);
    }

    /** Returns row counts and time ranges of every table. */
    public WorkspaceStats stats() {
        return new StatsRepository(this).stats();
    }

    /** Closes every pooled connection, which closes the database file. */
    @Override
    public void close() {
        pool.dispose();
        log.info("Closed workspace {}", name);
    }
}
