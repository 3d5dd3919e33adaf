package com.hashinsight.tokenizer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Hashes free-text categories (error codes, event types, regions, firmware) into a fixed number of
 * buckets, so an unseen value still gets a column and the vocabulary never grows.
 */
public final class FeatureHash {

    /** The rule as the feature spec states it. */
    public static final String DESCRIPTION =
            "fnv1a_32(utf8(lowercase(trim(value)))) mod buckets, as an unsigned 32-bit integer";

    private static final int FNV_OFFSET_BASIS = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private FeatureHash() {
    }

    /** Returns the 32-bit FNV-1a hash of the lowercased, trimmed UTF-8 bytes of {@code value}. */
    public static int fnv1a32(String value) {
        int hash = FNV_OFFSET_BASIS;
        for (byte b : value.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /** Returns the bucket of {@code value} in 0..buckets-1. */
    public static int bucket(String value, int buckets) {
        return (int) (Integer.toUnsignedLong(fnv1a32(value)) % buckets);
    }
}
