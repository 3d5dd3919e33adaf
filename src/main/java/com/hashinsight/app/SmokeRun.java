package com.hashinsight.app;

import com.hashinsight.i18n.Messages;
import com.hashinsight.importer.ImportResult;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.strategy.ComparisonTable;
import com.hashinsight.strategy.StrategyComparison;
import com.hashinsight.tokenizer.FeatureSpec;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.comparison.ComparisonResult;
import com.hashinsight.ui.comparison.EngineStrategyScorer;
import com.hashinsight.ui.hashtrans.HashTransModels;
import com.hashinsight.ui.task.Progress;
import com.hashinsight.ui.workspaces.BundledSample;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code --smoke} run of an installed app: loads the bundled HashTrans model the way the screens do, imports the
 * bundled sample workspace into a data directory, scores its A/B/C comparison with the comparison screen's adapter
 * and HashTrans behind its operational factors, prints the table with the heads' reasons and returns 0. It starts no
 * JavaFX toolkit, so it runs on a machine without a display.
 *
 * <p>A missing model bundle, one that does not match this app's tokenizer, or a comparison that falls back to the
 * prior estimates fails the run. The windowed app still starts without a usable bundle and shows why on each model
 * screen, but an installer cannot pass its smoke test without one.
 */
final class SmokeRun {

    /** Name of the workspace the smoke run imports the sample into. */
    static final String WORKSPACE = "smoke-sample";

    private static final Logger log = LoggerFactory.getLogger(SmokeRun.class);
    private static final String HEAD_REASON_PREFIX = "ui.comparison.reason.head.";

    private final BundledSample sample;
    private final Supplier<HashTransModels> models;
    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * Creates a smoke run over the bundled model, on the CPU unless {@code -Dhashinsight.device} names another device.
     */
    SmokeRun(BundledSample sample, PrintWriter out, PrintWriter err) {
        this(sample, () -> HashTransModels.bundled(false), out, err);
    }

    /** Creates a smoke run whose model comes from {@code models}; the run closes what the supplier returns. */
    SmokeRun(BundledSample sample, Supplier<HashTransModels> models, PrintWriter out, PrintWriter err) {
        this.sample = sample;
        this.models = models;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the smoke check in {@code dataDirectory}, replacing a workspace left there by an earlier run.
     *
     * @return 0 when the model loaded, the sample imported and HashTrans scored the comparison, 1 otherwise
     */
    int run(Path dataDirectory) {
        if (!sample.available()) {
            return fail(Messages.get("app.smoke.noSample", sample.folder().toAbsolutePath()));
        }
        try (HashTransModels hashTrans = models.get()) {
            long started = System.nanoTime();
            HashTransModels.Availability model = hashTrans.load();
            if (!model.available()) {
                log.error("Smoke run failed: the HashTrans model is not available: {}", model.reason().format(Locale.ENGLISH));
                return fail(Messages.get("app.smoke.failed",
                        Messages.get("app.smoke.modelUnavailable", model.reason().format())));
            }
            printModel(model.loaded(), started);
            return compare(dataDirectory, hashTrans);
        } catch (Exception e) {
            log.error("Smoke run failed in data directory {} with sample {}", dataDirectory, sample.folder(), e);
            return fail(Messages.get("app.smoke.failed", e.getLocalizedMessage()));
        }
    }

    private int compare(Path dataDirectory, HashTransModels hashTrans) throws Exception {
        Workspaces workspaces = new Workspaces(dataDirectory);
        if (workspaces.exists(WORKSPACE)) {
            workspaces.delete(WORKSPACE);
        }
        try (Workspace workspace = workspaces.create(WORKSPACE)) {
            long started = System.nanoTime();
            BundledSample.Imported imported = sample.importInto(workspace, Progress.unobserved());
            printImport(imported, started);

            started = System.nanoTime();
            EngineStrategyScorer scorer = EngineStrategyScorer.open(workspace, hashTrans, Progress.unobserved());
            StrategyComparison comparison = scorer.compare(scorer.baseline(), () -> { });
            // The same scenario again: the screen's result, with its model notes and head reasons, and no new projection.
            ComparisonResult result = scorer.score(scorer.baseline(), Progress.unobserved());
            if (!scorer.usesModel()) {
                LocalizedText reason = result.modelNotes().getFirst();
                log.error("Smoke run failed: the comparison of workspace {} did not use HashTrans: {}", WORKSPACE,
                        reason.format(Locale.ENGLISH));
                return fail(Messages.get("app.smoke.failed", Messages.get("app.smoke.modelNotUsed", reason.format())));
            }
            out.println(Messages.get("app.smoke.compared", scorer.client().name() == null ? scorer.client().id()
                    : scorer.client().name(), comparison.outcomes().size(), comparison.paths(), elapsedMillis(started)));
            out.println();
            ComparisonTable.render(comparison).forEach(out::println);
            printModelReasons(result);
        }
        out.println();
        out.println(Messages.get("app.smoke.passed"));
        out.flush();
        return 0;
    }

    private void printModel(HashTransModels.Loaded model, long startedNanos) {
        var service = model.service();
        out.println(Messages.get(service.trained() ? "app.smoke.model.trained" : "app.smoke.model.untrained",
                service.modelVersion(), FeatureSpec.VERSION, model.bundle().toAbsolutePath(), service.executionProvider(),
                elapsedMillis(startedNanos)));
    }

    /** Prints where the operational factors came from and how each HashTrans head ranks the strategies. */
    private void printModelReasons(ComparisonResult result) {
        out.println();
        for (LocalizedText note : result.modelNotes()) {
            out.println(note.format());
        }
        for (LocalizedText reason : result.reasons()) {
            if (reason.key().startsWith(HEAD_REASON_PREFIX)) {
                out.println("- " + reason.format());
            }
        }
    }

    private int fail(String message) {
        err.println(message);
        err.flush();
        out.flush();
        return 1;
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
