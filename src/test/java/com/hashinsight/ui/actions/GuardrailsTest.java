package com.hashinsight.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.store.ActionSource;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.ui.SmallFleet;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardrailsTest {

    @TempDir
    Path dataDirectory;

    private Workspace workspace;
    private final Guardrails guardrails = new Guardrails();

    @BeforeEach
    void open() throws Exception {
        workspace = new Workspaces(dataDirectory).create("guardrails");
        SmallFleet.insertInto(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void powerAboveRatedIsBlocked() {
        Verdict verdict = check(ActionType.POWER_LIMIT_W, "SN1", "3600");

        assertFalse(verdict.allowed());
        assertEquals("ui.actions.error.ratedPower", verdict.violations().getFirst().key());
    }

    @Test
    void powerOverSiteCapacityIsBlocked() {
        // Both miners at the rated 3,500 W draw 7.7 kW with PUE 1.1, above the 7.5 kW capacity.
        Verdict verdict = check(ActionType.POWER_LIMIT_W, "SN1", "3500");

        assertFalse(verdict.allowed());
        assertEquals("ui.actions.error.capacity", verdict.violations().getFirst().key());
    }

    @Test
    void powerWithinLimitsIsAllowed() {
        Verdict verdict = check(ActionType.POWER_LIMIT_W, "SN1", "3000");

        assertTrue(verdict.allowed());
        assertFalse(verdict.needsConfirmation());
    }

    @Test
    void curtailmentAboveContractHoursIsBlocked() {
        Verdict verdict = check(ActionType.CURTAIL_HOURS, "pecos", "50");

        assertFalse(verdict.allowed());
        assertEquals("ui.actions.error.curtailHours", verdict.violations().getFirst().key());
    }

    @Test
    void curtailmentWithinContractIsAllowed() {
        assertTrue(check(ActionType.CURTAIL_HOURS, "pecos", "20").allowed());
    }

    @Test
    void firmwareChangeNeedsConfirmation() {
        Verdict verdict = check(ActionType.FIRMWARE, "SN1", "LuxOS 2024.11");

        assertTrue(verdict.allowed());
        assertTrue(verdict.needsConfirmation());
        assertEquals("stock", verdict.oldValue());
    }

    @Test
    void largeShutdownNeedsConfirmation() {
        Verdict verdict = check(ActionType.SHUTDOWN_MINERS, "pecos", "1");

        assertTrue(verdict.allowed());
        assertEquals("ui.actions.confirm.shutdown", verdict.confirmation().key());
    }

    @Test
    void shutdownOfMoreMinersThanSiteHasIsBlocked() {
        assertEquals("ui.actions.error.shutdownCount", check(ActionType.SHUTDOWN_MINERS, "pecos", "3").violations().getFirst().key());
    }

    @Test
    void unknownMinerIsBlocked() {
        Verdict verdict = check(ActionType.POWER_LIMIT_W, "NOPE", "3000");

        assertEquals("ui.actions.error.noMiner", verdict.violations().getFirst().key());
        assertNull(verdict.oldValue());
    }

    private Verdict check(ActionType type, String target, String value) {
        return guardrails.check(workspace, new ProposedChange(type, target, value, ActionSource.MANUAL, "test", "tester"));
    }
}
