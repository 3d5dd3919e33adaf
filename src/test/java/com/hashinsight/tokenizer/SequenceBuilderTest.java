package com.hashinsight.tokenizer;

import static com.hashinsight.tokenizer.TokenFixtures.SERIAL;
import static com.hashinsight.tokenizer.TokenFixtures.history;
import static com.hashinsight.tokenizer.TokenFixtures.prices;
import static com.hashinsight.tokenizer.TokenFixtures.sample;
import static com.hashinsight.tokenizer.TokenFixtures.telemetry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.TelemetrySample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SequenceBuilderTest {

    private static final float TOLERANCE = 1e-6f;
    private static final Instant START = Instant.parse("2024-05-01T00:00:00Z");
    private static final Instant END = Instant.parse("2024-06-20T00:00:00Z");
    /** Block start 12:00 UTC; native region from 06:00; hourly region from 2024-06-13; daily region from 2024-05-16. */
    private static final Instant SCORING_TIME = Instant.parse("2024-06-15T14:20:00Z");

    private final SequenceBuilder builder = new SequenceBuilder(WindowRule.DEFAULT, SequenceBuilder.DEFAULT_MAX_TOKENS);

    private static EntityHistory fullHistory() {
        List<HistoryEvent> events = List.of(
                new HistoryEvent(Instant.parse("2024-06-01T10:00:00Z"), true, SERIAL, "overheat", "", "", "simulator"),
                new HistoryEvent(Instant.parse("2024-06-15T09:00:00Z"), false, SERIAL, "set_power_target", "3500", "3000", "manual"),
                new HistoryEvent(Instant.parse("2024-06-15T10:00:00Z"), false, "tx-pecos", "curtail", "", "", "simulator"),
                new HistoryEvent(Instant.parse("2024-06-15T11:00:00Z"), true, "SN-OTHER", "fan_fail", "", "", "simulator"));
        return history(telemetry(START, END, Duration.ofMinutes(5)), events, prices(START, END));
    }

    @Test
    void regionsGetTheirResolution() {
        STokenSequence tokens = builder.build(fullHistory(), SCORING_TIME);

        int[] counts = new int[SType.values().length];
        for (int i = 0; i < tokens.length(); i++) {
            counts[tokens.type(i)]++;
        }
        assertEquals(100, counts[SType.TELEMETRY.id()], "5-minute samples in [06:00, 14:20)");
        assertEquals(54, counts[SType.TELEMETRY_HOURLY.id()], "hours in [2024-06-13, 2024-06-15T06:00)");
        assertEquals(28, counts[SType.TELEMETRY_DAILY.id()], "days in [2024-05-16, 2024-06-13)");
        assertEquals(2, counts[SType.PRICE_SPIKE_HOURLY.id()], "17:00 spikes in the hourly region");
        assertEquals(28, counts[SType.PRICE_SPIKE_DAILY.id()], "one spike day per daily-region day");
        assertEquals(1, counts[SType.ALERT.id()], "the other miner's alert is ignored");
        assertEquals(1, counts[SType.ACTION.id()]);
        assertEquals(1, counts[SType.CURTAILMENT.id()]);
    }

    @Test
    void tokensAreOrderedAndBeforeScoringTime() {
        STokenSequence tokens = builder.build(fullHistory(), SCORING_TIME);

        for (int i = 0; i < tokens.length(); i++) {
            assertTrue(tokens.time(i).isBefore(SCORING_TIME), "token " + i + " at " + tokens.time(i));
            if (i > 0) {
                assertTrue(!tokens.time(i).isBefore(tokens.time(i - 1)), "token " + i + " is older than its predecessor");
            }
        }
    }

    @Test
    void sameInputGivesSameTokens() {
        EntityHistory history = fullHistory();
        List<TelemetrySample> shuffled = new ArrayList<>(history.telemetry());
        Collections.shuffle(shuffled, new Random(7));
        EntityHistory reordered = history(shuffled, history.events(), history.prices());

        STokenSequence first = builder.build(history, SCORING_TIME);
        STokenSequence second = builder.build(reordered, SCORING_TIME);

        assertEquals(first.digest(), second.digest());
        float[] a = new float[first.length() * SFeatures.LAYOUT.width()];
        float[] b = new float[second.length() * SFeatures.LAYOUT.width()];
        first.copyFeatures(0, a, 0);
        second.copyFeatures(0, b, 0);
        assertArrayEquals(a, b);
    }

    @Test
    void postScoringRowsDoNotChangeTokens() {
        EntityHistory history = fullHistory();
        List<TelemetrySample> changed = new ArrayList<>();
        for (TelemetrySample sample : history.telemetry()) {
            boolean after = !sample.time().isBefore(SCORING_TIME);
            changed.add(after ? new TelemetrySample(sample.time(), SERIAL, 1, 900, 100, 120, 130, 50, 90, 0, 0, 999, "FAULT",
                    "E1;E2", "simulator") : sample);
        }
        List<HistoryEvent> events = new ArrayList<>(history.events());
        events.add(new HistoryEvent(SCORING_TIME, true, SERIAL, "board_failure", "", "", "simulator"));
        events.add(new HistoryEvent(SCORING_TIME.plusSeconds(60), false, SERIAL, "reboot", "", "", "manual"));
        List<EnergyPrice> prices = new ArrayList<>(history.prices());
        prices.add(new EnergyPrice("HB_WEST", SCORING_TIME, 60, "RTM", 5000));
        EntityHistory leaked = history(changed, events, prices);

        STokenSequence clean = builder.build(history, SCORING_TIME);
        STokenSequence withFuture = builder.build(leaked, SCORING_TIME);

        assertEquals(clean.length(), withFuture.length());
        assertEquals(clean.digest(), withFuture.digest());
    }

    @Test
    void preScoringChangeChangesTokens() {
        EntityHistory history = fullHistory();
        List<TelemetrySample> changed = new ArrayList<>(history.telemetry());
        int last = SequenceBuilder.firstAtOrAfter(changed, SCORING_TIME.toEpochMilli(), s -> s.time().toEpochMilli()) - 1;
        TelemetrySample old = changed.get(last);
        changed.set(last, new TelemetrySample(old.time(), SERIAL, 10, 900, 500, 95, 99, 28, 45, 100, 1, 50, "WARN", "", "simulator"));

        assertNotEquals(builder.build(history, SCORING_TIME).digest(),
                builder.build(history(changed, history.events(), history.prices()), SCORING_TIME).digest());
    }

    @Test
    void extendEqualsFullBuild() {
        EntityHistory history = fullHistory();
        Instant later = Instant.parse("2024-06-15T17:35:00Z");
        STokenSequence first = builder.build(history, SCORING_TIME);
        EntityHistory newRows = history(telemetry(SCORING_TIME, later, Duration.ofMinutes(5)), List.of(),
                prices(Instant.parse("2024-06-15T15:00:00Z"), later));

        STokenSequence extended = builder.extend(first, newRows, later).orElseThrow();
        STokenSequence rebuilt = builder.build(history, later);

        assertEquals(first.length(), extended.appendedFrom());
        assertEquals(rebuilt.length(), extended.length());
        assertEquals(rebuilt.digest(), extended.digest());
        assertEquals(first.digest(), extended.digestAt(first.length()));
        for (int i = 0; i < rebuilt.length(); i++) {
            assertArrayEquals(rebuilt.row(i), extended.row(i), TOLERANCE, "token " + i);
        }
    }

    @Test
    void extendAcrossBlockNeedsRebuild() {
        EntityHistory history = fullHistory();
        STokenSequence first = builder.build(history, SCORING_TIME);

        assertTrue(builder.extend(first, history, Instant.parse("2024-06-15T18:00:00Z")).isEmpty());
    }

    @Test
    void extendPastLimitNeedsRebuild() {
        EntityHistory history = fullHistory();
        SequenceBuilder small = new SequenceBuilder(WindowRule.DEFAULT, 216);
        STokenSequence first = small.build(history, SCORING_TIME);

        assertEquals(215, first.length(), "one free slot; ten minutes add two samples");
        assertTrue(small.extend(first, history, SCORING_TIME.plus(Duration.ofMinutes(10))).isEmpty());
    }

    @Test
    void limitDropsOldestTokens() {
        EntityHistory history = fullHistory();
        STokenSequence all = builder.build(history, SCORING_TIME);
        STokenSequence limited = new SequenceBuilder(WindowRule.DEFAULT, 50).build(history, SCORING_TIME);

        assertEquals(50, limited.length());
        int offset = all.length() - 50;
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(all.row(offset + i), limited.row(i), TOLERANCE, "kept token " + i);
        }
        assertEquals(0f, limited.row(0)[SFeatures.FIRST_TOKEN]);
        assertEquals(1f, all.row(0)[SFeatures.FIRST_TOKEN]);
    }

    @Test
    void zeroTelemetryGivesNoTokens() {
        EntityHistory empty = history(List.of(), List.of(), List.of());

        STokenSequence tokens = builder.build(empty, SCORING_TIME);

        assertEquals(0, tokens.length());
        assertEquals(0L, tokens.digest());
    }

    @Test
    void hourlySummaryHoldsWindowStatistics() {
        Instant hour = Instant.parse("2024-06-14T03:00:00Z");
        List<TelemetrySample> rows = List.of(
                reading(hour.plusSeconds(60), 100, 60),
                reading(hour.plusSeconds(1260), 200, 70),
                reading(hour.plusSeconds(2460), Double.NaN, 80));
        STokenSequence tokens = builder.build(history(rows, List.of(), List.of()), SCORING_TIME);

        assertEquals(1, tokens.length());
        assertEquals(SType.TELEMETRY_HOURLY.id(), tokens.type(0));
        assertEquals(hour.plus(Duration.ofHours(1)), tokens.time(0));
        float[] row = tokens.row(0);
        assertEquals(0.75f, row[SFeatures.HASHRATE_RATIO], TOLERANCE, "mean of 100 and 200 TH/s over 200 nominal");
        assertEquals(0.5f, row[SFeatures.HASHRATE_RATIO_MIN], TOLERANCE);
        assertEquals(1.0f, row[SFeatures.HASHRATE_RATIO_MAX], TOLERANCE);
        assertEquals(1f, row[SFeatures.HASHRATE_RATIO_STD], TOLERANCE, "std 0.25 over scale 0.25");
        assertEquals(2f / 3f, row[SFeatures.HASHRATE_PRESENT], TOLERANCE, "one of three rows lacks hashrate");
        assertEquals(0.5f, row[SFeatures.BOARD_TEMP], TOLERANCE, "mean 70 degC is (70 - 60) / 20");
        assertEquals(1.0f, row[SFeatures.BOARD_TEMP_MAX], TOLERANCE, "max 80 degC");
        assertEquals(1f, row[SFeatures.STATUS_FIRST], TOLERANCE, "all rows OK");
    }

    @Test
    void missingReadingsStayFinite() {
        Instant time = SCORING_TIME.minus(Duration.ofHours(1));
        TelemetrySample blank = new TelemetrySample(time, SERIAL, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, -1, -1, "INCOMPLETE", "", "csv");
        TelemetrySample infinite = new TelemetrySample(time.plusSeconds(60), SERIAL, Double.POSITIVE_INFINITY, 0, 0,
                Double.NEGATIVE_INFINITY, 400, -300, Double.NaN, 1e12, 99, Integer.MAX_VALUE, "weird", " ;E7; ", "csv");
        HistoryEvent event = new HistoryEvent(time.plusSeconds(120), false, SERIAL, "", "NaN", "Infinity", "");

        STokenSequence tokens = builder.build(history(List.of(blank, infinite), List.of(event), List.of()), SCORING_TIME);

        assertEquals(3, tokens.length());
        for (int i = 0; i < tokens.length(); i++) {
            for (float value : tokens.row(i)) {
                assertTrue(Float.isFinite(value), "token " + i + " has a non-finite feature");
            }
        }
        float[] blankRow = tokens.row(0);
        assertEquals(0f, blankRow[SFeatures.HASHRATE_PRESENT]);
        assertEquals(0f, blankRow[SFeatures.HASHRATE_RATIO]);
        assertEquals(0f, blankRow[SFeatures.CHIP_ERRORS_PRESENT]);
        assertEquals(1f, blankRow[SFeatures.STATUS_FIRST + 1], "INCOMPLETE column");
        assertEquals(1f, tokens.row(1)[SFeatures.STATUS_FIRST + SFeatures.STATUSES.size() - 1], "unknown status counts as other");
    }

    @Test
    void daylightSavingKeepsUtcGapsAndLocalHours() {
        // 2024-11-03 in Chicago: 01:30 CDT (06:30 UTC) and, one hour later, 01:30 CST (07:30 UTC).
        Instant beforeFallBack = Instant.parse("2024-11-03T06:30:00Z");
        Instant afterFallBack = Instant.parse("2024-11-03T07:30:00Z");
        Instant scoringTime = Instant.parse("2024-11-03T09:00:00Z");
        STokenSequence tokens = builder.build(history(List.of(sample(beforeFallBack), sample(afterFallBack)), List.of(),
                List.of()), scoringTime);

        assertEquals(2, tokens.length());
        float[] first = tokens.row(0);
        float[] second = tokens.row(1);
        assertEquals(first[SFeatures.HOUR_SIN], second[SFeatures.HOUR_SIN], TOLERANCE, "both are 01:30 local time");
        assertEquals(first[SFeatures.HOUR_COS], second[SFeatures.HOUR_COS], TOLERANCE);
        assertEquals(SFeatures.LAYOUT.fields().get(SFeatures.GAP_HOURS).normalization().apply(1.0),
                second[SFeatures.GAP_HOURS], TOLERANCE, "the gap is one UTC hour");
        double localHour = 1.5;
        assertEquals((float) Math.sin(2 * Math.PI * localHour / 24), first[SFeatures.HOUR_SIN], TOLERANCE);
    }

    @Test
    void springForwardSkipsLocalHour() {
        // 2024-03-10 in Chicago: 01:30 CST (07:30 UTC), then one hour later 03:30 CDT (08:30 UTC).
        Instant scoringTime = Instant.parse("2024-03-10T10:00:00Z");
        STokenSequence tokens = builder.build(history(List.of(sample(Instant.parse("2024-03-10T07:30:00Z")),
                sample(Instant.parse("2024-03-10T08:30:00Z"))), List.of(), List.of()), scoringTime);

        assertEquals((float) Math.sin(2 * Math.PI * 1.5 / 24), tokens.row(0)[SFeatures.HOUR_SIN], TOLERANCE);
        assertEquals((float) Math.sin(2 * Math.PI * 3.5 / 24), tokens.row(1)[SFeatures.HOUR_SIN], TOLERANCE);
    }

    @Test
    void dayAheadPricesIgnoredWhenRealTimeExists() {
        Instant spikeTime = SCORING_TIME.minus(Duration.ofHours(2));
        List<EnergyPrice> rows = List.of(
                new EnergyPrice("HB_WEST", spikeTime, 60, "DAM", 400),
                new EnergyPrice("HB_WEST", spikeTime.plusSeconds(3600), 60, "RTM", 150),
                new EnergyPrice("HB_NORTH", spikeTime, 60, "RTM", 900));

        STokenSequence tokens = builder.build(history(List.of(), List.of(), rows), SCORING_TIME);

        assertEquals(1, tokens.length());
        assertEquals(SType.PRICE_SPIKE.id(), tokens.type(0));
        assertEquals(SFeatures.LAYOUT.fields().get(SFeatures.PRICE_MAX).normalization().apply(150),
                tokens.row(0)[SFeatures.PRICE_MAX], TOLERANCE);
    }

    private static TelemetrySample reading(Instant time, double hashrateThs, double boardTempC) {
        return new TelemetrySample(time, SERIAL, hashrateThs, 900, 3400, boardTempC, 75, 28, 45, 4000, 3, 0, "OK", "", "csv");
    }
}
