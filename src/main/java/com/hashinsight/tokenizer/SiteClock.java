package com.hashinsight.tokenizer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Cyclic site-local time features. The UTC instant is converted with the zone's offset at that
 * instant, so daylight-saving changes move the local hour but never the ordering, ages or gaps,
 * which always come from UTC instants.
 */
final class SiteClock {

    private static final double TWO_PI = 2 * Math.PI;
    private static final long SECONDS_PER_DAY = 86_400L;
    /** 1970-01-01 was a Thursday: day 3 of a week that starts on Monday. */
    private static final long EPOCH_DAY_OF_WEEK = 3;

    private final ZoneRules rules;

    SiteClock(ZoneId zone) {
        this.rules = (zone == null ? ZoneOffset.UTC : zone).getRules();
    }

    /** Writes hour-of-day and day-of-week sin/cos of {@code instant} into {@code row} at the given columns. */
    void write(Instant instant, float[] row, int hourSin, int hourCos, int dowSin, int dowCos) {
        long localSeconds = instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds();
        long epochDay = Math.floorDiv(localSeconds, SECONDS_PER_DAY);
        double dayFraction = Math.floorMod(localSeconds, SECONDS_PER_DAY) / (double) SECONDS_PER_DAY;
        double hourAngle = TWO_PI * dayFraction;
        double weekAngle = TWO_PI * (Math.floorMod(epochDay + EPOCH_DAY_OF_WEEK, 7L) + dayFraction) / 7.0;
        row[hourSin] = (float) Math.sin(hourAngle);
        row[hourCos] = (float) Math.cos(hourAngle);
        row[dowSin] = (float) Math.sin(weekAngle);
        row[dowCos] = (float) Math.cos(weekAngle);
    }

    /** Returns the site-local hour of day, 0..23, of {@code instant}. */
    int hourOfDay(Instant instant) {
        long localSeconds = instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds();
        return (int) (Math.floorMod(localSeconds, SECONDS_PER_DAY) / 3600L);
    }
}
