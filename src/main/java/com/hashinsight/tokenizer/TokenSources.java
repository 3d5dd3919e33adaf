package com.hashinsight.tokenizer;

import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.TelemetrySample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one entity's telemetry, price and event rows in a time range into pending S-tokens at the
 * resolution of the region each row falls in.
 */
final class TokenSources {

    private static final long HOUR_MS = 3_600_000L;
    private static final long DAY_MS = 24 * HOUR_MS;

    private final EntityHistory history;
    private final long blockStartMs;
    private final long nativeStartMs;
    private final long hourlyStartMs;
    private final boolean realTimePrices;
    private final SiteClock clock;
    private final List<SequenceBuilder.Pending> pending = new ArrayList<>();

    TokenSources(EntityHistory history, Instant blockStart, WindowRule rule, boolean realTimePrices) {
        this.history = history;
        this.blockStartMs = blockStart.toEpochMilli();
        this.nativeStartMs = rule.nativeStart(blockStart).toEpochMilli();
        this.hourlyStartMs = rule.hourlyStart(blockStart).toEpochMilli();
        this.realTimePrices = realTimePrices;
        this.clock = new SiteClock(history.site() == null ? null : history.site().timezone());
    }

    boolean realTimePrices() {
        return realTimePrices;
    }

    /** Returns the pending tokens of rows in {@code [fromMs, toMs)}, unordered. */
    List<SequenceBuilder.Pending> collect(long fromMs, long toMs) {
        addTelemetry(fromMs, toMs);
        addPriceSpikes(fromMs, toMs);
        addEvents(fromMs, toMs);
        return pending;
    }

    static String settlementPoint(EntityHistory history) {
        return history.site() == null ? null : history.site().settlementPoint();
    }

    /** Real-time prices when the site's node has any real-time row before {@code toMs}, else day-ahead. */
    static boolean usesRealTimePrices(EntityHistory history, long toMs) {
        String point = settlementPoint(history);
        if (point == null) {
            return false;
        }
        for (EnergyPrice price : history.prices()) {
            if (price.intervalStart().toEpochMilli() >= toMs) {
                break;
            }
            if ("RTM".equals(price.market()) && point.equals(price.settlementPoint())) {
                return true;
            }
        }
        return false;
    }

    private void addTelemetry(long fromMs, long toMs) {
        List<TelemetrySample> rows = history.telemetry();
        int i = SequenceBuilder.firstAtOrAfter(rows, fromMs, sample -> sample.time().toEpochMilli());
        TelemetryWindow window = null;
        long windowStart = 0;
        long windowSize = 0;
        while (i < rows.size()) {
            TelemetrySample sample = rows.get(i);
            long timeMs = sample.time().toEpochMilli();
            if (timeMs >= toMs) {
                break;
            }
            // Several rows can share a timestamp, one per hashrate window; only the preferred one counts.
            int next = i + 1;
            while (next < rows.size() && rows.get(next).time().toEpochMilli() == timeMs) {
                if (preferred(rows.get(next), sample)) {
                    sample = rows.get(next);
                }
                next++;
            }
            i = next;
            if (timeMs >= nativeStartMs) {
                flushTelemetry(window, windowStart, windowSize);
                window = null;
                TelemetryWindow single = new TelemetryWindow(history.model());
                single.add(sample);
                float[] row = newRow(timeMs, timeMs, 0);
                single.writeTo(row);
                pending.add(SequenceBuilder.Pending.nativeToken(timeMs, SType.TELEMETRY, row));
                continue;
            }
            long size = timeMs >= hourlyStartMs ? HOUR_MS : DAY_MS;
            long start = Math.floorDiv(timeMs, size) * size;
            if (window == null || start != windowStart || size != windowSize) {
                flushTelemetry(window, windowStart, windowSize);
                window = new TelemetryWindow(history.model());
                windowStart = start;
                windowSize = size;
            }
            window.add(sample);
        }
        flushTelemetry(window, windowStart, windowSize);
    }

    /**
     * Returns true when {@code candidate} beats {@code current} among rows of one timestamp: the
     * largest non-zero hashrate window wins, window 0 ("since boot") only when alone, the earlier row on a tie.
     */
    private static boolean preferred(TelemetrySample candidate, TelemetrySample current) {
        int candidateWindow = candidate.windowSeconds() == 0 ? -1 : candidate.windowSeconds();
        int currentWindow = current.windowSeconds() == 0 ? -1 : current.windowSeconds();
        return candidateWindow > currentWindow;
    }

    private void flushTelemetry(TelemetryWindow window, long start, long size) {
        if (window == null || window.rows() == 0) {
            return;
        }
        long end = start + size;
        float[] row = newRow(end, start + size / 2, size);
        window.writeTo(row);
        SType type = size == HOUR_MS ? SType.TELEMETRY_HOURLY : SType.TELEMETRY_DAILY;
        pending.add(SequenceBuilder.Pending.summary(end, type, row));
    }

