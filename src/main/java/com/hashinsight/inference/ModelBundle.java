package com.hashinsight.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A verified model bundle folder: checksums checked, config read, feature-spec version matched.
 *
 * <p>The model version and the feature-spec version come from {@code model-card.json}. When the bundle also
 * contains {@code feature-spec.json}, its version must agree. An untrained smoke bundle ({@code "trained": false})
 * may lack a feature-spec version. It then loads with a warning, because its scores carry no meaning anyway.
 *
 * @param dir                the bundle folder
 * @param modelVersion       version of the weights, part of every cache key
 * @param featureSpecVersion version of the tokenizer feature spec the model was trained on, or {@code "none"} for a
 *                           smoke bundle without one
 * @param trained            false for the untrained smoke bundle
 * @param config             shape of the exported graphs
 */
public record ModelBundle(Path dir, String modelVersion, String featureSpecVersion, boolean trained,
        ModelConfig config) {

    static final String CONFIG_FILE = "config.json";
    public static final String FEATURE_SPEC_FILE = "feature-spec.json";
    static final String MODEL_CARD_FILE = "model-card.json";
    static final String NO_SPEC_VERSION = "none";

    private static final String SPEC_VERSION_FIELD = "feature_spec_version";
    private static final List<String> REQUIRED_FILES = List.of(HashTransGraphs.ENCODER_FILE,
            HashTransGraphs.ENCODER_STEP_FILE, HashTransGraphs.CONTEXT_FILE, HashTransGraphs.SCENARIO_SCORER_FILE,
            CONFIG_FILE);
    private static final Logger LOG = LoggerFactory.getLogger(ModelBundle.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Verifies and reads the bundle in {@code dir}.
     *
     * @param expectedSpecVersion the feature-spec version of the tokenizer in this app
     * @throws InferenceException when a checksum fails, a file is unreadable, or the spec versions differ. The
     *                            message names the file or both versions
     */
    public static ModelBundle open(Path dir, String expectedSpecVersion) throws InferenceException {
        int verified = BundleChecksums.verify(dir, REQUIRED_FILES);
        LOG.info("Model bundle {}: {} files match {}", dir, verified, BundleChecksums.FILE_NAME);

        ModelConfig config = readJson(dir.resolve(CONFIG_FILE), ModelConfig.class);
        Path cardFile = dir.resolve(MODEL_CARD_FILE);
        JsonNode card = readJson(cardFile, JsonNode.class);
        String modelVersion = text(card, "model_version", cardFile);
        boolean trained = card.path("trained").asBoolean(true);
        String specVersion = readFeatureSpecVersion(dir);

        if (specVersion.equals(NO_SPEC_VERSION) && !trained) {
            LOG.warn("Model {} is an untrained smoke bundle without a feature-spec version; its scores mean nothing",
                    modelVersion);
        } else if (!specVersion.equals(expectedSpecVersion)) {
            throw new InferenceException("inference.bundle.specMismatch", dir, specVersion, expectedSpecVersion);
        }
        return new ModelBundle(dir, modelVersion, specVersion, trained, config);
    }

    /**
     * Reads the feature-spec version from the model card and, when present, {@code feature-spec.json}, without
     * verifying checksums.
     *
     * @return the version, or {@value #NO_SPEC_VERSION} when the model card has none
     * @throws InferenceException when a file is unreadable or the two files disagree
     */
    static String readFeatureSpecVersion(Path dir) throws InferenceException {
        Path cardFile = dir.resolve(MODEL_CARD_FILE);
        JsonNode fromCard = readJson(cardFile, JsonNode.class).path(SPEC_VERSION_FIELD);
        String version = fromCard.isValueNode() && !fromCard.isNull() ? fromCard.asText() : NO_SPEC_VERSION;

        Path specFile = dir.resolve(FEATURE_SPEC_FILE);
        if (Files.isRegularFile(specFile)) {
            String fromSpec = text(readJson(specFile, JsonNode.class), SPEC_VERSION_FIELD, specFile);
            if (!fromSpec.equals(version)) {
                throw new InferenceException("inference.bundle.specFilesDisagree", cardFile, version, specFile,
                        fromSpec);
            }
        }
        return version;
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
