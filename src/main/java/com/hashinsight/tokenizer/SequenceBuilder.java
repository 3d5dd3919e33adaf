package com.hashinsight.tokenizer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Builds an entity's S-tokens: telemetry, alerts, actions, curtailments and price spikes merged by
 * time, at the resolution {@link WindowRule} gives each region.
 *
 * <p>Only rows strictly before the scoring time are read, so labels taken at or after it cannot
 * leak into the tokens. Tokens are ordered by time, then summaries before native tokens, then
 * {@link SType#id()}, then input order. When more than {@code maxTokens} tokens exist, the oldest
 * are dropped (their successors keep the gap to them).
 *
 * <pre>{@code
 * SequenceBuilder builder = new SequenceBuilder(WindowRule.DEFAULT, SequenceBuilder.DEFAULT_MAX_TOKENS);
 * STokenSequence tokens = builder.build(history, scoringTime);
 * // later, with rows that arrived since:
 * STokenSequence next = builder.extend(tokens, newRows, laterTime).orElseGet(() -> builder.build(fullHistory, laterTime));
 * }</pre>
 */
public final class SequenceBuilder {

    /** A price interval at or above this price, in USD/MWh, is a spike. */
    public static final double PRICE_SPIKE_USD_PER_MWH = 100.0;
    /** Default L_S limit. */
    public static final int DEFAULT_MAX_TOKENS = 256;

    private static final long HOUR_MS = 3_600_000L;
    private static final int SUMMARY_RANK = 0;
    private static final int NATIVE_RANK = 1;
    private static final Comparator<Pending> ORDER = Comparator.comparingLong(Pending::timeMillis)
            .thenComparingInt(Pending::rank)
            .thenComparingInt(Pending::typeId);

    private final WindowRule rule;
    private final int maxTokens;

    public SequenceBuilder(WindowRule rule, int maxTokens) {
        this.rule = Objects.requireNonNull(rule, "rule");
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
        }
        this.maxTokens = maxTokens;
    }

    public WindowRule rule() {
        return rule;
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** Builds the tokens of {@code history} for {@code scoringTime} from scratch. */
    public STokenSequence build(EntityHistory history, Instant scoringTime) {
        Instant blockStart = rule.blockStart(scoringTime);
        long fromMs = rule.dailyStart(blockStart).toEpochMilli();
        long toMs = scoringTime.toEpochMilli();
        TokenSources sources = new TokenSources(history, blockStart, rule, TokenSources.usesRealTimePrices(history, toMs));
        List<Pending> pending = sources.collect(fromMs, toMs);
        return assemble(null, pending, scoringTime, sources.realTimePrices());
    }

    /**
     * Appends the tokens of rows at or after {@code previous.scoringTime()} and before
     * {@code scoringTime}, so that only the new tokens need K/V.
     *
     * <p>The result equals {@link #build} on the full history when no row older than the previous
     * scoring time was added since. It is empty, and the caller must {@link #build} from the full
     * history, when {@code scoringTime} is in another block or the result would exceed
     * {@code maxTokens}.
     *
     * @param newRows rows that arrived since {@code previous} was built; older rows are ignored
     * @throws IllegalArgumentException when {@code previous} was built under another rule or limit,
     *         or {@code scoringTime} is before its scoring time
     */
    public Optional<STokenSequence> extend(STokenSequence previous, EntityHistory newRows, Instant scoringTime) {
        if (!previous.rule().equals(rule) || previous.maxTokens() != maxTokens) {
            throw new IllegalArgumentException("sequence was built with " + previous.rule() + " and maxTokens "
                    + previous.maxTokens() + ", this builder uses " + rule + " and " + maxTokens);
        }
        if (scoringTime.isBefore(previous.scoringTime())) {
            throw new IllegalArgumentException("scoring time " + scoringTime + " is before the previous scoring time "
                    + previous.scoringTime());
        }
        Instant blockStart = rule.blockStart(scoringTime);
        if (!blockStart.equals(previous.blockStart())) {
            return Optional.empty();
        }
        // NOTE: the price market (real-time or day-ahead) stays as the previous build chose it; a
        // settlement point whose first real-time row arrives inside a block is switched at the next block.
        TokenSources sources = new TokenSources(newRows, blockStart, rule, previous.priceMarketRtm());
        List<Pending> pending = sources.collect(previous.scoringTime().toEpochMilli(), scoringTime.toEpochMilli());
        if (previous.length() + pending.size() > maxTokens) {
            return Optional.empty();
        }
        return Optional.of(assemble(previous, pending, scoringTime, previous.priceMarketRtm()));
    }

    /** Sorts pending tokens, sets gap features, drops the oldest beyond the limit and fingerprints them. */
    private STokenSequence assemble(STokenSequence previous, List<Pending> pending, Instant scoringTime, boolean rtm) {
        pending.sort(ORDER);
        int width = SFeatures.LAYOUT.width();
        int kept = previous == null ? Math.min(pending.size(), maxTokens) : previous.length() + pending.size();
        int offset = previous == null ? 0 : previous.length();
        int skipped = previous == null ? pending.size() - kept : 0;

        float[] features = new float[kept * width];
        int[] types = new int[kept];
        long[] times = new long[kept];
        long[] digests = new long[kept];
        if (previous != null) {
            System.arraycopy(previous.featuresView(), 0, features, 0, offset * width);
            System.arraycopy(previous.typesView(), 0, types, 0, offset);
            System.arraycopy(previous.timesView(), 0, times, 0, offset);
            System.arraycopy(previous.digestsView(), 0, digests, 0, offset);
        }

        boolean hasPrevious = previous != null && previous.length() > 0;
        long previousTime = hasPrevious ? previous.timeMillis(previous.length() - 1) : 0L;
        long digest = hasPrevious ? previous.digest() : 0L;
        for (int i = 0; i < pending.size(); i++) {
            Pending token = pending.get(i);
            float[] row = token.row();
            if (hasPrevious) {
                SFeatures.LAYOUT.put(row, SFeatures.GAP_HOURS, (token.timeMillis() - previousTime) / (double) HOUR_MS);
            } else {
                row[SFeatures.FIRST_TOKEN] = 1f;
            }
            hasPrevious = true;
            previousTime = token.timeMillis();
            if (i < skipped) {
                continue;
            }
            int index = offset + i - skipped;
            System.arraycopy(row, 0, features, index * width, width);
            types[index] = token.typeId();
            times[index] = token.timeMillis();
            digest = TokenDigest.next(digest, token.typeId(), token.timeMillis(), row);
            digests[index] = digest;
        }
        return new STokenSequence(rule, maxTokens, scoringTime, features, types, times, digests, offset, rtm);
    }

    /** Index of the first row whose time is at or after {@code fromMs}, in a list sorted by time. */
    static <T> int firstAtOrAfter(List<T> rows, long fromMs, ToLongFunction<T> timeMillis) {
        int low = 0;
        int high = rows.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (timeMillis.applyAsLong(rows.get(mid)) < fromMs) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** A token before ordering and gap features. */
    record Pending(long timeMillis, int rank, int typeId, float[] row) {
        static Pending summary(long timeMillis, SType type, float[] row) {
            return new Pending(timeMillis, SUMMARY_RANK, type.id(), row);
        }

        static Pending nativeToken(long timeMillis, SType type, float[] row) {
            return new Pending(timeMillis, NATIVE_RANK, type.id(), row);
        }
    }
}