    private void addPriceSpikes(long fromMs, long toMs) {
        String point = settlementPoint(history);
        if (point == null) {
            return;
        }
        String market = realTimePrices ? "RTM" : "DAM";
        List<EnergyPrice> rows = history.prices();
        int i = SequenceBuilder.firstAtOrAfter(rows, fromMs, price -> price.intervalStart().toEpochMilli());
        SpikeWindow window = null;
        for (; i < rows.size(); i++) {
            EnergyPrice price = rows.get(i);
            long timeMs = price.intervalStart().toEpochMilli();
            if (timeMs >= toMs) {
                break;
            }
            if (!(price.usdPerMwh() >= SequenceBuilder.PRICE_SPIKE_USD_PER_MWH) || !market.equals(price.market())
                    || !point.equals(price.settlementPoint())) {
                continue;
            }
            if (timeMs >= nativeStartMs) {
                flushSpikes(window);
                window = null;
                SpikeWindow single = new SpikeWindow(timeMs, 0);
                single.add(price);
                float[] row = newRow(timeMs, timeMs, 0);
                single.writeTo(row);
                pending.add(SequenceBuilder.Pending.nativeToken(timeMs, SType.PRICE_SPIKE, row));
                continue;
            }
            long size = timeMs >= hourlyStartMs ? HOUR_MS : DAY_MS;
            long start = Math.floorDiv(timeMs, size) * size;
            if (window == null || window.start != start || window.size != size) {
                flushSpikes(window);
                window = new SpikeWindow(start, size);
            }
            window.add(price);
        }
        flushSpikes(window);
    }

    private void flushSpikes(SpikeWindow window) {
        if (window == null) {
            return;
        }
        long end = window.start + window.size;
        float[] row = newRow(end, window.start + window.size / 2, window.size);
        window.writeTo(row);
        SType type = window.size == HOUR_MS ? SType.PRICE_SPIKE_HOURLY : SType.PRICE_SPIKE_DAILY;
        pending.add(SequenceBuilder.Pending.summary(end, type, row));
    }

    private void addEvents(long fromMs, long toMs) {
        String serial = history.miner().serial();
        String siteId = history.site() == null ? history.miner().siteId() : history.site().id();
        List<HistoryEvent> rows = history.events();
        int i = SequenceBuilder.firstAtOrAfter(rows, fromMs, event -> event.time().toEpochMilli());
        for (; i < rows.size(); i++) {
            HistoryEvent event = rows.get(i);
            long timeMs = event.time().toEpochMilli();
            if (timeMs >= toMs) {
                break;
            }
            if (!event.appliesTo(serial, siteId)) {
                continue;
            }
            boolean siteWide = event.targetsSite(siteId);
            float[] row = newRow(timeMs, timeMs, 0);
            EventFeatures.write(event, siteWide, row);
            pending.add(SequenceBuilder.Pending.nativeToken(timeMs, typeOf(event), row));
        }
    }

    private static SType typeOf(HistoryEvent event) {
        if (event.alert()) {
            return SType.ALERT;
        }
        return event.type().toLowerCase(Locale.ROOT).contains("curtail") ? SType.CURTAILMENT : SType.ACTION;
    }

    /** Creates a row with the age, cyclic time and span columns set. */
    private float[] newRow(long tokenTimeMs, long cyclicTimeMs, long spanMs) {
        float[] row = new float[SFeatures.LAYOUT.width()];
        SFeatures.LAYOUT.put(row, SFeatures.AGE_HOURS, (blockStartMs - tokenTimeMs) / (double) HOUR_MS);
        clock.write(Instant.ofEpochMilli(cyclicTimeMs), row, SFeatures.HOUR_SIN, SFeatures.HOUR_COS,
                SFeatures.DOW_SIN, SFeatures.DOW_COS);
        SFeatures.LAYOUT.put(row, SFeatures.SPAN_HOURS, spanMs / (double) HOUR_MS);
        return row;
    }

    /** Spike intervals of one window. */
    private static final class SpikeWindow {
        final long start;
        final long size;
        private int count;
        private double sum;
        private double max = Double.NEGATIVE_INFINITY;
        private double hours;

        SpikeWindow(long start, long size) {
            this.start = start;
            this.size = size;
        }

        void add(EnergyPrice price) {
            count++;
            sum += price.usdPerMwh();
            max = Math.max(max, price.usdPerMwh());
            hours += price.intervalMinutes() / 60.0;
        }

        void writeTo(float[] row) {
            FeatureLayout layout = SFeatures.LAYOUT;
            layout.put(row, SFeatures.SAMPLE_COUNT, count);
            layout.put(row, SFeatures.PRICE_MEAN, sum / count);
            layout.put(row, SFeatures.PRICE_MAX, max);
            layout.put(row, SFeatures.SPIKE_HOURS, hours);
        }
    }
}
