package com.hashinsight.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TouWindow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Writes the world's importable files in the product formats of {@code docs/import-formats.md}:
 * {@code sites.json}, {@code clients.json}, {@code miners.csv}, {@code prices.csv} and the market files.
 * Telemetry and events are streamed by {@link FleetSimulator}.
 */
final class WorkspaceWriter {

    static final String SITES_FILE = "sites.json";
    static final String CLIENTS_FILE = "clients.json";
    static final String MINERS_FILE = "miners.csv";
    static final String PRICES_FILE = "prices.csv";
    static final String BTC_PRICES_FILE = "btc-daily-prices.csv";
    static final String NETWORK_FILE = "network-daily.csv";
    static final String EPOCHS_FILE = "difficulty-epochs.csv";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private WorkspaceWriter() {
    }

    static void writeAll(World world, Path out) throws IOException {
        writeSites(world, out.resolve(SITES_FILE));
        writeClients(world, out.resolve(CLIENTS_FILE));
        writeMiners(world, out.resolve(MINERS_FILE));
        writePrices(world, out.resolve(PRICES_FILE));
        MarketFiles.write(world.market(), world.days(), out.resolve(BTC_PRICES_FILE), out.resolve(NETWORK_FILE),
                out.resolve(EPOCHS_FILE));
    }

    private static void writeSites(World world, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode sites = root.putArray("sites");
        for (SitePlan plan : world.sites()) {
            Site site = plan.site();
            ObjectNode node = sites.addObject();
            node.put("id", site.id());
            node.put("name", site.name());
            node.put("location", site.location());
            putNumber(node, "latitude", site.latitude());
            node.put("timezone", site.timezone().getId());
            node.put("cooling", site.cooling().name());
            node.put("pue", site.pue());
            node.put("capacity_kw", site.capacityKw());
            node.put("settlement_point", site.settlementPoint());
            node.put("region", site.region());
            Contract contract = plan.contract();
            ObjectNode c = node.putObject("contract");
            c.put("id", contract.id());
            c.put("type", contract.type().name());
            putNumber(c, "fixed_usd_per_mwh", contract.fixedUsdPerMwh());
            c.put("spot_adder_usd_per_mwh", contract.spotAdderUsdPerMwh());
            ArrayNode windows = c.putArray("tou_windows");
            for (TouWindow window : contract.touWindows()) {
                ObjectNode w = windows.addObject();
                w.put("start_hour", window.startHour());
                w.put("end_hour", window.endHour());
                w.put("usd_per_mwh", window.usdPerMwh());
            }
            c.put("hosting_usd_per_kw_month", contract.hostingUsdPerKwMonth());
            c.put("hosting_usd_per_kwh", contract.hostingUsdPerKwh());
            c.put("curtailment_allowed", contract.curtailmentAllowed());
            putNumber(c, "max_curtail_hours_per_month", contract.maxCurtailHoursPerMonth());
            c.put("dr_payment_usd_per_mwh", contract.drPaymentUsdPerMwh());
            c.put("term_start", contract.termStart().toString());
            c.put("term_months", contract.termMonths());
        }
        JSON.writeValue(file.toFile(), root);
    }

    private static void writeClients(World world, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode clients = root.putArray("clients");
        for (ClientProfile client : world.clients()) {
            ObjectNode node = clients.addObject();
            node.put("id", client.id());
            node.put("name", client.name());
            node.put("risk_level", client.riskLevel().name());
            node.put("budget_usd", client.budgetUsd());
            node.put("payback_target_months", client.paybackTargetMonths());
            node.put("hold_style", client.holdStyle().name());
            node.put("preferred_region", client.preferredRegion());
        }
        JSON.writeValue(file.toFile(), root);
    }

    private static void writeMiners(World world, Path file) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            writer.write("serial,model,site_id,client_id,install_date,firmware\n");
            for (MinerUnit unit : world.units()) {
                OperatingPlan plan = unit.initialPlan();
                writer.write(unit.serial() + "," + unit.model().model() + "," + world.sites().get(plan.siteIndex()).id() + ","
                        + unit.clientId() + "," + unit.installDate() + "," + plan.firmware().version() + "\n");
            }
        }
    }

    /** Hourly real-time prices of every site's settlement point over the written days. */
    private static void writePrices(World world, Path file) throws IOException {
        long startSecond = world.start().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            writer.write("settlement_point,interval_start_utc,interval_minutes,market,usd_per_mwh\n");
            StringBuilder line = new StringBuilder();
            for (SiteSeries series : world.series()) {
                String point = series.plan.site().settlementPoint();
                for (int hour = 0; hour < world.days() * 24; hour++) {
                    line.setLength(0);
                    line.append(point).append(',').append(Instant.ofEpochSecond(startSecond + hour * 3600L)).append(",60,RTM,");
                    CsvText.append(line, series.spotUsdPerMwh[hour], 2).append('\n');
                    writer.append(line);
                }
            }
        }
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
