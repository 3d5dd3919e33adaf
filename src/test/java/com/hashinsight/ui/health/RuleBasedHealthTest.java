package com.hashinsight.ui.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.i18n.Messages;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.ui.task.Progress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBasedHealthTest {

    private static final double TOLERANCE = 1e-9;
    /** Air-cooled prior of 0.20 failures per miner-year over 30 days: 1 − exp(−0.2 · 30 / 365.25). */
    private static final double BASE_RISK_30D_PCT = 100 * -Math.expm1(-0.2 * 30 / 365.25);

    @TempDir
    static Path dataDirectory;

    private static HealthReport report;
    private static Map<String, MinerHealth> bySerial;

    @BeforeAll
    static void assess() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        try (Workspace workspace = new Workspaces(dataDirectory).create("health")) {
            HealthFleet.insertInto(workspace);
            report = new RuleBasedHealth().assess(workspace, Progress.unobserved()).orElseThrow();
        }
        bySerial = report.miners().stream().collect(Collectors.toMap(MinerHealth::serial, Function.identity()));
    }

    @Test
    void reportCoversEveryMinerUpToNewestHour() {
        assertEquals(5, report.miners().size());
        assertEquals(HealthFleet.END, report.asOf());
        assertEquals("ui.health.source.rules", report.source().key());
    }

    @Test
    void healthyMinerKeepsPriorRisk() {
        MinerHealth good = bySerial.get("GOOD");

        assertEquals(BASE_RISK_30D_PCT, good.risk30dPct(), TOLERANCE);
        assertEquals(Trend.STEADY, good.trend());
        assertEquals("readings normal", good.signalsText());
        assertEquals("ui.health.recommend.keep", good.recommendation().key());
    }

    @Test
    void hotMinerDoublesRiskPerTenDegrees() {
        MinerHealth hot = bySerial.get("HOT");

        // 90 °C is 15 °C above 75 °C: the hazard grows by 2^1.5.
        double expected = 100 * -Math.expm1(-0.2 * Math.pow(2, 1.5) * 30 / 365.25);
        assertEquals(expected, hot.risk30dPct(), TOLERANCE);
        assertEquals(Trend.RISING, hot.trend());
        assertEquals("hottest chip 90 °C", hot.signalsText());
        assertEquals("Lower the power target to 85 % and check cooling", hot.recommendation().format());
    }

    @Test
    void faultyMinerRanksHighestAndNeedsInspection() {
        MinerHealth faulty = bySerial.get("FAULTY");

        for (MinerHealth other : report.miners()) {
            assertTrue(faulty.risk30dPct() >= other.risk30dPct(), other.serial() + " ranks above FAULTY");
        }
        assertTrue(faulty.signalsText().startsWith("100 % of readings report FAULT"), faulty.signalsText());
        assertEquals("ui.health.recommend.inspectFault", faulty.recommendation().key());
    }

    @Test
    void slowMinerShowsHashrateSignal() {
        MinerHealth slow = bySerial.get("SLOW");

        assertEquals("hashrate 75 % of nameplate", slow.signalsText());
        assertEquals("ui.health.recommend.inspectHashrate", slow.recommendation().key());
        assertTrue(slow.risk7dPct() < slow.risk30dPct());
    }

    @Test
    void silentMinerAsksForConnectionCheck() {
        MinerHealth silent = bySerial.get("SILENT");

        assertEquals("no readings in the last 24 hours", silent.signalsText());
        assertEquals("ui.health.recommend.noData", silent.recommendation().key());
    }

    @Test
    void workspaceWithoutTelemetryHasNoReport(@TempDir Path emptyDirectory) throws Exception {
        try (Workspace empty = new Workspaces(emptyDirectory).create("empty")) {
            assertTrue(new RuleBasedHealth().assess(empty, Progress.unobserved()).isEmpty());
        }
    }
}
