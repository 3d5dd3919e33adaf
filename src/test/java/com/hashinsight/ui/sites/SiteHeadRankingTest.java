package com.hashinsight.ui.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.strategy.TestWorkspace;
import com.hashinsight.ui.hashtrans.HashTransModels;
import com.hashinsight.ui.hashtrans.TestModels;
import com.hashinsight.ui.task.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site ranking by the HashTrans site head, with the economics beside each candidate. */
class SiteHeadRankingTest {

    private static final int TEST_PATHS = 200;
    private static final double SHARE_TOLERANCE = 1e-6;

    @TempDir
    static Path dataDirectory;

    private static Workspace workspace;

    @BeforeAll
    static void createWorkspace() throws Exception {
        TestWorkspace.create(dataDirectory);
        workspace = new Workspaces(dataDirectory).open(TestWorkspace.NAME);
        try (Connection connection = workspace.connection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO site (id, name, timezone, cooling, pue, capacity_kw, settlement_point, region) "
                    + "VALUES ('dallas', 'Dallas', 'America/Chicago', 'IMMERSION', 1.03, 50, 'HB_NORTH', 'ERCOT')");
            statement.execute("INSERT INTO contract (id, site_id, contract_type, fixed_usd_per_mwh, "
                    + "hosting_usd_per_kw_month, curtailment_allowed, term_start, term_months) "
                    + "VALUES ('dallas-fixed', 'dallas', 'FIXED', 45, 1, TRUE, DATE '2025-01-01', 24)");
            TestModels.insertTelemetry(connection, IntStream.range(0, 20).mapToObj(i -> "S21-" + i).toList());
        }
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void siteHeadRanksWithEconomicsBeside() {
        try (HashTransModels models = TestModels.installed()) {
            SiteRanking ranking = new SiteRanker(TEST_PATHS, models).rank(workspace, null, Progress.unobserved());

            assertEquals("ui.sites.source.model", ranking.source().key());
            assertEquals(3, ranking.rows().size());
            double total = 0;
            for (int i = 0; i < ranking.rows().size(); i++) {
                SiteRank row = ranking.rows().get(i);
                assertTrue(row.modelSharePct() >= 0, row.contract().format() + " share " + row.modelSharePct());
                assertTrue(Double.isFinite(row.profitP50Usd()), row.contract().format() + " has no economics");
                if (i > 0) {
                    assertTrue(ranking.rows().get(i - 1).modelSharePct() >= row.modelSharePct(), "rank " + row.rank());
                }
                total += row.modelSharePct();
            }
            assertEquals(100, total, 100 * SHARE_TOLERANCE);
        }
    }

    @Test
    void withoutModelRanksByEconomicsAndSaysWhy() {
        try (HashTransModels disabled = HashTransModels.disabled()) {
            SiteRanking ranking = new SiteRanker(TEST_PATHS, disabled).rank(workspace, null, Progress.unobserved());

            assertEquals("ui.sites.source.economics", ranking.source().key());
            assertEquals("inference.disabled", ranking.detail().key());
            for (SiteRank row : ranking.rows()) {
                assertTrue(Double.isNaN(row.modelSharePct()), row.contract().format());
            }
        }
    }

    @Test
    void softmaxSharesSumToOneAndKeepOrder() {
        double[] shares = SiteHeadScores.softmax(new double[] {1000, 999, -5});

        assertEquals(1, shares[0] + shares[1] + shares[2], SHARE_TOLERANCE);
        assertTrue(shares[0] > shares[1]);
        assertTrue(shares[1] > shares[2]);
    }
}
