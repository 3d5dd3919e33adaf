package com.hashinsight.app;

/**
 * Starts the JavaFX window. The screens register themselves here once they exist.
 */
final class DesktopStarter {

    private DesktopStarter() {
    }

    static void start(String[] args) {
        // TODO: the desktop window is built by the workstation screens; until then the CLI is the only entry.
        new picocli.CommandLine(new HashInsightCommand()).usage(System.out);
    }
}
