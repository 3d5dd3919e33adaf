package com.hashinsight.inference;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The S-tokens of one entity, oldest first, as the tokenizer writes them: {@code sNum} is {@code [L_S, F_S]}
 * row-major, {@code sType} is {@code [L_S]} with event types 1.. (0 is padding and never appears here, because
 * padding is added per batch).
 *
 * <p>The arrays are copied in, so an instance never changes after construction, and {@link #digest()} identifies the
 * exact content, including every float bit pattern. The digest is computed once per instance: every cache lookup
 * needs it, and a 500-miner workspace re-score would otherwise hash about 20 MB of tokens per slider move.
 */
public final class SequenceTokens {

    private final float[] sNum;
    private final long[] sType;
    private final int featureWidth;
    /** SHA-256 of the content, computed on first use; a benign race may compute the same string twice. */
    private volatile String digest;

    /**
     * @param sNum         features, {@code length * featureWidth} values
     * @param sType        event types, {@code length} values, each ≥ 1
     * @param featureWidth {@code F_S}, at least 1
     */
    public SequenceTokens(float[] sNum, long[] sType, int featureWidth) {
        if (featureWidth < 1) {
            throw new IllegalArgumentException("featureWidth must be ≥ 1, got " + featureWidth);
        }
        if ((long) sType.length * featureWidth != sNum.length) {
            throw new IllegalArgumentException("sNum has " + sNum.length + " values, expected sType.length "
                    + sType.length + " × featureWidth " + featureWidth);
        }
        for (int i = 0; i < sType.length; i++) {
            if (sType[i] < 1) {
                throw new IllegalArgumentException("sType[" + i + "] = " + sType[i] + ", expected ≥ 1 (0 is padding)");
            }
        }
        this.sNum = sNum.clone();
        this.sType = sType.clone();
        this.featureWidth = featureWidth;
    }

    /** Returns an empty history (a new miner) with the given feature width. */
    public static SequenceTokens empty(int featureWidth) {
        return new SequenceTokens(new float[0], new long[0], featureWidth);
    }

    /** {@code L_S}, the number of tokens. */
    public int length() {
        return sType.length;
    }

    /** Returns a copy of the features, {@code [L_S, F_S]} row-major. */
    public float[] sNum() {
        return sNum.clone();
    }

    /** Returns a copy of the event types, {@code [L_S]}. */
    public long[] sType() {
        return sType.clone();
    }

    /** {@code F_S}, the feature width. */
    public int featureWidth() {
        return featureWidth;
    }

    /** Returns tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public SequenceTokens slice(int from, int to) {
        return new SequenceTokens(Arrays.copyOfRange(sNum, from * featureWidth, to * featureWidth),
                Arrays.copyOfRange(sType, from, to), featureWidth);
    }

    /** Returns true when this sequence starts with all tokens of {@code prefix}, value for value. */
    public boolean startsWith(SequenceTokens prefix) {
        if (prefix.featureWidth != featureWidth || prefix.length() > length()) {
            return false;
        }
        int values = prefix.sNum.length;
        return Arrays.equals(sType, 0, prefix.length(), prefix.sType, 0, prefix.length())
                && Arrays.equals(sNum, 0, values, prefix.sNum, 0, values);
    }

    /** Returns the SHA-256 of the width, the types and the raw float bits, as 64 hex digits. */
    public String digest() {
        String computed = digest;
        if (computed == null) {
            computed = computeDigest();
            digest = computed;
        }
        return computed;
    }

    private String computeDigest() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
        ByteBuffer buffer = ByteBuffer.allocate(8 + sType.length * 8 + sNum.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(featureWidth).putInt(sType.length);
        buffer.asLongBuffer().put(sType);
        buffer.position(buffer.position() + sType.length * 8);
        for (float value : sNum) {
            buffer.putInt(Float.floatToRawIntBits(value));
        }
        sha.update(buffer.flip());
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Copies the features to {@code numTarget[numOffset..]} and the types to {@code typeTarget[typeOffset..]}. */
    void copyInto(float[] numTarget, int numOffset, long[] typeTarget, int typeOffset) {
        System.arraycopy(sNum, 0, numTarget, numOffset, sNum.length);
        System.arraycopy(sType, 0, typeTarget, typeOffset, sType.length);
    }

    /** Returns the heap size of the token arrays in bytes. */
    long heapBytes() {
        return sNum.length * 4L + sType.length * 8L;
    }

    /** Equality is by content: the width, the types and the features, value for value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SequenceTokens that && featureWidth == that.featureWidth
                && Arrays.equals(sType, that.sType) && Arrays.equals(sNum, that.sNum);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sType) + Arrays.hashCode(sNum);
    }

    @Override
    public String toString() {
        return "SequenceTokens[L_S=" + length() + ", F_S=" + featureWidth + "]";
    }
}
