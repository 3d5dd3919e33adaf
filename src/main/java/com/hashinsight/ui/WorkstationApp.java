package com.hashinsight.ui;

import com.hashinsight.ui.settings.SettingsStore;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the main window over the saved settings. */
public final class WorkstationApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(WorkstationApp.class);

    private Workstation workstation;

    @Override
    public void start(Stage stage) {
        workstation = Workstation.create(SettingsStore.atDefaultLocation());
        workstation.show(stage);
        log.info("Main window shown {} ms after JVM start", sinceJvmStartMs());
        // The window takes input once its first layout pulse has run, which is after show() returns.
        Runnable[] firstLayout = new Runnable[1];
        firstLayout[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(firstLayout[0]);
            log.info("Main window usable {} ms after JVM start", sinceJvmStartMs());
        };
        stage.getScene().addPostLayoutPulseListener(firstLayout[0]);
    }

    private static long sinceJvmStartMs() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() {
        if (workstation != null) {
            workstation.close();
        }
        log.info("Workstation stopped");
    }
}
