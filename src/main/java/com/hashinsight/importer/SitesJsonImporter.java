package com.hashinsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TouWindow;
import com.hashinsight.store.Sql;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports sites with their contracts ({@code sites-json}). Each site has a {@code contract} object
 * or a {@code contracts} array. An invalid contract is rejected on its own, its site is still
 * stored. Ids stored before are updated to this file's values, and a contract's time-of-use
 * windows are replaced as a whole.
 */
final class SitesJsonImporter implements FileImporter {

    private static final String MERGE_SITE = "MERGE INTO site (id, name, location, latitude, timezone, cooling, pue, capacity_kw, "
            + "settlement_point, region, batch_id) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MERGE_CONTRACT = "MERGE INTO contract (id, site_id, contract_type, fixed_usd_per_mwh, "
            + "spot_adder_usd_per_mwh, hosting_usd_per_kw_month, hosting_usd_per_kwh, curtailment_allowed, "
            + "max_curtail_hours_per_month, dr_payment_usd_per_mwh, term_start, term_months, batch_id) KEY (id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public ImportCounts run(ImportContext context) throws IOException, SQLException {
        long accepted = 0;
        Set<String> seenSites = new HashSet<>();
        Set<String> seenContracts = new HashSet<>();
        int index = 0;
        try (PreparedStatement site = context.connection().prepareStatement(MERGE_SITE);
                PreparedStatement contract = context.connection().prepareStatement(MERGE_CONTRACT);
                PreparedStatement deleteWindows = context.connection().prepareStatement(
                        "DELETE FROM contract_tou_window WHERE contract_id = ?");
                PreparedStatement insertWindow = context.connection().prepareStatement(
                        "INSERT INTO contract_tou_window (contract_id, start_hour, end_hour, usd_per_mwh) VALUES (?, ?, ?, ?)")) {
            for (JsonFiles.Located element : JsonFiles.readArray(context.file(), "sites")) {
                JsonRow row = new JsonRow(element.line(), "sites[" + index++ + "]", element.node());
                context.rowRead();
                Site parsed;
                try {
                    parsed = parseSite(row);
                    if (!seenSites.add(parsed.id())) {
                        throw row.reject("id", parsed.id(), "importer.rejected.duplicateRow");
                    }
                } catch (RowRejectedException e) {
                    context.reject(e);
                    continue;
                }
                storeSite(site, parsed, context.batchId());
                accepted++;
                for (JsonRow contractRow : contractRows(row)) {
                    try {
                        Contract parsedContract = parseContract(contractRow, parsed.id());
                        if (!seenContracts.add(parsedContract.id())) {
                            throw contractRow.reject("id", parsedContract.id(), "importer.rejected.duplicateRow");
                        }
                        storeContract(contract, deleteWindows, insertWindow, parsedContract, context.batchId());
                        accepted++;
                    } catch (RowRejectedException e) {
                        context.reject(e);
                    }
                }
            }
        }
        return new ImportCounts(accepted, 0);
    }

    private static List<JsonRow> contractRows(JsonRow site) {
        List<JsonRow> rows = new ArrayList<>();
        JsonRow single = site.child("contract");
        if (single != null) {
            rows.add(single);
        }
        JsonRow many = site.child("contracts");
        if (many != null && many.node().isArray()) {
            int i = 0;
            for (JsonNode node : many.node()) {
                rows.add(new JsonRow(site.line(), site.path("contracts[" + i++ + "]"), node));
            }
        }
        return rows;
    }

