package com.hashinsight.importer;

import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh workspace in a temporary directory plus helpers to write input files and query rows. */
final class ImporterFixture implements AutoCloseable {

    /** The example files shipped in sample-data/examples. */
    static final Path EXAMPLES = Path.of("sample-data", "examples");

    final Path dir;
    final Workspace workspace;
    final ImportService service;

    ImporterFixture(Path dir) {
        this.dir = dir;
        this.workspace = new Workspaces(dir.resolve("data")).create("test");
        this.service = new ImportService(workspace);
    }

    /** Imports the example sites, clients and miners so that telemetry serials are known. */
    ImporterFixture withExampleFleet() {
        service.importFile(EXAMPLES.resolve("sites.json"), null);
        service.importFile(EXAMPLES.resolve("clients.json"), null);
        service.importFile(EXAMPLES.resolve("miners.csv"), null);
        return this;
    }

    Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count(String sql) {
        try (Connection connection = workspace.connection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    double number(String sql) {
        try (Connection connection = workspace.connection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            double value = rows.getDouble(1);
            return rows.wasNull() ? Double.NaN : value;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        workspace.close();
    }
}
