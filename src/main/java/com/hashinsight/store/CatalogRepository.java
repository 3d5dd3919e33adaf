package com.hashinsight.store;

import com.hashinsight.fleet.MinerModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads the miner model catalog (vendor nameplates, seeded by the schema migrations). */
public final class CatalogRepository {

    private static final String SELECT = "SELECT vendor, model, nominal_ths, nominal_w, hashboards, chips, release_date FROM miner_model ";

    private final Workspace workspace;

    CatalogRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Returns every catalog model, ordered by vendor and model. */
    public List<MinerModel> models() {
        return Queries.list(workspace, SELECT + "ORDER BY vendor, model", Queries.NO_PARAMETERS, CatalogRepository::map);
    }

    /** Returns the model named {@code model} (case-sensitive catalog key), if any. */
    public Optional<MinerModel> model(String model) {
        return Queries.first(workspace, SELECT + "WHERE model = ?", s -> s.setString(1, model), CatalogRepository::map);
    }

    private static MinerModel map(ResultSet row) throws SQLException {
        return new MinerModel(row.getString("vendor"), row.getString("model"), row.getDouble("nominal_ths"),
                row.getDouble("nominal_w"), row.getInt("hashboards"), row.getInt("chips"), Sql.getDate(row, "release_date"));
    }
}
