package com.hashinsight.importer;

import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.HoldStyle;
import com.hashinsight.fleet.RiskLevel;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** Imports client profiles ({@code clients-json}). A client id stored before is updated to this file's values. */
final class ClientsJsonImporter implements FileImporter {

    private static final String MERGE = "MERGE INTO client_profile (id, name, risk_level, budget_usd, payback_target_months, "
            + "hold_style, preferred_region, batch_id) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public ImportCounts run(ImportContext context) throws IOException, SQLException {
        long accepted = 0;
        Set<String> seen = new HashSet<>();
        int index = 0;
        try (PreparedStatement merge = context.connection().prepareStatement(MERGE)) {
            for (JsonFiles.Located element : JsonFiles.readArray(context.file(), "clients")) {
                JsonRow row = new JsonRow(element.line(), "clients[" + index++ + "]", element.node());
                context.rowRead();
                try {
                    ClientProfile client = parse(row);
                    if (!seen.add(client.id())) {
                        throw row.reject("id", client.id(), "importer.rejected.duplicateRow");
                    }
                    merge.setString(1, client.id());
                    merge.setString(2, client.name());
                    merge.setString(3, client.riskLevel().name());
                    merge.setDouble(4, client.budgetUsd());
                    merge.setInt(5, client.paybackTargetMonths());
                    merge.setString(6, client.holdStyle().name());
                    merge.setString(7, client.preferredRegion());
                    merge.setLong(8, context.batchId());
                    merge.executeUpdate();
                    accepted++;
                } catch (RowRejectedException e) {
                    context.reject(e);
                }
            }
        }
        return new ImportCounts(accepted, 0);
    }

    private static ClientProfile parse(JsonRow row) throws RowRejectedException {
        String id = row.requireText("id");
        RiskLevel risk = row.requireEnum("risk_level", RiskLevel.class);
        double budget = row.requireNumber("budget_usd");
        if (budget < 0) {
            throw row.reject("budget_usd", row.text("budget_usd"), "importer.rejected.negative");
        }
        int payback = row.requireInteger("payback_target_months");
        if (payback <= 0) {
            throw row.reject("payback_target_months", String.valueOf(payback), "importer.rejected.notPositive");
        }
        HoldStyle hold = row.requireEnum("hold_style", HoldStyle.class);
        try {
            return new ClientProfile(id, row.text("name"), risk, budget, payback, hold, row.text("preferred_region"));
        } catch (IllegalArgumentException e) {
            throw row.rejectObject(e);
        }
    }
}
