package com.hashinsight.inference;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Shared setup of the tests that run the real model bundle through DJL, and random but valid inputs for it. */
final class TestModels {

    /** Tolerance between two runs of the same ONNX graphs on the same inputs. */
    static final float SAME_GRAPH_TOLERANCE = 1e-5f;

    /** Cache budget large enough that no test entry is evicted unless a test wants it. */
    static final long LARGE_BUDGET_BYTES = 256L << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestModels() {
    }

    /** Returns the bundle folder, or skips the test with the reason when no bundle is installed. */
    static Path bundleDir() {
        Path dir;
        try {
            dir = ModelLocator.locate();
        } catch (InferenceException e) {
            assumeTrue(false, "model bundle not installed: " + e.getMessage());
            throw new AssertionError(e);
        }
        assumeTrue(Files.isRegularFile(dir.resolve(HashTransGraphs.ENCODER_FILE)),
                "model bundle at " + dir + " has no " + HashTransGraphs.ENCODER_FILE + " yet");
        return dir;
    }

    /** Opens the installed bundle with its own feature-spec version; tests of the version check pass another. */
    static ModelBundle bundle() throws InferenceException {
        Path dir = bundleDir();
        return ModelBundle.open(dir, ModelBundle.readFeatureSpecVersion(dir));
    }

    static HashTransModel load(long budgetBytes) throws InferenceException {
        return HashTransModel.load(bundle(), budgetBytes);
    }

    /**
     * Copies the installed bundle to {@code target}, edits its model card and rewrites every checksum, so that tests
     * can load bundles with other metadata through the normal, verified path.
     */
    static void copyBundle(Path target, UnaryOperator<ObjectNode> editCard) throws IOException {
        Path source = bundleDir().toRealPath();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Path card = target.resolve(ModelBundle.MODEL_CARD_FILE);
        ObjectNode edited = editCard.apply((ObjectNode) JSON.readTree(card.toFile()));
        JSON.writeValue(card.toFile(), edited);
        matchSpecToCard(target, edited);

        StringBuilder checksums = new StringBuilder();
        for (String line : Files.readAllLines(target.resolve(BundleChecksums.FILE_NAME))) {
            String name = line.substring(66);
            if (Files.isRegularFile(target.resolve(name))) {
                checksums.append(sha256(target.resolve(name))).append("  ").append(name).append('\n');
            }
        }
        Files.writeString(target.resolve(BundleChecksums.FILE_NAME), checksums);
    }

    /**
     * Keeps the copy's {@code feature-spec.json} consistent with an edited model card: it takes the card's
     * feature-spec version, or is removed when the card has none, so that tests of the version check see one version.
     */
    private static void matchSpecToCard(Path bundle, ObjectNode card) throws IOException {
        Path spec = bundle.resolve(ModelBundle.FEATURE_SPEC_FILE);
        if (!Files.isRegularFile(spec)) {
            return;
        }
        JsonNode version = card.path("feature_spec_version");
        if (version.isMissingNode() || version.isNull()) {
            Files.delete(spec);
            return;
        }
        ObjectNode edited = (ObjectNode) JSON.readTree(spec.toFile());
        edited.set("feature_spec_version", version);
        JSON.writeValue(spec.toFile(), edited);
    }

    private static String sha256(Path file) {
        try {
            return BundleChecksums.sha256(file);
        } catch (InferenceException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns {@code length} S-tokens with types 1..sTypes-1 and features in -1..1. */
    static SequenceTokens history(ModelConfig config, int length, long seed) {
        Random random = new Random(seed);
        float[] sNum = new float[length * config.featureWidthS()];
        long[] sType = new long[length];
        for (int i = 0; i < sNum.length; i++) {
            sNum[i] = random.nextFloat() * 2 - 1;
        }
        for (int i = 0; i < length; i++) {
            sType[i] = 1 + random.nextInt(config.sTypes() - 1);
        }
        return new SequenceTokens(sNum, sType, config.featureWidthS());
    }

    /** Returns a context and {@code count} candidates of kind 1..4 with features in -1..1. */
    static CandidateTokens candidates(ModelConfig config, int count, long seed) {
        Random random = new Random(seed);
        float[] nsNum = new float[config.featureWidthNs()];
        float[] candNum = new float[count * config.featureWidthCand()];
        long[] candKind = new long[count];
        for (int i = 0; i < nsNum.length; i++) {
            nsNum[i] = random.nextFloat() * 2 - 1;
        }
        for (int i = 0; i < candNum.length; i++) {
            candNum[i] = random.nextFloat() * 2 - 1;
        }
        for (int i = 0; i < count; i++) {
            candKind[i] = 1 + random.nextInt(4);
        }
        return new CandidateTokens(nsNum, candNum, candKind, config.featureWidthCand());
    }

    /** Returns every output value of {@code scores} in a fixed order, for element-wise comparison. */
    static double[] flatten(EntityScores scores) {
        Stream<Double> entity = Stream.of(scores.failProb7d(), scores.failProb30d(),
                scores.profit().days30().p10(), scores.profit().days30().p50(), scores.profit().days30().p90(),
                scores.profit().days90().p10(), scores.profit().days90().p50(), scores.profit().days90().p90(),
                scores.profit().days365().p10(), scores.profit().days365().p50(), scores.profit().days365().p90());
        Stream<Double> perCandidate = scores.candidates().stream().flatMap(c -> Stream.of(c.siteScore(),
                c.policyValue(), c.configValue(), c.configRisk()));
        return Stream.concat(entity, perCandidate).mapToDouble(Double::doubleValue).toArray();
    }
}
