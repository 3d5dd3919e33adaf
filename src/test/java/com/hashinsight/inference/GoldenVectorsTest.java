package com.hashinsight.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Java through DJL and ONNX Runtime reproduces the golden vectors that PyTorch wrote into the bundle
 * ({@code golden/golden.json} lists the arrays in {@code golden/golden.bin} and the cases that use them).
 */
class GoldenVectorsTest {

    /** Largest absolute difference allowed between PyTorch and ONNX Runtime. */
    private static final float GOLDEN_TOLERANCE = 1e-4f;

    private static HashTransModel model;
    private static JsonNode golden;
    private static ByteBuffer data;

    @BeforeAll
    static void load() throws Exception {
        model = TestModels.load(TestModels.LARGE_BUDGET_BYTES);
        Path dir = model.bundle().dir().resolve("golden");
        golden = new ObjectMapper().readTree(dir.resolve("golden.json").toFile());
        data = ByteBuffer.wrap(Files.readAllBytes(dir.resolve(golden.path("data_file").asText())))
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void bundleToleranceIsNoLooserThanOurs() {
        assertTrue((float) golden.path("tolerance").asDouble() <= GOLDEN_TOLERANCE, golden.path("tolerance").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"encode", "score", "encode_step", "score_after_step"})
    void graphOutputsMatchPyTorch(String caseName) {
        JsonNode testCase = findCase(caseName);
        String graph = testCase.path("graph").asText();
        try (NDManager manager = NDManager.newBaseManager("OnnxRuntime")) {
            NDList inputs = new NDList();
            for (String input : model.graphs().inputNames(graph)) {
                inputs.add(array(manager, testCase.path("inputs").path(input).asText()));
            }
            NDList outputs = model.graphs().run(graph, inputs);

            List<String> names = new ArrayList<>();
            testCase.path("outputs").fieldNames().forEachRemaining(names::add);
            assertTrue(!names.isEmpty(), caseName + " lists no outputs");
            for (String output : names) {
                String tensor = testCase.path("outputs").path(output).asText();
                NDArray actual = outputs.get(output);
                assertEquals(shape(tensor), actual.getShape(), caseName + "." + output + " shape");
                assertArrayEquals(floats(tensor), actual.toFloatArray(), GOLDEN_TOLERANCE, caseName + "." + output);
            }
        }
    }

    @Test
    void twoStageScoringMatchesPyTorchPerEntity() {
        JsonNode encode = findCase("encode");
        JsonNode score = findCase("score");
        String sNumName = encode.path("inputs").path("s_num").asText();
        float[] sNum = floats(sNumName);
        long[] sType = longs(encode.path("inputs").path("s_type").asText());
        float[] nsNum = floats(score.path("inputs").path("ns_num").asText());
        float[] candNum = floats(score.path("inputs").path("cand_num").asText());
        long[] candKind = longs(score.path("inputs").path("cand_kind").asText());
        float[] expectedPolicy = floats(score.path("outputs").path("policy_value").asText());
        float[] expectedFail = floats(score.path("outputs").path("fail_prob").asText());
        Shape sShape = shape(sNumName);
        int batch = (int) sShape.get(0);
        int length = (int) sShape.get(1);
        int featureWidth = (int) sShape.get(2);
        ModelConfig config = model.bundle().config();
        int fNs = config.featureWidthNs();
        int fC = config.featureWidthCand();
        int candidates = candKind.length / batch;

        for (int b = 0; b < batch; b++) {
            SequenceTokens row = realTokens(sNum, sType, b, length, featureWidth);
            List<Integer> real = new ArrayList<>();
            for (int n = 0; n < candidates; n++) {
                if (candKind[b * candidates + n] != 0) {
                    real.add(n);
                }
            }
            float[] rowCandidates = new float[real.size() * fC];
            long[] rowKinds = new long[real.size()];
            for (int i = 0; i < real.size(); i++) {
                int n = real.get(i);
                System.arraycopy(candNum, (b * candidates + n) * fC, rowCandidates, i * fC, fC);
                rowKinds[i] = candKind[b * candidates + n];
            }
            CandidateTokens request = new CandidateTokens(Arrays.copyOfRange(nsNum, b * fNs, (b + 1) * fNs),
                    rowCandidates, rowKinds, fC);

            EntityScores scores;
            try (KvCache.Lease history = model.encode("golden-" + b, row)) {
                scores = model.score(history, request);
            }

            assertEquals(expectedFail[b * candidates * 2 + 1], scores.failProb30d(), GOLDEN_TOLERANCE, "row " + b);
            for (int i = 0; i < real.size(); i++) {
                assertEquals(expectedPolicy[b * candidates + real.get(i)], scores.candidates().get(i).policyValue(),
                        GOLDEN_TOLERANCE, "row " + b + " candidate " + real.get(i));
            }
        }
    }

    /** Returns the real (non-padding) tokens of row {@code b} of a left-padded batch. */
    private static SequenceTokens realTokens(float[] sNum, long[] sType, int b, int length, int featureWidth) {
        int first = 0;
        while (first < length && sType[b * length + first] == 0) {
            first++;
        }
        return new SequenceTokens(
                Arrays.copyOfRange(sNum, (b * length + first) * featureWidth, (b + 1) * length * featureWidth),
                Arrays.copyOfRange(sType, b * length + first, (b + 1) * length), featureWidth);
    }

    private static JsonNode findCase(String name) {
        for (JsonNode testCase : golden.path("cases")) {
            if (testCase.path("name").asText().equals(name)) {
                return testCase;
            }
        }
        throw new AssertionError("golden.json has no case " + name);
    }

    private static NDArray array(NDManager manager, String tensor) {
        String dtype = golden.path("tensors").path(tensor).path("dtype").asText();
        return switch (dtype) {
            case "float32" -> manager.create(floats(tensor), shape(tensor));
            case "int64" -> manager.create(longs(tensor), shape(tensor));
            default -> throw new AssertionError("unsupported dtype " + dtype + " of " + tensor);
        };
    }

    private static Shape shape(String tensor) {
        JsonNode dims = golden.path("tensors").path(tensor).path("shape");
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i).asLong();
        }
        return new Shape(shape);
    }

    private static ByteBuffer slice(String tensor) {
        JsonNode info = golden.path("tensors").path(tensor);
        if (info.isMissingNode()) {
            throw new AssertionError("golden.json has no tensor " + tensor);
        }
        return data.slice(info.path("offset").asInt(), info.path("bytes").asInt()).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static float[] floats(String tensor) {
        float[] values = new float[slice(tensor).remaining() / Float.BYTES];
        slice(tensor).asFloatBuffer().get(values);
        return values;
    }

    private static long[] longs(String tensor) {
        long[] values = new long[slice(tensor).remaining() / Long.BYTES];
        slice(tensor).asLongBuffer().get(values);
        return values;
    }
}
