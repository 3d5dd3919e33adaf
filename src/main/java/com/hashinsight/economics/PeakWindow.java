package com.hashinsight.economics;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;

/**
 * A recurring window, in the site's local time, during which miners are kept off to stay out of a
 * grid's coincident peaks.
 *
 * <p>ERCOT's four-coincident-peak (4CP) method allocates transmission charges by a customer's
 * load in the 15-minute interval of the monthly system peak in June to September, which usually
 * falls on a weekday afternoon. Keeping the load off in a window around the likely peak avoids
 * that charge. {@link #ercotFourCp()} is such a window.
 *
 * @param months        months in which the window applies
 * @param startHour     local start hour, 0 to 23, inclusive
 * @param endHour       local end hour, 1 to 24, exclusive, greater than the start
 * @param weekdaysOnly  true when the window skips Saturdays and Sundays
 */
public record PeakWindow(Set<Month> months, int startHour, int endHour, boolean weekdaysOnly) {

    public PeakWindow {
        months = months.isEmpty() ? EnumSet.noneOf(Month.class) : EnumSet.copyOf(months);
        if (startHour < 0 || startHour > 23 || endHour <= startHour || endHour > 24) {
            throw new IllegalArgumentException("peak window must have 0 <= start < end <= 24, got " + startHour + ".." + endHour);
        }
    }

    /** Weekdays 15:00 to 18:00 local time, June to September: the hours in which ERCOT's 4CP intervals usually fall. */
    public static PeakWindow ercotFourCp() {
        return new PeakWindow(EnumSet.of(Month.JUNE, Month.JULY, Month.AUGUST, Month.SEPTEMBER), 15, 18, true);
    }

    /** Returns true when {@code localTime} falls in this window. */
    public boolean contains(LocalDateTime localTime) {
        if (!months.contains(localTime.getMonth())) {
            return false;
        }
        DayOfWeek day = localTime.getDayOfWeek();
        if (weekdaysOnly && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)) {
            return false;
        }
        int hour = localTime.getHour();
        return hour >= startHour && hour < endHour;
    }
}
