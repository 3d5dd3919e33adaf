package com.hashinsight.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.store.ActionLogEntry;
import com.hashinsight.store.ActionSource;
import com.hashinsight.store.Workspace;
import com.hashinsight.ui.SmallFleet;
import com.hashinsight.ui.WorkspaceSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDirectory;

    private WorkspaceSession session;
    private ActionsViewModel model;

    @BeforeEach
    void open() throws Exception {
        session = new WorkspaceSession(dataDirectory);
        Workspace workspace = session.workspaces().create("actions");
        SmallFleet.insertInto(workspace);
        session.replace(workspace);
        model = new ActionsViewModel(session, CLOCK);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void allowedChangeIsLoggedWithSource() {
        propose(ActionType.POWER_LIMIT_W, "SN1", "3000", ActionSource.AI_SUGGESTED);

        assertTrue(model.apply(model.check(), false));

        ActionLogEntry entry = model.entries().getFirst();
        assertEquals("power_limit_w", entry.actionType());
        assertEquals("3000", entry.newValue());
        assertEquals(ActionSource.AI_SUGGESTED, entry.source());
        assertEquals(CLOCK.instant(), entry.time());
    }

    @Test
    void blockedChangeIsNotLogged() {
        propose(ActionType.POWER_LIMIT_W, "SN1", "4000", ActionSource.MANUAL);

        assertFalse(model.apply(model.check(), true));

        assertTrue(model.entries().isEmpty());
        assertEquals("ui.actions.error.ratedPower", model.messageProperty().get().key());
    }

    @Test
    void unconfirmedLargeChangeIsNotLogged() {
        propose(ActionType.FIRMWARE, "SN1", "LuxOS 2024.11", ActionSource.MANUAL);

        assertFalse(model.apply(model.check(), false));
        assertTrue(model.entries().isEmpty());
        assertTrue(model.apply(model.check(), true));
        assertEquals("stock", model.entries().getFirst().oldValue());
    }

    @Test
    void rollbackLogsReverseChange() {
        propose(ActionType.POWER_LIMIT_W, "SN1", "3000", ActionSource.MANUAL);
        model.apply(model.check(), false);
        propose(ActionType.POWER_LIMIT_W, "SN1", "2800", ActionSource.MANUAL);
        model.apply(model.check(), false);
        ActionLogEntry second = model.entries().get(1);

        assertTrue(model.rollback(second));

        ActionLogEntry reverse = model.entries().get(2);
        assertEquals("2800", reverse.oldValue());
        assertEquals("3000", reverse.newValue());
        assertEquals(ActionSource.MANUAL, reverse.source());
    }

    @Test
    void csvExportEscapesFormulas() throws Exception {
        propose(ActionType.FIRMWARE, "SN1", "=cmd|' /C calc'!A0", ActionSource.MANUAL);
        model.apply(model.check(), true);
        Path file = dataDirectory.resolve("log.csv");

        model.exportCsv(file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("id,timestamp_utc,target,action_type,old_value,new_value,source,reason,who", lines.get(0));
        assertTrue(lines.get(1).contains(",\"'=cmd|' /C calc'!A0\","), lines.get(1));
    }

    private void propose(ActionType type, String target, String value, ActionSource source) {
        model.typeProperty().set(type);
        model.targetProperty().set(target);
        model.newValueProperty().set(value);
        model.sourceProperty().set(source);
        model.reasonProperty().set("test");
    }
}
