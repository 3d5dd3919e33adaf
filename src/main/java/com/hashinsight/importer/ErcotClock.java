package com.hashinsight.importer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

/**
 * Maps an ERCOT delivery date and hour ending (Central Prevailing Time) to the UTC start of the hour.
 *
 * <p>Hour ending {@code h} is the hour whose wall-clock end is {@code h:00}. On a normal day hour
 * ending h starts {@code h - 1} hours after local midnight. The two daylight-saving days follow one
 * of these conventions, which the importer picks per day from the rows of that day:
 * <ul>
 *   <li>{@link Convention#WALL_CLOCK} (ERCOT's own files): on the spring-forward day (23 hours) the
 *       label of the skipped clock hour, hour ending 2, does not occur, so the day reads 1, 3, 4 ... 24;
 *       on the fall-back day (25 hours) the repeated hour is hour ending 2 a second time, marked by a
 *       DST flag (without the flag that second hour is absent).</li>
 *   <li>{@link Convention#ELAPSED}: hours are numbered in elapsed order, 1 ... 23 in spring and
 *       1 ... 25 in the fall.</li>
 * </ul>
 */
final class ErcotClock {

    /** Central Prevailing Time, the clock of ERCOT's delivery dates and hours. */
    static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

    enum Convention {
        WALL_CLOCK,
        ELAPSED
    }

    private ErcotClock() {
    }

    /** Returns the number of hours in the local delivery day: 23, 24 or 25. */
    static int hoursInDay(LocalDate date) {
        Instant start = date.atStartOfDay(CENTRAL).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(CENTRAL).toInstant();
        return (int) Duration.between(start, end).toHours();
    }

    /**
     * Returns the UTC start of hour ending {@code hourEnding} on {@code date}, or null when that hour
     * does not exist on that day under {@code convention}.
     *
     * @param repeated true when the row carries the DST flag of the repeated fall-back hour
     */
    static Instant hourStart(LocalDate date, int hourEnding, boolean repeated, Convention convention) {
        int hours = hoursInDay(date);
        Instant midnight = date.atStartOfDay(CENTRAL).toInstant();
        int elapsed = elapsedIndex(date, hours, hourEnding, repeated, convention);
        return elapsed < 0 || elapsed >= hours ? null : midnight.plus(Duration.ofHours(elapsed));
    }

    private static int elapsedIndex(LocalDate date, int hours, int hourEnding, boolean repeated, Convention convention) {
        if (hourEnding < 1) {
            return -1;
        }
        if (hours == 24 || convention == Convention.ELAPSED) {
            return repeated ? -1 : hourEnding - 1;
        }
        // Wall-clock hour labels on a daylight-saving day: the transition's local hour (2 in the US)
        // is the label that is skipped in spring and repeated in the fall.
        int transitionHour = transitionHour(date);
        if (hours == 23) {
            if (repeated || hourEnding == transitionHour) {
                return -1;
            }
            return hourEnding < transitionHour ? hourEnding - 1 : hourEnding - 2;
        }
        if (hourEnding < transitionHour) {
            return repeated ? -1 : hourEnding - 1;
        }
        if (hourEnding == transitionHour) {
            return repeated ? transitionHour : transitionHour - 1;
        }
        return repeated ? -1 : hourEnding;
    }

    private static int transitionHour(LocalDate date) {
        ZoneOffsetTransition transition = CENTRAL.getRules().nextTransition(date.atStartOfDay(CENTRAL).toInstant());
        return transition.getDateTimeBefore().getHour();
    }
}
