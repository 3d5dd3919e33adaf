package com.hashinsight.importer;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Imports the miner list ({@code miners-csv}). A miner's model must be in the catalog, and its
 * site and client, when given, must exist. A serial seen twice in one file is rejected the second
 * time; a serial stored by an earlier file is updated to this file's values.
 */
final class MinersCsvImporter implements FileImporter {

    private static final String MERGE = "MERGE INTO miner (serial, model, site_id, client_id, install_date, firmware, batch_id) "
            + "KEY (serial) VALUES (?, ?, ?, ?, ?, ?, ?)";

    @Override
    public ImportCounts run(ImportContext context) throws IOException, SQLException {
        Set<String> models = ids(context, "SELECT model FROM miner_model");
        Set<String> sites = ids(context, "SELECT id FROM site");
        Set<String> clients = ids(context, "SELECT id FROM client_profile");
        Set<String> seen = new HashSet<>();
        long accepted = 0;
        long unchanged = 0;
        try (CsvInput csv = CsvInput.open(context.file());
                PreparedStatement merge = context.connection().prepareStatement(MERGE);
                PreparedStatement select = context.connection().prepareStatement(
                        "SELECT model, site_id, client_id, install_date, firmware FROM miner WHERE serial = ?")) {
            CsvColumn serialColumn = csv.requireColumn("serial");
            CsvColumn modelColumn = csv.requireColumn("model");
            CsvColumn siteColumn = csv.requireColumn("site_id");
            CsvColumn clientColumn = csv.requireColumn("client_id");
            CsvColumn installColumn = csv.column("install_date");
            CsvColumn firmwareColumn = csv.column("firmware");
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                context.rowRead();
                if (row.isBlank()) {
                    continue;
                }
                try {
                    row.requireWidth();
                    String serial = row.requireText(serialColumn);
                    String model = requireKnown(row, modelColumn, models, "importer.rejected.unknownModel");
                    String site = optionalKnown(row, siteColumn, sites, "importer.rejected.unknownSite");
                    String client = optionalKnown(row, clientColumn, clients, "importer.rejected.unknownClient");
                    LocalDate installed = row.date(installColumn);
                    String firmware = row.text(firmwareColumn);
                    if (!seen.add(serial)) {
                        throw row.reject(serialColumn, serial, "importer.rejected.duplicateRow");
                    }
                    Object[] values = {model, site, client, installed, firmware};
                    if (sameAsStored(select, serial, values)) {
                        unchanged++;
                        continue;
                    }
                    merge.setString(1, serial);
                    for (int i = 0; i < values.length; i++) {
                        merge.setObject(i + 2, values[i]);
                    }
                    merge.setLong(7, context.batchId());
                    merge.executeUpdate();
                    accepted++;
                } catch (RowRejectedException e) {
                    context.reject(e);
                }
            }
        }
        return new ImportCounts(accepted, unchanged);
    }

    private static boolean sameAsStored(PreparedStatement select, String serial, Object[] values) throws SQLException {
        select.setString(1, serial);
        try (ResultSet stored = select.executeQuery()) {
            if (!stored.next()) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                Object storedValue = i == 3 ? stored.getObject(i + 1, LocalDate.class) : stored.getObject(i + 1);
                if (!Objects.equals(values[i], storedValue)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String requireKnown(CsvRow row, CsvColumn column, Set<String> known, String reasonKey) throws RowRejectedException {
        String value = row.requireText(column);
        if (!known.contains(value)) {
            throw row.reject(column, value, reasonKey);
        }
        return value;
    }

    private static String optionalKnown(CsvRow row, CsvColumn column, Set<String> known, String reasonKey) throws RowRejectedException {
        String value = row.text(column);
        if (value != null && !known.contains(value)) {
            throw row.reject(column, value, reasonKey);
        }
        return value;
    }

    static Set<String> ids(ImportContext context, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement statement = context.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
