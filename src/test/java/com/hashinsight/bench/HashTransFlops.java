package com.hashinsight.bench;

import com.hashinsight.inference.ModelConfig;

/**
 * Estimated FLOPs of the matrix products in the exported graphs (a multiply-add counts 2), from the model structure:
 * the per-type S projection, Q/K/V and output projections, attention scores and sums, and the FFNs. Element-wise
 * ops, norms, softmax and the heads are left out, so these are lower bounds; the ratio of two of them is the most
 * that skipping Stage I can save when time follows FLOPs.
 */
final class HashTransFlops {

    private HashTransFlops() {
    }

    /** Columns of layer {@code layer} for a batch of length {@code length}: the pyramid's slice length. */
    static long width(ModelConfig config, long length, int layer) {
        if (config.layers() == 1 || layer == 0) {
            return length;
        }
        long anchor = length / config.pyramidBlock() * config.pyramidBlock();
        long start = layer * Math.max(anchor - config.pyramidMinS(), 0) / (config.layers() - 1);
        return Math.min(length, anchor - start + config.pyramidBlock() - 1);
    }

    /** Stage I of one entity with {@code length} S-tokens. */
    static double encode(ModelConfig config, long length) {
        long d = config.width();
        long ffn = (long) config.ffnMultiplier() * d;
        // The S tokenizer projects every token with every type's weights, then keeps its own type's row.
        double flops = 2.0 * length * config.featureWidthS() * d * config.sTypes();
        for (int layer = 0; layer < config.layers(); layer++) {
            long keys = width(config, length, layer);
            flops += 2.0 * 2 * keys * d * d;
            if (layer == config.layers() - 1) {
                break;
            }
            long queries = width(config, length, layer + 1);
            flops += 2.0 * queries * d * d;
            flops += 2.0 * 2 * queries * keys * d;
            flops += 2.0 * queries * d * d + 2.0 * 2 * queries * d * ffn;
        }
        return flops;
    }

    /** Counts the context graph of one entity: the C - 1 context tokens before the scenario token, every layer. */
    static double context(ModelConfig config, long length) {
        long d = config.width();
        long ffn = (long) config.ffnMultiplier() * d;
        long tokens = config.cachedContextTokens();
        double flops = 0;
        for (int layer = 0; layer < config.layers(); layer++) {
            flops += 2.0 * tokens * d * 3 * d;
            if (layer == config.layers() - 1) {
                break;  // the last layer gives K/V only
            }
            flops += 2.0 * 2 * tokens * (width(config, length, layer) + tokens) * d;
            flops += 2.0 * tokens * d * d + 2.0 * 2 * tokens * d * ffn;
        }
        return flops;
    }

    /**
     * Stage II of one entity with {@code length} S-tokens and {@code candidates} candidates, with the context cache:
     * the scenario token and the candidates, every layer.
     */
    static double score(ModelConfig config, long length, long candidates) {
        long d = config.width();
        long ffn = (long) config.ffnMultiplier() * d;
        long context = config.nsTokens() - 1;
        long rows = 1 + candidates;
        double flops = 2.0 * candidates * (config.featureWidthCand() * d + d * d);
        for (int layer = 0; layer < config.layers(); layer++) {
            long keys = width(config, length, layer);
            flops += 2.0 * rows * d * 3 * d + 2.0 * rows * d * d + 2.0 * 2 * rows * d * ffn;
            // The scenario row attends to the S keys and the context. A candidate row also attends to itself.
            flops += 2.0 * 2 * (keys + context) * d + 2.0 * 2 * candidates * (keys + context + 1) * d;
        }
        return flops;
    }

    /**
     * (Stage I + context + Stage II) / Stage II: the FLOP-ratio limit of the speed-up when a request finds both the
     * Stage I entry and the context entry cached.
     */
    static double cacheLimit(ModelConfig config, long length, long candidates) {
        double stageTwo = score(config, length, candidates);
        return (encode(config, length) + context(config, length) + stageTwo) / stageTwo;
    }
}
