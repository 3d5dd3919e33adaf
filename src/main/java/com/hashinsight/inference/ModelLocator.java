package com.hashinsight.inference;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the model bundle folder for the jar, the tests and the installed app.
 *
 * <p>Search order, first existing folder wins:
 * <ol>
 *   <li>the system property {@value #MODEL_DIR_PROPERTY}, which must then name an existing folder;</li>
 *   <li>{@code models/<bundle>} next to the folder or jar holding these classes, and one and two levels above it
 *       (covers {@code target/classes}, {@code lib/hashinsight.jar} and jpackage's {@code lib/app/});</li>
 *   <li>{@code models/<bundle>} under the working directory.</li>
 * </ol>
 */
public final class ModelLocator {

    /** System property naming the bundle folder explicitly, for example {@code -Dhashinsight.model.dir=/opt/m}. */
    public static final String MODEL_DIR_PROPERTY = "hashinsight.model.dir";

    /** Name of the bundle folder shipped with this version of the app. */
    public static final String DEFAULT_BUNDLE = "hashtrans-v1";

    private static final Logger LOG = LoggerFactory.getLogger(ModelLocator.class);
    private static final int LEVELS_ABOVE_CODE = 2;

    private ModelLocator() {
    }

    /**
     * Returns the folder of {@link #DEFAULT_BUNDLE}.
     *
     * @throws InferenceException when the property names a missing folder or no candidate folder exists
     */
    public static Path locate() throws InferenceException {
        return locate(DEFAULT_BUNDLE, System.getProperty(MODEL_DIR_PROPERTY), Path.of("").toAbsolutePath(), codeLocation());
    }

    static Path locate(String bundle, String explicitDir, Path workingDir, Optional<Path> codeLocation)
            throws InferenceException {
        if (explicitDir != null && !explicitDir.isBlank()) {
            Path dir = Path.of(explicitDir).toAbsolutePath();
            if (!Files.isDirectory(dir)) {
                throw new InferenceException("inference.locate.propertyNotFound", MODEL_DIR_PROPERTY, dir);
            }
            LOG.info("Model bundle from -D{}: {}", MODEL_DIR_PROPERTY, dir);
            return dir;
        }
        List<Path> candidates = candidates(bundle, workingDir, codeLocation);
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                LOG.info("Model bundle found at {}", candidate);
                return candidate;
            }
        }
        throw new InferenceException("inference.locate.notFound", bundle, candidates, MODEL_DIR_PROPERTY);
    }

    static List<Path> candidates(String bundle, Path workingDir, Optional<Path> codeLocation) {
        LinkedHashSet<Path> dirs = new LinkedHashSet<>();
        codeLocation.ifPresent(code -> {
            Path base = Files.isRegularFile(code) ? code.getParent() : code;
            for (int level = 0; level <= LEVELS_ABOVE_CODE && base != null; level++) {
                dirs.add(base.resolve("models").resolve(bundle).normalize());
                base = base.getParent();
            }
        });
        dirs.add(workingDir.resolve("models").resolve(bundle).normalize());
        return new ArrayList<>(dirs);
    }

    private static Optional<Path> codeLocation() {
        CodeSource source = ModelLocator.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            LOG.debug("Code location {} is not a local path", source.getLocation(), e);
            return Optional.empty();
        }
    }
}
