package com.hashinsight.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the {@code hashinsight} command line in the test's JVM, with what it printed.
 *
 * @param exitCode the exit code the launcher would return
 * @param out      standard output
 * @param err      standard error
 */
public record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code args} through the root command, as {@link Launcher} does, without exiting the JVM. */
    public static CommandRun execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new HashInsightCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