    private static Site parseSite(JsonRow row) throws RowRejectedException {
        String id = row.requireText("id");
        String zoneText = row.requireText("timezone");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw row.reject("timezone", zoneText, "importer.rejected.unknownTimezone");
        }
        Cooling cooling = row.requireEnum("cooling", Cooling.class);
        double pue = row.requireNumber("pue");
        if (pue < 1.0 || pue > 3.0) {
            throw row.reject("pue", row.text("pue"), "importer.rejected.outOfRange", 1.0, 3.0);
        }
        double capacity = row.requireNumber("capacity_kw");
        if (capacity <= 0) {
            throw row.reject("capacity_kw", row.text("capacity_kw"), "importer.rejected.notPositive");
        }
        try {
            return new Site(id, row.text("name"), row.text("location"), row.number("latitude"), zone, cooling, pue, capacity,
                    row.text("settlement_point"), row.text("region"));
        } catch (IllegalArgumentException e) {
            throw row.rejectObject(e);
        }
    }

    private static Contract parseContract(JsonRow row, String siteId) throws RowRejectedException {
        String id = row.requireText("id");
        ContractType type = row.requireEnum("type", ContractType.class);
        List<TouWindow> windows = new ArrayList<>();
        JsonRow windowRows = row.child("tou_windows");
        if (windowRows != null) {
            int i = 0;
            for (JsonNode node : windowRows.node()) {
                JsonRow window = new JsonRow(row.line(), row.path("tou_windows[" + i++ + "]"), node);
                try {
                    windows.add(new TouWindow(window.requireInteger("start_hour"), window.requireInteger("end_hour"),
                            window.requireNumber("usd_per_mwh")));
                } catch (IllegalArgumentException e) {
                    throw window.rejectObject(e);
                }
            }
        }
        if (type == ContractType.FIXED && Double.isNaN(row.number("fixed_usd_per_mwh"))) {
            throw row.missing("fixed_usd_per_mwh");
        }
        if (type == ContractType.TIME_OF_USE && windows.isEmpty()) {
            throw row.missing("tou_windows");
        }
        int termMonths = row.requireInteger("term_months");
        if (termMonths <= 0) {
            throw row.reject("term_months", String.valueOf(termMonths), "importer.rejected.notPositive");
        }
        double hostingKwMonth = row.number("hosting_usd_per_kw_month", 0);
        double hostingKwh = row.number("hosting_usd_per_kwh", 0);
        if (hostingKwMonth < 0 || hostingKwh < 0) {
            String field = hostingKwMonth < 0 ? "hosting_usd_per_kw_month" : "hosting_usd_per_kwh";
            throw row.reject(field, row.text(field), "importer.rejected.negative");
        }
        try {
            return new Contract(id, siteId, type, row.number("fixed_usd_per_mwh"), row.number("spot_adder_usd_per_mwh", 0), windows,
                    hostingKwMonth, hostingKwh, row.bool("curtailment_allowed", false), row.number("max_curtail_hours_per_month"),
                    row.number("dr_payment_usd_per_mwh", 0), row.requireDate("term_start"), termMonths);
        } catch (IllegalArgumentException e) {
            throw row.rejectObject(e);
        }
    }

    private static void storeSite(PreparedStatement merge, Site site, long batchId) throws SQLException {
        merge.setString(1, site.id());
        merge.setString(2, site.name());
        merge.setString(3, site.location());
        Sql.setDouble(merge, 4, site.latitude());
        merge.setString(5, site.timezone().getId());
        merge.setString(6, site.cooling().name());
        merge.setDouble(7, site.pue());
        merge.setDouble(8, site.capacityKw());
        merge.setString(9, site.settlementPoint());
        merge.setString(10, site.region());
        merge.setLong(11, batchId);
        merge.executeUpdate();
    }

    private static void storeContract(PreparedStatement merge, PreparedStatement deleteWindows, PreparedStatement insertWindow,
            Contract contract, long batchId) throws SQLException {
        merge.setString(1, contract.id());
        merge.setString(2, contract.siteId());
        merge.setString(3, contract.type().name());
        Sql.setDouble(merge, 4, contract.fixedUsdPerMwh());
        merge.setDouble(5, contract.spotAdderUsdPerMwh());
        merge.setDouble(6, contract.hostingUsdPerKwMonth());
        merge.setDouble(7, contract.hostingUsdPerKwh());
        merge.setBoolean(8, contract.curtailmentAllowed());
        Sql.setDouble(merge, 9, contract.maxCurtailHoursPerMonth());
        merge.setDouble(10, contract.drPaymentUsdPerMwh());
        Sql.setDate(merge, 11, contract.termStart());
        merge.setInt(12, contract.termMonths());
        merge.setLong(13, batchId);
        merge.executeUpdate();
        deleteWindows.setString(1, contract.id());
        deleteWindows.executeUpdate();
        for (TouWindow window : contract.touWindows()) {
            insertWindow.setString(1, contract.id());
            insertWindow.setInt(2, window.startHour());
            insertWindow.setInt(3, window.endHour());
            insertWindow.setDouble(4, window.usdPerMwh());
            insertWindow.executeUpdate();
        }
    }
}
