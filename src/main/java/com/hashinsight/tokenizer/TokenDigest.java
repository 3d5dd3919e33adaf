package com.hashinsight.tokenizer;

/**
 * Chained 64-bit fingerprint of S-tokens (multiply-xorshift over each token's type, time and
 * feature bits). Not cryptographic: it tells cache entries built from different token content
 * apart, it does not resist crafted collisions.
 */
final class TokenDigest {

    private static final long SEED = 0xcbf29ce484222325L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private TokenDigest() {
    }

    /** Returns the fingerprint of the sequence whose fingerprint is {@code previous} plus one token. */
    static long next(long previous, int typeId, long timeMillis, float[] row) {
        long hash = mix(SEED ^ previous, typeId);
        hash = mix(hash, timeMillis);
        for (float value : row) {
            hash = mix(hash, Float.floatToIntBits(value));
        }
        return hash;
    }

    private static long mix(long hash, long value) {
        long mixed = (hash ^ value) * GOLDEN_GAMMA;
        return mixed ^ (mixed >>> 31);
    }
}
