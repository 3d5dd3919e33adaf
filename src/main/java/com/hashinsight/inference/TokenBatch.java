package com.hashinsight.inference;

import java.util.List;

/**
 * S-tokens of {@code B} entities, left-padded to one length {@code L} in the encoder's layout: {@code sNum}
 * {@code [B, L, F_S]} with zeros on padding and {@code sType} {@code [B, L]} with 0 on padding.
 *
 * <p>{@code L} is at least 1, so an entity with no history becomes one padding token. The model masks padding at
 * every layer, which leaves the NS-tokens only their own context: the NS-only path.
 */
record TokenBatch(float[] sNum, long[] sType, int batch, int length, int featureWidth) {

    static TokenBatch leftPadded(List<SequenceTokens> rows, int featureWidth) {
        int length = 1;
        for (SequenceTokens row : rows) {
            if (row.featureWidth() != featureWidth) {
                throw new IllegalArgumentException("S-token width " + row.featureWidth()
                        + " does not match the model's F_S " + featureWidth);
            }
            length = Math.max(length, row.length());
        }
        float[] sNum = new float[rows.size() * length * featureWidth];
        long[] sType = new long[rows.size() * length];
        for (int b = 0; b < rows.size(); b++) {
            SequenceTokens row = rows.get(b);
            int padding = length - row.length();
            row.copyInto(sNum, (b * length + padding) * featureWidth, sType, b * length + padding);
        }
        return new TokenBatch(sNum, sType, rows.size(), length, featureWidth);
    }
}
