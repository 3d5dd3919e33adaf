package com.hashinsight.importer;

import com.hashinsight.i18n.Messages;
import com.hashinsight.store.RejectedRow;
import com.hashinsight.store.StoreException;
import com.hashinsight.store.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE... [--format ID]}: imports files into a workspace (created when missing) and
 * prints each file's counts and its rejected-row report. Exit code 0 when every file imported
 * (rejected rows included), 1 when a file failed as a whole.
 */
@Command(name = "import", resourceBundle = "i18n.importer", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "importer.cli.import.files")
    List<Path> files;

    @Option(names = "--format", paramLabel = "ID", descriptionKey = "importer.cli.import.format")
    String format;

    @Option(names = "--serial", paramLabel = "SERIAL", descriptionKey = "importer.cli.import.serial")
    String serial;

    @Option(names = "--time", paramLabel = "UTC", descriptionKey = "importer.cli.import.time")
    Instant time;

    @Option(names = "--report-lines", paramLabel = "N", defaultValue = "50", descriptionKey = "importer.cli.import.reportLines")
    int reportLines;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportFormat chosen;
        try {
            chosen = format == null ? null : ImportFormat.fromId(format);
        } catch (ImportException e) {
            err.println(e.getLocalizedMessage());
            return 1;
        }
        try (Workspace workspace = options.workspaces().openOrCreate(options.workspace())) {
            ImportService service = new ImportService(workspace, new ImportOptions(serial, time), Clock.systemUTC());
            boolean failed = false;
            for (ImportService.Outcome outcome : service.importFiles(files, chosen)) {
                if (outcome.error() != null) {
                    failed = true;
                    err.println(Messages.get("importer.cli.import.failed", outcome.file(), outcome.error().getLocalizedMessage()));
                } else {
                    print(out, outcome.result());
                }
            }
            return failed ? 1 : 0;
        } catch (StoreException e) {
            err.println(e.getLocalizedMessage());
            return 1;
        }
    }

    private void print(PrintWriter out, ImportResult result) {
        if (result.alreadyImported()) {
            out.println(Messages.get("importer.cli.import.alreadyImported", result.file(), result.batchId()));
            return;
        }
        out.println(Messages.get("importer.cli.import.done", result.file(), result.format().id(), result.accepted(),
                result.unchanged(), result.rejected(), result.batchId()));
        List<RejectedRow> report = result.report();
        for (int i = 0; i < Math.min(reportLines, report.size()); i++) {
            out.println("  " + report.get(i).describe(Messages.locale()));
        }
        long notShown = result.rejected() - Math.min(reportLines, report.size());
        if (notShown > 0) {
            out.println(Messages.get("importer.cli.import.moreRejected", notShown, result.batchId()));
        }
    }
}
