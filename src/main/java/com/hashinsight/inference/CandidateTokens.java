package com.hashinsight.inference;

import java.util.Arrays;

/**
 * NS-side input of one entity: its context features and the candidates to score.
 *
 * @param nsNum        context features {@code [F_NS]}: client, site/contract, miner model, market, scenario
 * @param candNum      candidate features {@code [N, F_C]}, row-major
 * @param candKind     candidate kinds {@code [N]}: 1 A/B/C preset, 2 site/contract, 3 config preset, 4 curtailment
 *                     policy (0 is padding and never appears here)
 * @param featureWidth {@code F_C}, at least 1
 */
public record CandidateTokens(float[] nsNum, float[] candNum, long[] candKind, int featureWidth) {

    public CandidateTokens {
        if (featureWidth < 1) {
            throw new IllegalArgumentException("featureWidth must be ≥ 1, got " + featureWidth);
        }
        if (candKind.length == 0) {
            throw new IllegalArgumentException("at least one candidate is required");
        }
        if ((long) candKind.length * featureWidth != candNum.length) {
            throw new IllegalArgumentException("candNum has " + candNum.length + " values, expected candKind.length "
                    + candKind.length + " × featureWidth " + featureWidth);
        }
        for (int i = 0; i < candKind.length; i++) {
            if (candKind[i] < 1 || candKind[i] > 4) {
                throw new IllegalArgumentException("candKind[" + i + "] = " + candKind[i] + ", expected 1..4");
            }
        }
        nsNum = nsNum.clone();
        candNum = candNum.clone();
        candKind = candKind.clone();
    }

    /** {@code N}, the number of candidates. */
    public int count() {
        return candKind.length;
    }

    @Override
    public float[] nsNum() {
        return nsNum.clone();
    }

    @Override
    public float[] candNum() {
        return candNum.clone();
    }

    @Override
    public long[] candKind() {
        return candKind.clone();
    }

    /** {@code F_NS}, the context feature width. */
    public int nsWidth() {
        return nsNum.length;
    }

    /** Copies the context, candidate features and kinds to the targets at the given offsets. */
    void copyInto(float[] nsTarget, int nsOffset, float[] candTarget, int candOffset, long[] kindTarget,
            int kindOffset) {
        System.arraycopy(nsNum, 0, nsTarget, nsOffset, nsNum.length);
        System.arraycopy(candNum, 0, candTarget, candOffset, candNum.length);
        System.arraycopy(candKind, 0, kindTarget, kindOffset, candKind.length);
    }

    /** Equality is by content, unlike the default record equality over array references. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CandidateTokens that && featureWidth == that.featureWidth
                && Arrays.equals(nsNum, that.nsNum) && Arrays.equals(candNum, that.candNum)
                && Arrays.equals(candKind, that.candKind);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(candNum) * 31 + Arrays.hashCode(nsNum);
    }

    @Override
    public String toString() {
        return "CandidateTokens[N=" + count() + ", F_NS=" + nsNum.length + ", F_C=" + featureWidth + "]";
    }
}
