package com.hashinsight.inference;

import java.util.List;

/**
 * NS-side inputs of {@code B} entities in the scorer's layout: {@code nsNum [B, F_NS]}, {@code candNum [B, N, F_C]}
 * and {@code candKind [B, N]}. Entities with fewer than {@code N} candidates are padded with kind 0 and zero
 * features. A candidate token never attends to another candidate, so padding does not change real outputs.
 */
record CandidateBatch(float[] nsNum, float[] candNum, long[] candKind, int batch, int candidates, int nsWidth,
        int candWidth) {

    static CandidateBatch padded(List<CandidateTokens> rows, int nsWidth, int candWidth) {
        int candidates = 1;
        for (CandidateTokens row : rows) {
            if (row.nsWidth() != nsWidth || row.featureWidth() != candWidth) {
                throw new IllegalArgumentException("NS width " + row.nsWidth() + " and candidate width "
                        + row.featureWidth() + " do not match the model's F_NS " + nsWidth + " and F_C " + candWidth);
            }
            candidates = Math.max(candidates, row.count());
        }
        float[] nsNum = new float[rows.size() * nsWidth];
        float[] candNum = new float[rows.size() * candidates * candWidth];
        long[] candKind = new long[rows.size() * candidates];
        for (int b = 0; b < rows.size(); b++) {
            rows.get(b).copyInto(nsNum, b * nsWidth, candNum, b * candidates * candWidth, candKind, b * candidates);
        }
        return new CandidateBatch(nsNum, candNum, candKind, rows.size(), candidates, nsWidth, candWidth);
    }
}
