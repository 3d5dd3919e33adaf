package com.hashinsight.inference;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The four exported graphs, loaded through DJL's ONNX Runtime engine.
 *
 * <ul>
 *   <li>{@code encoder.onnx}: {@code s_num [B, L_S, F_S], s_type [B, L_S]} to the cache.</li>
 *   <li>{@code encoder_step.onnx}: {@code s_num [B, M, F_S], s_type [B, M]} and a past cache
 *       ({@code past_s_k_l, ...}) to the cache with {@code M} tokens appended.</li>
 *   <li>{@code context.onnx}: {@code ns_num [B, F_NS]} and a cache to the context cache {@code ctx_k_l, ctx_v_l
 *       [B, H, C - 1, Dh]}, the K/V of the context tokens before the scenario token. It reads no scenario column.</li>
 *   <li>{@code scenario_scorer.onnx}: {@code ns_num [B, F_NS], cand_num [B, N, F_C], cand_kind [B, N]}, a cache and
 *       a context cache to the six head outputs. Only the scenario token and the candidates run.</li>
 * </ul>
 * The cache is {@code s_k_l, s_v_l [B, H, W_l, Dh]} and {@code s_mask_l [B, W_l]} (float, 1 = kept real token) for
 * each layer {@code l}. Inputs are passed by position, and {@link #load} checks the graphs' input names.
 *
 * <p>Output arrays are attached to the manager of the first input, which each method creates in its
 * {@code target} manager, so the caller decides their lifetime. Thread-safe: ONNX Runtime sessions allow concurrent
 * runs.
 */
final class HashTransGraphs implements AutoCloseable {

    static final String ENCODER_FILE = "encoder.onnx";
    static final String ENCODER_STEP_FILE = "encoder_step.onnx";
    static final String CONTEXT_FILE = "context.onnx";
    static final String SCENARIO_SCORER_FILE = "scenario_scorer.onnx";

    static final List<String> OUTPUT_NAMES =
            List.of("site_score", "policy_value", "config_value", "config_risk", "fail_prob", "profit_q");

    /** System property: intra-op threads of the two encoder graphs; 0 lets ONNX Runtime choose one per core. */
    static final String THREADS_PROPERTY = "hashinsight.inference.threads";

    private static final String ENGINE = "OnnxRuntime";

    private final ModelConfig config;
    private final Model encoder;
    private final Model encoderStep;
    private final Model context;
    private final Model scorer;
    private final NDManager cacheManager;

    private HashTransGraphs(ModelConfig config, Model encoder, Model encoderStep, Model context, Model scorer,
            Device device) {
        this.config = config;
        this.encoder = encoder;
        this.encoderStep = encoderStep;
        this.context = context;
        this.scorer = scorer;
        this.cacheManager = NDManager.newBaseManager(device, ENGINE);
        this.cacheManager.setName("hashtrans-kv-cache");
    }

    /**
     * Loads the four graphs from {@code dir} on {@code device}.
     *
     * @throws InferenceException when a graph cannot be loaded or its inputs differ from the expected names
     */
    static HashTransGraphs load(Path dir, ModelConfig config, Device device) throws InferenceException {
        List<Model> loaded = new ArrayList<>();
        try {
            Model encoder = loadGraph(dir, ENCODER_FILE, device, loaded);
            Model encoderStep = loadGraph(dir, ENCODER_STEP_FILE, device, loaded);
            Model context = loadGraph(dir, CONTEXT_FILE, device, loaded);
            Model scorer = loadGraph(dir, SCENARIO_SCORER_FILE, device, loaded);
            List<String> cache = cacheNames(config.layers(), "");
            checkInputs(dir, ENCODER_FILE, encoder, List.of("s_num", "s_type"));
            checkInputs(dir, ENCODER_STEP_FILE, encoderStep,
                    concat(List.of("s_num", "s_type"), cacheNames(config.layers(), "past_")));
            checkInputs(dir, CONTEXT_FILE, context, concat(List.of("ns_num"), cache));
            checkInputs(dir, SCENARIO_SCORER_FILE, scorer, concat(concat(List.of("ns_num", "cand_num", "cand_kind"),
                    cache), contextNames(config.layers())));
            return new HashTransGraphs(config, encoder, encoderStep, context, scorer, device);
        } catch (InferenceException | RuntimeException e) {
            loaded.forEach(Model::close);
            throw e;
        }
    }

    private static Model loadGraph(Path dir, String file, Device device, List<Model> loaded)
            throws InferenceException {
        String name = file.substring(0, file.length() - ".onnx".length());
        Model model = Model.newInstance(name, device, ENGINE);
        loaded.add(model);
        try {
            model.load(dir, name, sessionOptions(file));
            return model;
        } catch (IOException | MalformedModelException | EngineException e) {
            throw new InferenceException(e, "inference.load.graphFailed", dir.resolve(file), e.getMessage());
        }
    }

    /**
     * Returns the ONNX Runtime session options of one graph. The context graph and the scorer run a few hundred small
     * nodes per call, where waking worker threads costs more than it saves, so they always run on the calling
     * thread. The encoders use {@value #THREADS_PROPERTY} threads, default 1: on a 2-core machine shared with the UI,
     * an L_S = 1,024 encode measured 181 ms with 1 thread and 545 ms with ONNX Runtime's default pool (0).
     */
    private static Map<String, String> sessionOptions(String file) {
        boolean encoder = file.equals(ENCODER_FILE) || file.equals(ENCODER_STEP_FILE);
        String threads = encoder ? System.getProperty(THREADS_PROPERTY, "1") : "1";
        // DJL 0.38 applies intraOpNumThreads only when interOpNumThreads is set too.
        return Map.of("interOpNumThreads", "1", "intraOpNumThreads", threads);
    }

    private static void checkInputs(Path dir, String file, Model model, List<String> expected)
            throws InferenceException {
        List<String> actual = model.getBlock().describeInput().keys();
        if (!actual.equals(expected)) {
            throw new InferenceException("inference.load.inputsMismatch", dir.resolve(file), expected, actual);
        }
    }

    /** Returns {@code s_k_0, s_v_0, s_mask_0, s_k_1, ...} with {@code prefix} before each name. */
    static List<String> cacheNames(int layers, String prefix) {
        List<String> names = new ArrayList<>(3 * layers);
        for (int layer = 0; layer < layers; layer++) {
            names.add(prefix + "s_k_" + layer);
            names.add(prefix + "s_v_" + layer);
            names.add(prefix + "s_mask_" + layer);
        }
        return names;
    }

    /** Returns {@code ctx_k_0, ctx_v_0, ctx_k_1, ...}. */
    static List<String> contextNames(int layers) {
        List<String> names = new ArrayList<>(2 * layers);
        for (int layer = 0; layer < layers; layer++) {
            names.add("ctx_k_" + layer);
            names.add("ctx_v_" + layer);
        }
        return names;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    ModelConfig config() {
        return config;
    }

    /** Returns a new manager for one cache entry's arrays; closing it frees them. */
    NDManager newEntryManager() {
        return cacheManager.newSubManager();
    }

    /** Runs Stage I over a left-padded batch; the returned cache is attached to {@code target}. */
    NDList encode(NDManager target, TokenBatch tokens) {
        NDList inputs = tokenInputs(target, tokens);
        try {
            return forward(encoder, inputs);
        } finally {
            inputs.close();
        }
    }

    /** Appends {@code tokens} to {@code past} and returns the whole new cache, attached to {@code target}. */
    NDList encodeStep(NDManager target, NDList past, TokenBatch tokens) {
        NDList own = tokenInputs(target, tokens);
        NDList inputs = new NDList(own);
        inputs.addAll(past);
        try {
            return forward(encoderStep, inputs);
        } finally {
            own.close();
        }
    }

    /**
     * Computes the context cache of every batch row from {@code nsNum [B, F_NS]} and {@code cache}. The result is
     * attached to {@code target}.
     */
    NDList encodeContext(NDManager target, NDList cache, float[] nsNum, int batch) {
        NDArray ns = target.create(nsNum, new Shape(batch, config.featureWidthNs()));
        NDList inputs = new NDList(ns);
        inputs.addAll(cache);
        try {
            return forward(context, inputs);
        } finally {
            ns.close();  // the cache arrays belong to their entry
        }
    }

    /** Runs Stage II for every candidate of every batch row against {@code cache} and {@code contextCache}. */
    ScoreOutputs score(NDList cache, NDList contextCache, CandidateBatch candidates) {
        try (NDManager call = scorer.getNDManager().newSubManager()) {
            int b = candidates.batch();
            int n = candidates.candidates();
            NDList inputs = new NDList(
                    call.create(candidates.nsNum(), new Shape(b, candidates.nsWidth())),
                    call.create(candidates.candNum(), new Shape(b, n, candidates.candWidth())),
                    call.create(candidates.candKind(), new Shape(b, n)));
            inputs.addAll(cache);
            inputs.addAll(contextCache);
            NDList outputs = forward(scorer, inputs);
            return ScoreOutputs.read(outputs, b, n);
        }
    }

    /**
     * Runs one graph by file name on inputs in the graph's input order. The outputs are attached to the manager of
     * the first input. For golden-vector checks, which feed the graphs directly.
     */
    NDList run(String file, NDList inputs) {
        return forward(graph(file), inputs);
    }

    /** Returns the input names of one graph, in order. */
    List<String> inputNames(String file) {
        return graph(file).getBlock().describeInput().keys();
    }

    private Model graph(String file) {
        return switch (file) {
            case ENCODER_FILE -> encoder;
            case ENCODER_STEP_FILE -> encoderStep;
            case CONTEXT_FILE -> context;
            case SCENARIO_SCORER_FILE -> scorer;
            default -> throw new IllegalArgumentException("unknown graph " + file);
        };
    }

    private static NDList tokenInputs(NDManager target, TokenBatch tokens) {
        int b = tokens.batch();
        int l = tokens.length();
        return new NDList(
                target.create(tokens.sNum(), new Shape(b, l, tokens.featureWidth())),
                target.create(tokens.sType(), new Shape(b, l)));
    }

    private static NDList forward(Model model, NDList inputs) {
        return model.getBlock().forward(new ParameterStore(), inputs, false);
    }

    @Override
    public void close() {
        cacheManager.close();
        encoder.close();
        encoderStep.close();
        context.close();
        scorer.close();
    }

    /** Returns the native arrays held outside the KV cache, which is 0 between calls unless something leaks. */
    int liveCallArrays() {
        return encoder.getNDManager().getManagedArrays().size() + encoderStep.getNDManager().getManagedArrays().size()
                + context.getNDManager().getManagedArrays().size() + scorer.getNDManager().getManagedArrays().size();
    }

    /** Returns the native arrays held by cache entries, including entries evicted but still leased. */
    int liveCacheArrays() {
        return cacheManager.getManagedArrays().size();
    }
}
