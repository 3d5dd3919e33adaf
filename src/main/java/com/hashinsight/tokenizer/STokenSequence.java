package com.hashinsight.tokenizer;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The S-tokens of one entity at one scoring time, oldest first, without padding.
 *
 * <p>Immutable. {@link #digest()} fingerprints the exact token content (types, times and feature
 * bits), and {@link #digestAt(int)} the first {@code n} tokens, so a K/V cache entry built from a
 * prefix can be checked against a longer sequence before it is reused.
 */
public final class STokenSequence {

    private final WindowRule rule;
    private final int maxTokens;
    private final Instant scoringTime;
    private final Instant blockStart;
    private final float[] features;
    private final int[] types;
    private final long[] timesMillis;
    private final long[] digests;
    private final int appendedFrom;
    private final boolean priceMarketRtm;

    STokenSequence(WindowRule rule, int maxTokens, Instant scoringTime, float[] features, int[] types,
            long[] timesMillis, long[] digests, int appendedFrom, boolean priceMarketRtm) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.maxTokens = maxTokens;
        this.scoringTime = Objects.requireNonNull(scoringTime, "scoringTime");
        this.blockStart = rule.blockStart(scoringTime);
        this.features = features;
        this.types = types;
        this.timesMillis = timesMillis;
        this.digests = digests;
        this.appendedFrom = appendedFrom;
        this.priceMarketRtm = priceMarketRtm;
        if (features.length != types.length * SFeatures.LAYOUT.width() || timesMillis.length != types.length
                || digests.length != types.length) {
            throw new IllegalArgumentException("token arrays disagree in length");
        }
    }

    public WindowRule rule() {
        return rule;
    }

    /** The L_S limit the sequence was built with; older tokens beyond it were dropped. */
    public int maxTokens() {
        return maxTokens;
    }

    /** Time the tokens were built for; every token's data is strictly older. */
    public Instant scoringTime() {
        return scoringTime;
    }

    /** Block start A of {@link #scoringTime()} under {@link #rule()}. */
    public Instant blockStart() {
        return blockStart;
    }

    /** Number of tokens. */
    public int length() {
        return types.length;
    }

    /**
     * Index of the first token that the last {@link SequenceBuilder#extend} appended; 0 for a
     * sequence built from scratch. Tokens before it are identical to the previous sequence's.
     */
    public int appendedFrom() {
        return appendedFrom;
    }

    /** {@link SType#id()} of token {@code i}. */
    public int type(int i) {
        return types[i];
    }

    /** Time of token {@code i}: the sample, interval or event time, or a summary window's end. */
    public Instant time(int i) {
        return Instant.ofEpochMilli(timesMillis[i]);
    }

    /** Returns a copy of token {@code i}'s F_S features. */
    public float[] row(int i) {
        int width = SFeatures.LAYOUT.width();
        return Arrays.copyOfRange(features, i * width, (i + 1) * width);
    }

    /** Copies tokens {@code [from, length())} into {@code target} at {@code offset}, F_S floats per token. */
    public void copyFeatures(int from, float[] target, int offset) {
        int width = SFeatures.LAYOUT.width();
        System.arraycopy(features, from * width, target, offset, (types.length - from) * width);
    }

    /** Copies the type ids of tokens {@code [from, length())} into {@code target} at {@code offset}. */
    public void copyTypes(int from, long[] target, int offset) {
        for (int i = from; i < types.length; i++) {
            target[offset + i - from] = types[i];
        }
    }

    /** Fingerprint of all tokens; 0 for an empty sequence. */
    public long digest() {
        return types.length == 0 ? 0L : digests[types.length - 1];
    }

    /** Fingerprint of the first {@code n} tokens; 0 for {@code n == 0}. */
    public long digestAt(int n) {
        return n == 0 ? 0L : digests[n - 1];
    }

    /** True when the grid tokens use real-time (RTM) prices, false for day-ahead (DAM) or no prices. */
    boolean priceMarketRtm() {
        return priceMarketRtm;
    }

    long timeMillis(int i) {
        return timesMillis[i];
    }

    float[] featuresView() {
        return features;
    }

    int[] typesView() {
        return types;
    }

    long[] timesView() {
        return timesMillis;
    }

    long[] digestsView() {
        return digests;
    }
}
