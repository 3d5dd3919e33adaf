package com.hashinsight.fleet;

/**
 * One time-of-use price window in the site's local time, [startHour, endHour) on every day.
 *
 * @param startHour   local hour 0..23 where the window starts
 * @param endHour     local hour 1..24 where it ends; may be less than startHour to wrap midnight
 * @param usdPerMwh   energy price in the window, USD/MWh; negative allowed
 */
public record TouWindow(int startHour, int endHour, double usdPerMwh) {

    public TouWindow {
        if (startHour < 0 || startHour > 23 || endHour < 1 || endHour > 24 || startHour == endHour) {
            throw new IllegalArgumentException("time-of-use window must have 0 <= start <= 23, 1 <= end <= 24 and start != end, got "
                    + startHour + ".." + endHour);
        }
        if (!Double.isFinite(usdPerMwh)) {
            throw new IllegalArgumentException("usdPerMwh must be finite, got " + usdPerMwh);
        }
    }

    /** Returns true when local hour {@code hour} (0..23) falls in this window. */
    public boolean contains(int hour) {
        return startHour < endHour ? hour >= startHour && hour < endHour : hour >= startHour || hour < endHour;
    }
}
