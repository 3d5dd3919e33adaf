package com.hashinsight.tokenizer;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which resolution each part of an entity's history gets, relative to a block start.
 *
 * <p>The block start {@code A} is the scoring time {@code t} rounded down to a multiple of
 * {@code blockHours} since 00:00 UTC. With {@code D0 = floorToUtcDay(A - nativeHours - hourlyHours)}:
 * <ul>
 *   <li>native region {@code [A - nativeHours, t)}: one token per telemetry sample, price interval or event;</li>
 *   <li>hourly region {@code [D0, A - nativeHours)}: one summary token per UTC hour and stream;</li>
 *   <li>daily region {@code [D0 - dailyDays, D0)}: one summary token per UTC day and stream;</li>
 *   <li>anything older is not used. Alerts and actions stay native in every region.</li>
 * </ul>
 * Every region before the native one depends on {@code A} only, so while {@code t} stays inside one
 * block a new sample only appends tokens: the tokens already built, and the model's K/V for them,
 * stay valid. Crossing a block boundary moves the regions and rebuilds the sequence.
 *
 * @param blockHours   block length in hours; divides 24
 * @param nativeHours  native history kept before the block start, in hours, a multiple of blockHours
 * @param hourlyHours  minimum length of the hourly region in hours, not negative
 * @param dailyDays    length of the daily region in days, not negative
 */
public record WindowRule(int blockHours, int nativeHours, int hourlyHours, int dailyDays) {

    /** The rule of feature spec version 1. */
    public static final WindowRule DEFAULT = new WindowRule(6, 6, 48, 28);

    public WindowRule {
        if (blockHours <= 0 || 24 % blockHours != 0) {
            throw new IllegalArgumentException("blockHours must divide 24, got " + blockHours);
        }
        if (nativeHours < 0 || nativeHours % blockHours != 0) {
            throw new IllegalArgumentException("nativeHours must be a non-negative multiple of blockHours (" + blockHours
                    + "), got " + nativeHours);
        }
        if (hourlyHours < 0 || dailyDays < 0) {
            throw new IllegalArgumentException("hourlyHours and dailyDays must not be negative, got " + hourlyHours
                    + " and " + dailyDays);
        }
    }

    /** Returns {@code A}: {@code scoringTime} rounded down to the block grid. */
    public Instant blockStart(Instant scoringTime) {
        Instant hour = scoringTime.truncatedTo(ChronoUnit.HOURS);
        long hoursSinceEpoch = Math.floorDiv(hour.getEpochSecond(), 3600L);
        return Instant.ofEpochSecond((hoursSinceEpoch - Math.floorMod(hoursSinceEpoch, blockHours)) * 3600L);
    }

    /** Start of the native region for block start {@code blockStart}. */
    public Instant nativeStart(Instant blockStart) {
        return blockStart.minus(Duration.ofHours(nativeHours));
    }

    /** Start of the hourly region ({@code D0}), always 00:00 UTC. */
    public Instant hourlyStart(Instant blockStart) {
        return nativeStart(blockStart).minus(Duration.ofHours(hourlyHours)).truncatedTo(ChronoUnit.DAYS);
    }

    /** Start of the daily region, the oldest time whose data is used. */
    public Instant dailyStart(Instant blockStart) {
        return hourlyStart(blockStart).minus(Duration.ofDays(dailyDays));
    }

    /** Returns the rule for the feature spec. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("block_hours", blockHours);
        out.put("native_hours", nativeHours);
        out.put("hourly_hours", hourlyHours);
        out.put("daily_days", dailyDays);
        out.put("block_start", "A = scoring time rounded down to a multiple of block_hours since 00:00 UTC");
        out.put("native_region", "[A - native_hours, t): one token per telemetry sample, price interval or event");
        out.put("hourly_region", "[D0, A - native_hours) with D0 = floor_to_utc_day(A - native_hours - hourly_hours): "
                + "one summary token per UTC hour per stream");
        out.put("daily_region", "[D0 - daily_days, D0): one summary token per UTC day per stream; older data is not used");
        out.put("events", "alerts, actions and curtailments stay one token each in every region");
        out.put("append_rule", "while A is unchanged, new data at or after the previous scoring time only appends "
                + "tokens; a new A rebuilds the sequence");
        return out;
    }
}
