package com.hashinsight.simulation;

import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.economics.Strike;
import java.util.List;
import java.util.Objects;

/**
 * A named curtailment policy of the economics engine that a miner can run under. Every preset obeys
 * demand-response requests; none charges a thermal-cycle cost, because the simulator models the
 * wear of each cycle itself.
 *
 * @param id     policy key, written to the ground truth and used by candidates
 * @param rules  the economics engine's policy
 */
record PolicyPreset(String id, CurtailmentPolicy rules) {

    private static final double HYSTERESIS_USD_PER_MWH = 3.0;

    /** Never curtails for price. */
    static final PolicyPreset ALWAYS_ON = new PolicyPreset("always-on",
            new CurtailmentPolicy(Strike.never(), 0, 0, 0, Double.POSITIVE_INFINITY, List.of(), 0, true));
    /** Curtails above breakeven and may restart after one 15-minute settlement interval. */
    static final PolicyPreset STRIKE = new PolicyPreset("strike", breakeven(15));
    /** Curtails above breakeven and stays off at least 4 hours, trading revenue for fewer thermal cycles. */
    static final PolicyPreset STRIKE_MIN_OFF_4H = new PolicyPreset("strike-min-off-4h", breakeven(240));

    /** Every built-in preset, in candidate order. */
    static final List<PolicyPreset> BUILT_IN = List.of(ALWAYS_ON, STRIKE, STRIKE_MIN_OFF_4H);

    PolicyPreset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rules, "rules");
    }

    /** Returns the built-in preset with {@code id}. */
    static PolicyPreset byId(String id) {
        for (PolicyPreset preset : BUILT_IN) {
            if (preset.id.equals(id)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("unknown curtailment policy " + id + ", expected one of always-on, strike, strike-min-off-4h");
    }

    private static CurtailmentPolicy breakeven(int minOffMinutes) {
        return new CurtailmentPolicy(Strike.breakeven(0), HYSTERESIS_USD_PER_MWH, minOffMinutes, 0, Double.POSITIVE_INFINITY,
                List.of(), 0, true);
    }
}
