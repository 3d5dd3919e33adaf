package com.hashinsight.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ImportViewTest {

    private static final Path EXAMPLES = Path.of("sample-data", "examples");

    @TempDir
    Path dataDirectory;

    private BackgroundTasks tasks;
    private WorkspaceSession session;
    private ImportViewModel model;

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks(1);
        session = new WorkspaceSession(dataDirectory);
        session.replace(session.workspaces().create("imports"));
        model = new ImportViewModel(session, tasks);
        stage.setScene(new Scene(new ImportView(model).root(), 1100, 800));
        stage.show();
    }

    @Stop
    void stop() {
        tasks.close();
        session.close();
    }

    @Test
    void exampleFilesImportWithCounts(FxRobot robot) throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(EXAMPLES)) {
            files = listing.sorted().toList();
        }
        robot.interact(() -> model.addFiles(files));

        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.outcomes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> outcomes = robot.lookup("#import-outcomes").queryAs(TableView.class);
        assertEquals(files.size(), outcomes.getItems().size());
        assertTrue(robot.lookup("#import-message").queryAs(Label.class).getText().startsWith("Imported " + files.size() + " files"));
    }
}
