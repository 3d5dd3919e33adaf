package com.hashinsight.tokenizer;

import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.Miner;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TelemetrySample;
import com.hashinsight.store.ActionLogEntry;
import com.hashinsight.store.Alert;
import com.hashinsight.store.Workspace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads {@link EntityHistory} values from a workspace: the miners with their model, site, contract
 * and client, plus telemetry, alerts, actions and prices in a time range. The fleet tables are
 * read once per instance; {@link #loadAll} reads a whole fleet's rows.
 *
 * <pre>{@code
 * WorkspaceHistories histories = new WorkspaceHistories(workspace);
 * Instant from = rule.dailyStart(rule.blockStart(t));
 * Map<String, EntityHistory> bySerial = histories.loadAll(from, t);
 * }</pre>
 */
public final class WorkspaceHistories {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceHistories.class);

    private final Workspace workspace;
    private final Map<String, Miner> miners = new LinkedHashMap<>();
    private final Map<String, MinerModel> models = new HashMap<>();
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, List<Contract>> contractsBySite = new HashMap<>();
    private final Map<String, ClientProfile> clients = new HashMap<>();

    /** Reads the fleet tables of {@code workspace}. */
    public WorkspaceHistories(Workspace workspace) {
        this.workspace = workspace;
        workspace.catalog().models().forEach(model -> models.put(model.model(), model));
        workspace.fleet().sites().forEach(site -> sites.put(site.id(), site));
        workspace.fleet().contracts().forEach(c -> contractsBySite.computeIfAbsent(c.siteId(), k -> new ArrayList<>()).add(c));
        workspace.fleet().clients().forEach(client -> clients.put(client.id(), client));
        for (Miner miner : workspace.fleet().miners()) {
            if (models.containsKey(miner.model())) {
                miners.put(miner.serial(), miner);
            } else {
                LOG.warn("Miner {} of workspace {} has model {}, which is not in the catalog; it gets no tokens",
                        miner.serial(), workspace.name(), miner.model());
            }
        }
    }

    /** Serials of the miners that can be tokenized, in workspace order. */
    public List<String> serials() {
        return List.copyOf(miners.keySet());
    }

    public Miner miner(String serial) {
        return miners.get(serial);
    }

    public Site site(String id) {
        return id == null ? null : sites.get(id);
    }

    /**
     * Returns the contract of site {@code siteId} in force at {@code time}: the one whose term
     * covers it, else the latest that started before it, else the first stored; null when the site has none.
     */
    public Contract contractAt(String siteId, Instant time) {
        List<Contract> contracts = contractsBySite.getOrDefault(siteId, List.of());
        LocalDate day = time.atOffset(ZoneOffset.UTC).toLocalDate();
        Contract latestStarted = null;
        for (Contract contract : contracts) {
            LocalDate start = contract.termStart();
            if (start == null || start.isAfter(day)) {
                continue;
            }
            if (day.isBefore(start.plusMonths(contract.termMonths()))) {
                return contract;
            }
            if (latestStarted == null || start.isAfter(latestStarted.termStart())) {
                latestStarted = contract;
            }
        }
        if (latestStarted != null) {
            return latestStarted;
        }
        return contracts.isEmpty() ? null : contracts.get(0);
    }

    /** Loads one miner's rows in {@code [from, to)}; the contract is the one in force at {@code to}. */
    public EntityHistory load(String serial, Instant from, Instant to) {
        Miner miner = requireMiner(serial);
        List<TelemetrySample> telemetry;
        try (Stream<TelemetrySample> rows = workspace.telemetry().stream(serial, from, to)) {
            telemetry = rows.toList();
        }
        Site site = site(miner.siteId());
        List<HistoryEvent> events = new ArrayList<>();
        for (HistoryEvent event : events(from, to)) {
            if (event.appliesTo(miner.serial(), site == null ? null : site.id())) {
                events.add(event);
            }
        }
        return history(miner, site, to, telemetry, events, prices(site, from, to));
    }

    /**
     * Loads every miner's rows in {@code [from, to)}. Events and prices take one query per table and
     * site; telemetry takes one query per miner, because the telemetry key starts with the serial: a
     * fleet-wide time-range query would scan and sort the whole table.
     */
    public Map<String, EntityHistory> loadAll(Instant from, Instant to) {
        Map<String, List<TelemetrySample>> telemetry = new HashMap<>();
        for (String serial : miners.keySet()) {
            try (Stream<TelemetrySample> rows = workspace.telemetry().stream(serial, from, to)) {
                telemetry.put(serial, rows.toList());
            }
        }
        List<HistoryEvent> allEvents = events(from, to);
        Map<String, List<EnergyPrice>> pricesBySite = new HashMap<>();
        Map<String, EntityHistory> histories = new LinkedHashMap<>();
        for (Miner miner : miners.values()) {
            Site site = site(miner.siteId());
            List<HistoryEvent> events = new ArrayList<>();
            for (HistoryEvent event : allEvents) {
                if (event.appliesTo(miner.serial(), site == null ? null : site.id())) {
                    events.add(event);
                }
            }
            List<EnergyPrice> prices = site == null ? List.of()
                    : pricesBySite.computeIfAbsent(site.id(), id -> prices(site, from, to));
            histories.put(miner.serial(), history(miner, site, to, telemetry.getOrDefault(miner.serial(), List.of()), events, prices));
        }
        return histories;
    }

    private EntityHistory history(Miner miner, Site site, Instant contractTime, List<TelemetrySample> telemetry,
            List<HistoryEvent> events, List<EnergyPrice> prices) {
        Contract contract = site == null ? null : contractAt(site.id(), contractTime);
        ClientProfile client = miner.clientId() == null ? null : clients.get(miner.clientId());
        return new EntityHistory(miner, models.get(miner.model()), site, contract, client, telemetry, events, prices);
    }

    private List<HistoryEvent> events(Instant from, Instant to) {
        List<HistoryEvent> events = new ArrayList<>();
        for (Alert alert : workspace.actions().alerts(from, to)) {
            events.add(HistoryEvent.of(alert));
        }
        for (ActionLogEntry entry : workspace.actions().entries(from, to)) {
            events.add(HistoryEvent.of(entry));
        }
        return events;
    }

    private List<EnergyPrice> prices(Site site, Instant from, Instant to) {
        if (site == null || site.settlementPoint() == null) {
            return List.of();
        }
        List<EnergyPrice> prices = new ArrayList<>(workspace.energyPrices().prices(site.settlementPoint(), "RTM", from, to));
        prices.addAll(workspace.energyPrices().prices(site.settlementPoint(), "DAM", from, to));
        return prices;
    }

    private Miner requireMiner(String serial) {
        Miner miner = miners.get(serial);
        if (miner == null) {
            throw new IllegalArgumentException("no miner " + serial + " with a catalog model in workspace " + workspace.name());
        }
        return miner;
    }
}
