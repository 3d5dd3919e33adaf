package com.hashinsight.ui.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.ui.SmallFleet;
import com.hashinsight.ui.task.Progress;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetSummaryCalculatorTest {

    private static final double TOLERANCE = 1e-6;
    private static final Progress NO_PROGRESS = Progress.unobserved();

    @TempDir
    Path dataDirectory;

    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = new Workspaces(dataDirectory).create("fleet");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void emptyWorkspaceHasNoSummary() {
        assertTrue(new FleetSummaryCalculator().summarise(workspace, NO_PROGRESS).isEmpty());
    }

    @Test
    void summaryAddsMinerMeans() throws Exception {
        SmallFleet.insertInto(workspace);

        FleetSummary summary = new FleetSummaryCalculator().summarise(workspace, NO_PROGRESS).orElseThrow();

        assertEquals(0.3, summary.hashratePhs(), TOLERANCE);
        assertEquals(6.5, summary.powerKw(), TOLERANCE);
        assertEquals(6500.0 / 300, summary.joulesPerTh(), TOLERANCE);
        assertEquals(200.0 / 3, summary.uptimePct(), TOLERANCE);
        assertEquals(Map.of("OK", 1, "FAULT", 1), summary.healthCounts());
    }

    @Test
    void energyCostUsesContractPriceAndPue() throws Exception {
        SmallFleet.insertInto(workspace);

        FleetSummary summary = new FleetSummaryCalculator().summarise(workspace, NO_PROGRESS).orElseThrow();

        double expectedUsd = 6.5 * 1.1 * 24 / 1000 * 50;
        assertEquals(expectedUsd, summary.energyCostUsdPerDay(), TOLERANCE);
        assertEquals(1, summary.sites().size());
        assertEquals(expectedUsd, summary.sites().getFirst().energyCostUsdPerDay(), TOLERANCE);
        assertEquals(2, summary.sites().getFirst().miners());
    }

    @Test
    void hashpriceComesFromNewestSnapshot() throws Exception {
        SmallFleet.insertInto(workspace);

        FleetSummary summary = new FleetSummaryCalculator().summarise(workspace, NO_PROGRESS).orElseThrow();

        // 3.125 BTC subsidy at difficulty 1e14 and 100,000 USD is 2.7e11 / 2^32 USD per PH/s and day.
        assertEquals(2.7e11 / Math.pow(2, 32), summary.hashpriceUsdPerPhDay(), TOLERANCE);
    }
}
