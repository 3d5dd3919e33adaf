package com.hashinsight.store;

import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.HoldStyle;
import com.hashinsight.fleet.Miner;
import com.hashinsight.fleet.RiskLevel;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TouWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads sites, contracts, client profiles and miners. */
public final class FleetRepository {

    private static final String SITES = "SELECT * FROM site ";
    private static final String CONTRACTS = "SELECT * FROM contract ";
    private static final String CLIENTS = "SELECT * FROM client_profile ";
    private static final String MINERS = "SELECT * FROM miner ";

    private final Workspace workspace;

    FleetRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Returns every site, ordered by id. */
    public List<Site> sites() {
        return Queries.list(workspace, SITES + "ORDER BY id", Queries.NO_PARAMETERS, FleetRepository::mapSite);
    }

    public Optional<Site> site(String id) {
        return Queries.first(workspace, SITES + "WHERE id = ?", s -> s.setString(1, id), FleetRepository::mapSite);
    }

    /** Returns every contract with its time-of-use windows, ordered by id. */
    public List<Contract> contracts() {
        return withWindows(Queries.list(workspace, CONTRACTS + "ORDER BY id", Queries.NO_PARAMETERS, FleetRepository::mapContract));
    }

    /** Returns the contracts of site {@code siteId}, ordered by term start. */
    public List<Contract> contractsOfSite(String siteId) {
        return withWindows(Queries.list(workspace, CONTRACTS + "WHERE site_id = ? ORDER BY term_start, id",
                s -> s.setString(1, siteId), FleetRepository::mapContract));
    }

    /** Returns every client profile, ordered by id. */
    public List<ClientProfile> clients() {
        return Queries.list(workspace, CLIENTS + "ORDER BY id", Queries.NO_PARAMETERS, FleetRepository::mapClient);
    }

    public Optional<ClientProfile> client(String id) {
        return Queries.first(workspace, CLIENTS + "WHERE id = ?", s -> s.setString(1, id), FleetRepository::mapClient);
    }

    /** Returns every miner, ordered by serial. */
    public List<Miner> miners() {
        return Queries.list(workspace, MINERS + "ORDER BY serial", Queries.NO_PARAMETERS, FleetRepository::mapMiner);
    }

    public Optional<Miner> miner(String serial) {
        return Queries.first(workspace, MINERS + "WHERE serial = ?", s -> s.setString(1, serial), FleetRepository::mapMiner);
    }

    /** Returns the miners installed at site {@code siteId}, ordered by serial. */
    public List<Miner> minersAtSite(String siteId) {
        return Queries.list(workspace, MINERS + "WHERE site_id = ? ORDER BY serial", s -> s.setString(1, siteId),
                FleetRepository::mapMiner);
    }

    /** Returns the miners owned by client {@code clientId}, ordered by serial. */
    public List<Miner> minersOfClient(String clientId) {
        return Queries.list(workspace, MINERS + "WHERE client_id = ? ORDER BY serial", s -> s.setString(1, clientId),
                FleetRepository::mapMiner);
    }

    /** A contract row before its time-of-use windows are attached. */
    private record ContractRow(String id, String siteId, ContractType type, double fixedUsdPerMwh, double spotAdderUsdPerMwh,
            double hostingUsdPerKwMonth, double hostingUsdPerKwh, boolean curtailmentAllowed, double maxCurtailHoursPerMonth,
            double drPaymentUsdPerMwh, java.time.LocalDate termStart, int termMonths) {

        Contract withWindows(List<TouWindow> windows) {
            return new Contract(id, siteId, type, fixedUsdPerMwh, spotAdderUsdPerMwh, windows, hostingUsdPerKwMonth,
                    hostingUsdPerKwh, curtailmentAllowed, maxCurtailHoursPerMonth, drPaymentUsdPerMwh, termStart, termMonths);
        }
    }

    private List<Contract> withWindows(List<ContractRow> contracts) {
        if (contracts.isEmpty()) {
            return List.of();
        }
        Map<String, List<TouWindow>> windows = new HashMap<>();
        Queries.list(workspace, "SELECT * FROM contract_tou_window ORDER BY contract_id, start_hour", Queries.NO_PARAMETERS, row -> {
            windows.computeIfAbsent(row.getString("contract_id"), id -> new ArrayList<>())
                    .add(new TouWindow(row.getInt("start_hour"), row.getInt("end_hour"), row.getDouble("usd_per_mwh")));
            return null;
        });
        List<Contract> result = new ArrayList<>(contracts.size());
        for (ContractRow row : contracts) {
            result.add(row.withWindows(windows.getOrDefault(row.id(), List.of())));
        }
        return result;
    }

    static Site mapSite(ResultSet row) throws SQLException {
        return new Site(row.getString("id"), row.getString("name"), row.getString("location"), Sql.getDouble(row, "latitude"),
                ZoneId.of(row.getString("timezone")), Cooling.valueOf(row.getString("cooling")), row.getDouble("pue"),
                row.getDouble("capacity_kw"), row.getString("settlement_point"), row.getString("region"));
    }

    private static ContractRow mapContract(ResultSet row) throws SQLException {
        return new ContractRow(row.getString("id"), row.getString("site_id"), ContractType.valueOf(row.getString("contract_type")),
                Sql.getDouble(row, "fixed_usd_per_mwh"), row.getDouble("spot_adder_usd_per_mwh"),
                row.getDouble("hosting_usd_per_kw_month"), row.getDouble("hosting_usd_per_kwh"), row.getBoolean("curtailment_allowed"),
                Sql.getDouble(row, "max_curtail_hours_per_month"), row.getDouble("dr_payment_usd_per_mwh"),
                Sql.getDate(row, "term_start"), row.getInt("term_months"));
    }

    private static ClientProfile mapClient(ResultSet row) throws SQLException {
        return new ClientProfile(row.getString("id"), row.getString("name"), RiskLevel.valueOf(row.getString("risk_level")),
                row.getDouble("budget_usd"), row.getInt("payback_target_months"), HoldStyle.valueOf(row.getString("hold_style")),
                row.getString("preferred_region"));
    }

    private static Miner mapMiner(ResultSet row) throws SQLException {
        return new Miner(row.getString("serial"), row.getString("model"), row.getString("site_id"), row.getString("client_id"),
                Sql.getDate(row, "install_date"), row.getString("firmware"));
    }
}
