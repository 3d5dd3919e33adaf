package com.hashinsight.app;

import com.hashinsight.i18n.Messages;
import com.hashinsight.importer.ImportResult;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.strategy.ComparisonTable;
import com.hashinsight.strategy.StrategyComparison;
import com.hashinsight.ui.comparison.EngineStrategyScorer;
import com.hashinsight.ui.task.Progress;
import com.hashinsight.ui.workspaces.BundledSample;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code --smoke} run of an installed app: imports the bundled sample workspace into a data directory, scores
 * its A/B/C comparison with the same engine adapter as the comparison screen, prints the table and returns 0. It
 * starts no JavaFX toolkit, so it runs on a machine without a display.
 */
final class SmokeRun {

    /** Name of the workspace the smoke run imports the sample into. */
    static final String WORKSPACE = "smoke-sample";

    private static final Logger log = LoggerFactory.getLogger(SmokeRun.class);

    private final BundledSample sample;
    private final PrintWriter out;
    private final PrintWriter err;

    SmokeRun(BundledSample sample, PrintWriter out, PrintWriter err) {
        this.sample = sample;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the smoke check in {@code dataDirectory}, replacing a workspace left there by an earlier run.
     *
     * @return 0 when the sample imported and the comparison was scored, 1 otherwise
     */
    int run(Path dataDirectory) {
        if (!sample.available()) {
            err.println(Messages.get("app.smoke.noSample", sample.folder().toAbsolutePath()));
            err.flush();
            return 1;
        }
        Workspaces workspaces = new Workspaces(dataDirectory);
        try {
            if (workspaces.exists(WORKSPACE)) {
                workspaces.delete(WORKSPACE);
            }
            try (Workspace workspace = workspaces.create(WORKSPACE)) {
                long started = System.nanoTime();
                BundledSample.Imported imported = sample.importInto(workspace, Progress.unobserved());
                printImport(imported, started);

                started = System.nanoTime();
                EngineStrategyScorer scorer = EngineStrategyScorer.open(workspace);
                StrategyComparison comparison = scorer.compare(scorer.baseline(), () -> { });
                out.println(Messages.get("app.smoke.compared", scorer.client().name() == null ? scorer.client().id()
                        : scorer.client().name(), comparison.outcomes().size(), comparison.paths(), elapsedMillis(started)));
                out.println();
                ComparisonTable.render(comparison).forEach(out::println);
            }
            out.println();
            out.println(Messages.get("app.smoke.passed"));
            out.flush();
            return 0;
        } catch (Exception e) {
            log.error("Smoke run failed in data directory {} with sample {}", dataDirectory, sample.folder(), e);
            err.println(Messages.get("app.smoke.failed", e.getLocalizedMessage()));
            err.flush();
            return 1;
        }
    }

    private void printImport(BundledSample.Imported imported, long startedNanos) {
        long accepted = 0;
        long rejected = 0;
        for (ImportResult result : imported.results()) {
            accepted += result.accepted();
            rejected += result.rejected();
        }
        out.println(Messages.get("app.smoke.imported", imported.results().size(), sample.folder().toAbsolutePath(), accepted,
                rejected, elapsedMillis(startedNanos)));
        for (Path skipped : imported.skipped()) {
            out.println(Messages.get("app.smoke.skipped", skipped.getFileName()));
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
