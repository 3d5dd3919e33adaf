package com.hashinsight.economics;

import java.util.List;
import java.util.Objects;

/**
 * Rules that decide, interval by interval, whether a miner group runs.
 *
 * <p>Running miners switch off when the contract price rises above the strike. They switch back
 * on only when the price falls below the strike minus the hysteresis and they have been off for
 * at least the minimum off-time. Peak windows and demand-response events switch miners off
 * regardless of price. The running share of the group then moves toward on or off by at most the
 * ramp limit per hour, so a slow ramp gives fractional intervals.
 *
 * @param strike                     price above which miners switch off
 * @param hysteresisUsdPerMwh        how far below the strike the price must fall before miners restart, not negative
 * @param minOffMinutes              minimum minutes off before a restart, not negative
 * @param thermalCycleCostUsd        cost of one off/on cycle of one miner in USD (wear of solder joints and fans), not negative
 * @param rampFractionPerHour        largest change of the running share per hour, positive; positive infinity for no limit
 * @param peakWindows                windows in the site's local time in which miners stay off
 * @param peakCreditUsdPerKwYear     saving in USD per kW of metered load per year when every peak-window interval
 *                                   is fully off, for example avoided 4CP transmission charges, not negative. It is
 *                                   scaled down by the share of window intervals that were fully off.
 * @param respondsToDemandResponse   true when miners switch off during demand-response events and earn the contract's payment
 */
public record CurtailmentPolicy(Strike strike, double hysteresisUsdPerMwh, int minOffMinutes, double thermalCycleCostUsd,
        double rampFractionPerHour, List<PeakWindow> peakWindows, double peakCreditUsdPerKwYear,
        boolean respondsToDemandResponse) {

    public CurtailmentPolicy {
        Objects.requireNonNull(strike, "strike");
        peakWindows = List.copyOf(peakWindows);
        requireNonNegative("hysteresisUsdPerMwh", hysteresisUsdPerMwh);
        requireNonNegative("thermalCycleCostUsd", thermalCycleCostUsd);
        requireNonNegative("peakCreditUsdPerKwYear", peakCreditUsdPerKwYear);
        if (minOffMinutes < 0) {
            throw new IllegalArgumentException("minOffMinutes must be >= 0, got " + minOffMinutes);
        }
        if (!(rampFractionPerHour > 0)) {
            throw new IllegalArgumentException("rampFractionPerHour must be positive, got " + rampFractionPerHour);
        }
    }

    /** Miners run in every interval: no strike, no windows, no demand response. */
    public static CurtailmentPolicy alwaysOn() {
        return new CurtailmentPolicy(Strike.never(), 0, 0, 0, Double.POSITIVE_INFINITY, List.of(), 0, false);
    }

    /** Miners run exactly while the price is at or below {@code strike}, with no other rule. */
    public static CurtailmentPolicy strikeOnly(Strike strike) {
        return new CurtailmentPolicy(strike, 0, 0, 0, Double.POSITIVE_INFINITY, List.of(), 0, false);
    }

    /** Returns true when this policy never switches miners off. */
    public boolean isAlwaysOn() {
        return strike.usdPerMwh() == Double.POSITIVE_INFINITY && !strike.followsBreakeven() && peakWindows.isEmpty()
                && !respondsToDemandResponse;
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }
}
