package com.hashinsight.simulation;

import java.util.List;
import java.util.Objects;

/**
 * When a miner stops for high energy prices. The strike is the miner's breakeven price (its
 * expected mining revenue per metered MWh) times {@code strikeRatio}. The miner stops when the
 * contract price rises above strike × (1 + hysteresis) and restarts when it falls below
 * strike × (1 − hysteresis), but not before it has been off for {@code minOffMinutes}.
 *
 * @param id            policy key, written to the ground truth
 * @param enabled       false for a miner that never stops for price
 * @param strikeRatio   strike as a share of breakeven, positive
 * @param hysteresis    relative dead band around the strike, 0 ≤ h &lt; 1
 * @param minOffMinutes minimum minutes off once stopped, not negative
 */
public record CurtailmentPolicy(String id, boolean enabled, double strikeRatio, double hysteresis, int minOffMinutes) {

    /** Never curtails for price (demand-response requests are still obeyed). */
    public static final CurtailmentPolicy ALWAYS_ON = new CurtailmentPolicy("always-on", false, 1.0, 0.0, 0);
    /** Curtails at breakeven and may restart after one 15-minute settlement interval. */
    public static final CurtailmentPolicy STRIKE = new CurtailmentPolicy("strike", true, 1.0, 0.05, 15);
    /** Curtails at breakeven and stays off for at least 4 hours, which trades revenue for fewer thermal cycles. */
    public static final CurtailmentPolicy STRIKE_MIN_OFF_4H = new CurtailmentPolicy("strike-min-off-4h", true, 1.0, 0.05, 240);

    /** Every built-in policy, in candidate order. */
    public static final List<CurtailmentPolicy> BUILT_IN = List.of(ALWAYS_ON, STRIKE, STRIKE_MIN_OFF_4H);

    public CurtailmentPolicy {
        Objects.requireNonNull(id, "id");
        if (!(strikeRatio > 0) || Double.isInfinite(strikeRatio)) {
            throw new IllegalArgumentException("strikeRatio must be a positive finite number, got " + strikeRatio);
        }
        if (!(hysteresis >= 0 && hysteresis < 1)) {
            throw new IllegalArgumentException("hysteresis must be in [0, 1), got " + hysteresis);
        }
        if (minOffMinutes < 0) {
            throw new IllegalArgumentException("minOffMinutes must not be negative, got " + minOffMinutes);
        }
    }

    /** Returns the built-in policy with {@code id}. */
    public static CurtailmentPolicy byId(String id) {
        for (CurtailmentPolicy policy : BUILT_IN) {
            if (policy.id.equals(id)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown curtailment policy " + id + ", expected one of always-on, strike, strike-min-off-4h");
    }
}
