package com.hashinsight.inference;

/**
 * The model's pyramid window rule, which decides when appending S-tokens to a cached encoding is exact.
 *
 * <p>Positions count real S-tokens from the sequence start. With {@code n} real tokens the window anchor is
 * {@code A = floor(n / block) * block}, the length of the completed blocks. Layer {@code l} keeps positions
 * {@code p >= floor(l * max(A - minS, 0) / (layers - 1))}, so the kept count shrinks linearly from {@code n} at layer 0
 * to {@code minS + (n - A)} at the last layer, and every token of the open block is kept at every layer. The kept
 * sets depend on {@code A} only: appending tokens within one block changes no earlier token's state, so the K/V of
 * the new tokens alone can be computed and appended. Crossing a block boundary moves {@code A} and needs a full
 * re-encode.
 *
 * @param block  {@code pyramid_block} of the model config, ≥ 1
 * @param minS   {@code pyramid_min_s}, S-tokens of completed blocks that the last layer keeps, ≥ 0
 * @param layers {@code n_layers}, ≥ 1
 */
public record PyramidWindow(int block, int minS, int layers) {

    public PyramidWindow {
        if (block < 1 || minS < 0 || layers < 1) {
            throw new IllegalArgumentException("expected block ≥ 1, minS ≥ 0, layers ≥ 1, got block=" + block
                    + ", minS=" + minS + ", layers=" + layers);
        }
    }

    /** Returns {@code A}, the number of real tokens in completed blocks. */
    public int anchor(int realTokens) {
        return realTokens / block * block;
    }

    /** Returns whether {@code total} tokens may reuse an encoding of their first {@code cached}: same anchor. */
    public boolean canAppend(int cached, int total) {
        return total >= cached && anchor(cached) == anchor(total);
    }

    /** Returns the first position that {@code layer} keeps for {@code realTokens} tokens. */
    public int keptStart(int realTokens, int layer) {
        if (layers == 1) {
            return 0;
        }
        long excess = Math.max(anchor(realTokens) - minS, 0);
        return (int) (layer * excess / (layers - 1));
    }

    /** Returns how many tokens {@code layer} keeps for {@code realTokens} tokens. */
    public int keptCount(int realTokens, int layer) {
        return realTokens - keptStart(realTokens, layer);
    }
}
