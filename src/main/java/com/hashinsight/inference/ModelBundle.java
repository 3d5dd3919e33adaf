package com.hashinsight.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A verified model bundle folder: checksums checked, config read, feature-spec version matched.
 *
 * @param dir                the bundle folder
 * @param modelVersion       version of the trained weights, part of every cache key
 * @param featureSpecVersion version of the tokenizer feature spec the model was trained on
 * @param config             shape of the exported graphs
 */
public record ModelBundle(Path dir, String modelVersion, String featureSpecVersion, ModelConfig config) {

    static final String CONFIG_FILE = "config.json";
    static final String FEATURE_SPEC_FILE = "feature-spec.json";
    static final String MODEL_CARD_FILE = "model-card.json";

    private static final List<String> REQUIRED_FILES = List.of(HashTransGraphs.ENCODER_FILE,
            HashTransGraphs.ENCODER_STEP_FILE, HashTransGraphs.SCORER_FILE, CONFIG_FILE, FEATURE_SPEC_FILE);
    private static final Logger LOG = LoggerFactory.getLogger(ModelBundle.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Verifies and reads the bundle in {@code dir}.
     *
     * @param expectedSpecVersion the feature-spec version of the tokenizer in this app
     * @throws InferenceException when a checksum fails, a file is unreadable, or the spec versions differ; the
     *                            message names the file or both versions
     */
    public static ModelBundle open(Path dir, String expectedSpecVersion) throws InferenceException {
        int verified = BundleChecksums.verify(dir, REQUIRED_FILES);
        LOG.info("Model bundle {}: {} files match {}", dir, verified, BundleChecksums.FILE_NAME);

        ModelConfig config = readJson(dir.resolve(CONFIG_FILE), ModelConfig.class);
        String specVersion = readFeatureSpecVersion(dir);
        if (!specVersion.equals(expectedSpecVersion)) {
            throw new InferenceException("inference.bundle.specMismatch", dir, specVersion, expectedSpecVersion);
        }
        JsonNode card = readJson(dir.resolve(MODEL_CARD_FILE), JsonNode.class);
        String modelVersion = text(card, "model_version", dir.resolve(MODEL_CARD_FILE));
        return new ModelBundle(dir, modelVersion, specVersion, config);
    }

    /** Reads {@code feature_spec_version} from the bundle's feature spec, without verifying checksums. */
    static String readFeatureSpecVersion(Path dir) throws InferenceException {
        JsonNode spec = readJson(dir.resolve(FEATURE_SPEC_FILE), JsonNode.class);
        return text(spec, "feature_spec_version", dir.resolve(FEATURE_SPEC_FILE));
    }

    private static <T> T readJson(Path file, Class<T> type) throws InferenceException {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new InferenceException(e, "inference.bundle.unreadable", file, e.getMessage());
        }
    }

    private static String text(JsonNode node, String field, Path file) throws InferenceException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            throw new InferenceException("inference.bundle.fieldMissing", file, field);
        }
        return value.asText();
    }
}
