package com.hashinsight.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.app.CommandRun;
import com.hashinsight.app.HashInsightCommand;
import com.hashinsight.economics.MarketModel;
import com.hashinsight.economics.PriceSeries;
import com.hashinsight.i18n.Messages;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandTest {

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void createWorkspace() throws Exception {
        TestWorkspace.create(dataDir);
    }

    @AfterEach
    void restoreLocale() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void compareIsRegisteredOnRoot() {
        assertTrue(new CommandLine(new HashInsightCommand()).getSubcommands().containsKey("compare"));
    }

    @Test
    void comparePrintsReproducibleTable() {
        String[] args = {"compare", "--workspace", TestWorkspace.NAME, "--data-dir", dataDir.toString(), "--paths", "200",
            "--months", "12", "--price-model", "gbm"};

        CommandRun first = run(args);
        CommandRun second = run(args);

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), second.out(), "the same seed prints the same table");
        assertTrue(first.out().contains("Acme Mining"), first.out());
        assertTrue(first.out().contains("BTC model GBM"), first.out());
        assertTrue(first.out().contains("fixed 52.0 USD/MWh"), first.out());
        assertTrue(first.out().contains("spot HB_WEST + 4.0 USD/MWh"), first.out());
        assertTrue(first.out().contains("20 × Antminer S21"), first.out());
        assertTrue(first.out().contains("Net profit P90"), first.out());
        assertTrue(first.out().contains("Recommended: strategy "), first.out());
    }

    @Test
    void chineseLocalePrintsChineseTable() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);

        CommandRun run = run("compare", "--workspace", TestWorkspace.NAME, "--data-dir", dataDir.toString(), "--paths", "100",
                "--months", "12");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("推荐：策略"), run.out());
        assertTrue(run.out().contains("净利润 P50"), run.out());
    }

    @Test
    void workspaceMarketReadsHistory() {
        try (Workspace workspace = new Workspaces(dataDir).open(TestWorkspace.NAME)) {
            MarketModel market = WorkspaceMarket.marketModel(workspace, WorkspaceMarket.PriceModelKind.GBM, 4);
            Map<String, PriceSeries> prices = WorkspaceMarket.lastYearPrices(workspace, List.of("HB_WEST", "NOWHERE"));

            assertEquals(LocalDate.of(2025, 12, 30), market.startDate());
            assertEquals(0.04, market.feesPerBlockBtc(), 1e-12);
            assertEquals(Math.log(1.015) / 14, market.difficultyModel().dailyLogGrowth(), 1e-9);
            assertEquals(7e13 * Math.pow(1.015, 52), market.startDifficulty(), 1e-3 * market.startDifficulty());
            assertEquals(Set.of("HB_WEST"), prices.keySet());
            assertEquals(TestWorkspace.PRICE_HOURS, prices.get("HB_WEST").size(), "365 days of hours end at the newest price");
        }
    }

    @Test
    void missingWorkspaceFailsWithMessage() {
        CommandRun run = run("compare", "--workspace", "nobody", "--data-dir", dataDir.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nobody"), run.err());
        assertTrue(run.err().startsWith("Strategy comparison failed"), run.err());
    }

    @Test
    void invalidOptionsFailWithMessage() {
        CommandRun months = run("compare", "--workspace", TestWorkspace.NAME, "--data-dir", dataDir.toString(), "--months", "0");
        CommandRun model = run("compare", "--workspace", TestWorkspace.NAME, "--data-dir", dataDir.toString(), "--price-model", "magic");
        CommandRun client = run("compare", "--workspace", TestWorkspace.NAME, "--data-dir", dataDir.toString(), "--client", "ghost");

        assertEquals(1, months.exitCode());
        assertTrue(months.err().contains("--months"), months.err());
        assertTrue(model.err().contains("magic"), model.err());
        assertTrue(client.err().contains("ghost"), client.err());
    }

    @Test
    void helpDescribesOptions() {
        CommandRun run = run("compare", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Monte Carlo"), run.out());
        assertTrue(run.out().contains("Horizon in months (default: 36)"), run.out());
    }

    private static CommandRun run(String... args) {
        return CommandRun.execute(args);
    }
}
