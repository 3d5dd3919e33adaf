package com.hashinsight.app;

import picocli.CommandLine;

/**
 * Entry point of the jar: with no arguments it opens the window, otherwise it runs a command.
 *
 * <p>This class does not extend {@code javafx.application.Application}, so the JavaFX runtime can
 * sit on the class path instead of the module path, and command-line use never starts a toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopStarter.start(args);
            return;
        }
        int exitCode = new CommandLine(new HashInsightCommand()).execute(args);
        System.exit(exitCode);
    }
}
