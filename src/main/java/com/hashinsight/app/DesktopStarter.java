package com.hashinsight.app;

import com.hashinsight.ui.WorkstationApp;
import javafx.application.Application;

/**
 * Starts the JavaFX window. Kept apart from {@link Launcher} so that command-line runs never load a JavaFX
 * class.
 */
final class DesktopStarter {

    private DesktopStarter() {
    }

    static void start(String[] args) {
        Application.launch(WorkstationApp.class, args);
    }
}
