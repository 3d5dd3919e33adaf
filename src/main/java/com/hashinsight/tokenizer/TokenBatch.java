package com.hashinsight.tokenizer;

import java.util.List;

/**
 * Entities' tokens packed into flat row-major arrays in the tensor contract's shapes, ready for
 * {@code .npy} files or ONNX Runtime tensors.
 *
 * @param batch       B
 * @param sLength     L_S (0 when no S-tokens are packed)
 * @param candidates  N (0 when no candidates are packed)
 * @param sNum        float32 [B, L_S, F_S], left-padded with zeros
 * @param sType       int64 [B, L_S], 0 on padding
 * @param nsNum       float32 [B, F_NS]
 * @param candNum     float32 [B, N, F_C], zeros on padding
 * @param candKind    int64 [B, N], 0 on padding
 */
public record TokenBatch(int batch, int sLength, int candidates, float[] sNum, long[] sType, float[] nsNum,
        float[] candNum, long[] candKind) {

    /**
     * Packs entities into a batch. Each S sequence is right-aligned in {@code sLength} columns; a longer
     * one keeps its newest {@code sLength} tokens. Candidate lists shorter than {@code candidates} are
     * padded with kind 0 and zero rows.
     *
     * @param sequences       S-tokens per entity
     * @param contexts        F_NS row per entity
     * @param candidateRows   F_C rows per entity
     * @param candidateKinds  {@link CandidateKind#id()} per candidate per entity
     * @throws IllegalArgumentException when the lists differ in size, a row has the wrong width or an
     *         entity has more than {@code candidates} candidates
     */
    public static TokenBatch pack(List<STokenSequence> sequences, List<float[]> contexts, List<List<float[]>> candidateRows,
            List<long[]> candidateKinds, int sLength, int candidates) {
        int batch = sequences.size();
        if (contexts.size() != batch || candidateRows.size() != batch || candidateKinds.size() != batch) {
            throw new IllegalArgumentException("need one context, candidate list and kind list per sequence, got "
                    + batch + " sequences, " + contexts.size() + " contexts, " + candidateRows.size() + " candidate lists and "
                    + candidateKinds.size() + " kind lists");
        }
        int fS = SFeatures.LAYOUT.width();
        int fNs = NsFeatures.LAYOUT.width();
        int fC = CandidateFeatures.LAYOUT.width();
        float[] sNum = new float[batch * sLength * fS];
        long[] sType = new long[batch * sLength];
        float[] nsNum = new float[batch * fNs];
        float[] candNum = new float[batch * candidates * fC];
        long[] candKind = new long[batch * candidates];
        for (int b = 0; b < batch; b++) {
            STokenSequence sequence = sequences.get(b);
            int kept = Math.min(sequence.length(), sLength);
            int from = sequence.length() - kept;
            int pad = sLength - kept;
            sequence.copyFeatures(from, sNum, (b * sLength + pad) * fS);
            sequence.copyTypes(from, sType, b * sLength + pad);

            float[] context = contexts.get(b);
            requireWidth(context, fNs, "ns_num", b);
            System.arraycopy(context, 0, nsNum, b * fNs, fNs);

            List<float[]> rows = candidateRows.get(b);
            long[] kinds = candidateKinds.get(b);
            if (rows.size() != kinds.length || rows.size() > candidates) {
                throw new IllegalArgumentException("entity " + b + " has " + rows.size() + " candidate rows and "
                        + kinds.length + " kinds; both must be equal and at most " + candidates);
            }
            for (int n = 0; n < rows.size(); n++) {
                requireWidth(rows.get(n), fC, "cand_num", b);
                System.arraycopy(rows.get(n), 0, candNum, (b * candidates + n) * fC, fC);
                candKind[b * candidates + n] = kinds[n];
            }
        }
        return new TokenBatch(batch, sLength, candidates, sNum, sType, nsNum, candNum, candKind);
    }

    private static void requireWidth(float[] row, int width, String tensor, int entity) {
        if (row.length != width) {
            throw new IllegalArgumentException(tensor + " row of entity " + entity + " has " + row.length
                    + " features, expected " + width);
        }
    }
}
