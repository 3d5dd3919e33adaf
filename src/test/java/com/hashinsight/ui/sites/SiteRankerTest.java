package com.hashinsight.ui.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.i18n.Messages;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.strategy.TestWorkspace;
import com.hashinsight.ui.task.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site ranking over a real H2 workspace: Pecos with a fixed and a spot contract, and Dallas without spot prices. */
class SiteRankerTest {

    private static final double TOLERANCE = 1e-9;
    private static final int TEST_PATHS = 300;

    @TempDir
    static Path dataDirectory;

    private static SiteRanking ranking;

    @BeforeAll
    static void rank() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        TestWorkspace.create(dataDirectory);
        try (Workspace workspace = new Workspaces(dataDirectory).open(TestWorkspace.NAME)) {
            try (Connection connection = workspace.connection(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO site (id, name, timezone, cooling, pue, capacity_kw, settlement_point, region) "
                        + "VALUES ('dallas', 'Dallas', 'America/Chicago', 'IMMERSION', 1.03, 50, 'HB_NORTH', 'ERCOT')");
                statement.execute("INSERT INTO contract (id, site_id, contract_type, spot_adder_usd_per_mwh, "
                        + "hosting_usd_per_kw_month, curtailment_allowed, term_start, term_months) "
                        + "VALUES ('dallas-spot', 'dallas', 'SPOT', 3, 1, TRUE, DATE '2025-01-01', 24)");
            }
            ranking = new SiteRanker(TEST_PATHS).rank(workspace, null, Progress.unobserved());
        }
    }

    @Test
    void everyContractIsRanked() {
        assertEquals(3, ranking.rows().size());
        assertEquals(List.of(1, 2, 3), ranking.rows().stream().map(SiteRank::rank).toList());
        assertEquals("acme", ranking.clientId());
        assertEquals("Fleet placed at each site: 20 × Antminer S21.", ranking.fleet().format(Locale.ENGLISH));
    }

    @Test
    void rankedRowsAreBestMedianFirst() {
        SiteRank first = ranking.rows().get(0);
        SiteRank second = ranking.rows().get(1);

        assertTrue(first.profitP50Usd() >= second.profitP50Usd(), first.profitP50Usd() + " < " + second.profitP50Usd());
        assertTrue(first.profitP10Usd() <= first.profitP50Usd());
        assertTrue(first.profitP50Usd() <= first.profitP90Usd());
        assertEquals("Pecos", first.site());
        assertNull(first.note());
    }

    @Test
    void fleetDrawIncludesPue() {
        SiteRank pecos = ranking.rows().get(0);

        assertEquals(20 * 3_500 * 1.1 / 1_000, pecos.fleetKw(), TOLERANCE);
        assertEquals(5_000, pecos.capacityKw(), TOLERANCE);
        assertTrue(pecos.fits());
    }

    @Test
    void siteWithoutPricesRanksLastWithReason() {
        SiteRank dallas = ranking.rows().get(2);

        assertEquals("Dallas", dallas.site());
        assertTrue(Double.isNaN(dallas.profitP50Usd()));
        assertTrue(dallas.note().format().startsWith("Not ranked: No energy prices for settlement point"),
                dallas.note().format());
        assertTrue(dallas.note().format().contains("HB_NORTH"), dallas.note().format());
    }

    @Test
    void descriptionsFollowLanguage() {
        SiteRank dallas = ranking.rows().get(2);

        assertEquals("Dallas, spot HB_NORTH + 3.0 USD/MWh", dallas.contract().format(Locale.ENGLISH));
        assertEquals("Dallas，现货 HB_NORTH + 3.0 USD/MWh", dallas.contract().format(Locale.SIMPLIFIED_CHINESE));
        assertEquals("immersion, PUE 1.03", dallas.cooling().format(Locale.ENGLISH));
        assertEquals("浸没式冷却，PUE 1.03", dallas.cooling().format(Locale.SIMPLIFIED_CHINESE));
        assertEquals("每个站点放置的机队：20 × Antminer S21。", ranking.fleet().format(Locale.SIMPLIFIED_CHINESE));
    }
}
