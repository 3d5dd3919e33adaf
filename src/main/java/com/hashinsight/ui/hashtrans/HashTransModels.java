package com.hashinsight.ui.hashtrans;

import com.hashinsight.inference.HashTransService;
import com.hashinsight.inference.InferenceException;
import com.hashinsight.inference.ModelBundle;
import com.hashinsight.inference.ModelLocator;
import com.hashinsight.store.TimeRange;
import com.hashinsight.store.Workspace;
import com.hashinsight.tokenizer.FeatureSpec;
import com.hashinsight.tokenizer.FeatureSpecMismatchException;
import com.hashinsight.tokenizer.SequenceBuilder;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.task.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's HashTrans model: the bundle is loaded once, on the first request, and the open workspace is tokenized
 * once per telemetry state and shared by the comparison, health and site screens.
 *
 * <p>When the bundle is missing or does not match this app's tokenizer, {@link #load()} returns the reason and the
 * screens fall back to their documented estimates. Thread-safe; every method may block for seconds, so call them off
 * the FX thread.
 */
public final class HashTransModels implements AutoCloseable {

    /** Opens a model bundle and returns it with the sequence builder that its feature spec requires. */
    @FunctionalInterface
    public interface Opener {
        Loaded open() throws InferenceException;
    }

    /**
     * An opened bundle.
     *
     * @param service  the loaded model
     * @param builder  builds S-tokens with the bundle's window rule and L_S limit
     * @param bundle   the bundle folder the model was loaded from
     */
    public record Loaded(HashTransService service, SequenceBuilder builder, Path bundle) {

        public Loaded {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(builder, "builder");
            Objects.requireNonNull(bundle, "bundle");
        }
    }

    /**
     * The model, or why the app runs without it.
     *
     * @param loaded  the model; null when it is not available
     * @param reason  why it is not available; null when it is
     */
    public record Availability(Loaded loaded, LocalizedText reason) {

        public Availability {
            if ((loaded == null) == (reason == null)) {
                throw new IllegalArgumentException("exactly one of loaded and reason must be set");
            }
        }

        public boolean available() {
            return loaded != null;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(HashTransModels.class);

    private final Opener opener;
    private Availability availability;
    private WorkspaceModel tokenized;
    private Workspace tokenizedFor;
    private Instant tokenizedThrough;

    public HashTransModels(Opener opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /**
     * Returns the models of the bundle that {@link ModelLocator} finds, checked against this app's tokenizer.
     *
     * @param gpuEnabled false to keep ONNX Runtime on the CPU even when a GPU is present
     */
    public static HashTransModels bundled(boolean gpuEnabled) {
        return new HashTransModels(() -> {
            if (!gpuEnabled && System.getProperty(HashTransService.DEVICE_PROPERTY) == null) {
                System.setProperty(HashTransService.DEVICE_PROPERTY, "cpu");
            }
            return open(ModelLocator.locate());
        });
    }

    /**
     * Opens the bundle in {@code bundleDir} after checking its feature spec against this app's tokenizer.
     *
     * @throws InferenceException when the spec differs, or a file is missing, unreadable or fails its checksum
     */
    public static Loaded open(Path bundleDir) throws InferenceException {
        SequenceBuilder builder = checkedBuilder(bundleDir);
        return new Loaded(HashTransService.open(bundleDir, Integer.toString(FeatureSpec.VERSION)), builder, bundleDir);
    }

    /** Returns models that are never available, for screens and tests that run without HashTrans. */
    public static HashTransModels disabled() {
        return new HashTransModels(() -> {
            throw new InferenceException("inference.disabled");
        });
    }

    /**
     * Checks the bundle's feature spec field by field against this app's tokenizer and returns a sequence builder
     * with the bundle's window rule and L_S limit.
     *
     * @throws InferenceException naming the field and both values on a difference
     */
    public static SequenceBuilder checkedBuilder(Path bundleDir) throws InferenceException {
        Path spec = bundleDir.resolve(ModelBundle.FEATURE_SPEC_FILE);
        try {
            return FeatureSpec.checkBundle(spec).sequenceBuilder();
        } catch (FeatureSpecMismatchException e) {
            throw new InferenceException(e, "inference.bundle.specFieldMismatch", spec, e.field(), e.bundleValue(),
                    e.tokenizerValue());
        } catch (IOException e) {
            throw new InferenceException(e, "inference.bundle.unreadable", spec, e.getMessage());
        }
    }

    /** Loads the model on the first call and returns it, or the reason it cannot be used. */
    public synchronized Availability load() {
        if (availability == null) {
            try {
                Loaded loaded = opener.open();
                log.info("HashTrans model {} ready for the workstation on {}", loaded.service().modelVersion(),
                        loaded.service().executionProvider());
                availability = new Availability(loaded, null);
            } catch (InferenceException e) {
                log.warn("Workstation runs without the HashTrans model: {}", e.getMessage());
                availability = new Availability(null, LocalizedText.of(e.key(), e.args()));
            } catch (RuntimeException e) {
                log.error("Loading the HashTrans model failed", e);
                availability = new Availability(null, LocalizedText.of("ui.model.loadFailed", String.valueOf(e.getMessage())));
            }
        }
        return availability;
    }

    /**
     * Returns the tokens of every miner of {@code workspace} at the end of its telemetry, with Stage I cached, or
     * empty when the model is not available or the workspace has no telemetry. A second call for the same workspace
     * and telemetry returns the same instance.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} is cancelled between steps
     */
    public synchronized Optional<WorkspaceModel> workspace(Workspace workspace, Progress progress) {
        Availability model = load();
        if (!model.available()) {
            return Optional.empty();
        }
        Optional<TimeRange> range = workspace.telemetry().timeRange();
        if (range.isEmpty()) {
            return Optional.empty();
        }
        Instant through = range.get().last();
        if (tokenized != null && tokenizedFor == workspace && tokenizedThrough.equals(through)) {
            return Optional.of(tokenized);
        }
        progress.checkCancelled();
        drop();
        tokenized = WorkspaceModel.tokenize(workspace, model.loaded(), through, progress);
        tokenizedFor = workspace;
        tokenizedThrough = through;
        return Optional.of(tokenized);
    }

    /**
     * Tokenizes {@code workspace} as if {@code lastReading} were its last telemetry reading, for a look back such as
     * a risk trend. The result is not shared, but its Stage I results stay in the KV cache until evicted.
     *
     * @throws IllegalStateException when the model is not available
     */
    public WorkspaceModel tokenizeAt(Workspace workspace, Instant lastReading, Progress progress) {
        Availability model = load();
        if (!model.available()) {
            throw new IllegalStateException("the HashTrans model is not available: " + model.reason().format());
        }
        return WorkspaceModel.tokenize(workspace, model.loaded(), lastReading, progress);
    }

    /** Forgets the tokenized workspace and clears the KV cache; the next {@link #workspace} call tokenizes again. */
    public synchronized void drop() {
        if (tokenized != null) {
            tokenized.service().clearCache();
        }
        tokenized = null;
        tokenizedFor = null;
        tokenizedThrough = null;
    }

    @Override
    public synchronized void close() {
        drop();
        if (availability != null && availability.available()) {
            availability.loaded().service().close();
        }
    }
}
