package com.hashinsight.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.ui.Fx;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path dataDirectory;

    private final BackgroundTasks tasks = new BackgroundTasks(1);
    private WorkspaceSession session;
    private ImportViewModel model;

    @BeforeAll
    static void startToolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void open() throws Exception {
        session = new WorkspaceSession(dataDirectory.resolve("data"));
        Fx.onFx(() -> {
            session.replace(session.workspaces().create("imports"));
            model = new ImportViewModel(session, tasks);
        });
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        Fx.onFx(session::close);
    }

    @Test
    void badRowsAreCountedAndListed() throws Exception {
        Path miners = dataDirectory.resolve("miners.csv");
        Files.writeString(miners, "serial,model,site_id,client_id,install_date,firmware\n"
                + "SN1,Antminer S21,,,2025-02-01,stock\n"
                + "SN2,Antminer S21,,,not-a-date,stock\n", StandardCharsets.UTF_8);

        Fx.onFx(() -> {
            model.addFiles(List.of(miners));
            model.importAll();
        });
        Fx.waitUntil(() -> !model.outcomes().isEmpty());

        ImportViewModel.FileOutcome outcome = Fx.onFx(() -> model.outcomes().getFirst());
        assertEquals("miners-csv", outcome.format());
        assertEquals(1, outcome.result().accepted());
        assertEquals(1, outcome.result().rejected());
        assertEquals(1, (int) Fx.onFx(() -> model.rejected().size()));
        assertEquals("install_date", Fx.onFx(() -> model.rejected().getFirst().field()));
        assertEquals("ui.import.done", Fx.onFx(() -> model.messageProperty().get().key()));
        assertTrue(Fx.onFx(() -> model.files().isEmpty()));
    }

    @Test
    void unreadableFileFailsAlone() throws Exception {
        Path missing = dataDirectory.resolve("missing.csv");

        Fx.onFx(() -> {
            model.addFiles(List.of(missing));
            model.importAll();
        });
        Fx.waitUntil(() -> !model.outcomes().isEmpty());

        ImportViewModel.FileOutcome outcome = Fx.onFx(() -> model.outcomes().getFirst());
        assertNull(outcome.result());
        assertTrue(outcome.error().key().startsWith("importer."), outcome.error().key());
    }

    @Test
    void rejectedRowsExportAsCsv() throws Exception {
        Path miners = dataDirectory.resolve("miners.csv");
        Files.writeString(miners, "serial,model,site_id,client_id,install_date,firmware\n"
                + "SN2,Antminer S21,,,=1+2,stock\n", StandardCharsets.UTF_8);
        Fx.onFx(() -> {
            model.addFiles(List.of(miners));
            model.importAll();
        });
        Fx.waitUntil(() -> !model.rejected().isEmpty());
        Path report = dataDirectory.resolve("rejected.csv");

        Fx.onFx(() -> model.exportRejected(report, Locale.ENGLISH));

        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertEquals("line,field,value,reason", lines.get(0));
        assertTrue(lines.get(1).startsWith("2,install_date,\"'=1+2\","), lines.get(1));
    }
}
