package com.hashinsight.ui.health;

/** Direction of a miner's 30-day failure risk: the last day compared with the week before it. */
public enum Trend {
    RISING,
    STEADY,
    FALLING;

    /** Risk ratio above which the trend is rising, and below whose inverse it is falling. */
    static final double THRESHOLD_RATIO = 1.2;

    /** Returns the trend from the risk of the week before to the risk now; STEADY when either is unknown. */
    static Trend of(double earlierRisk, double currentRisk) {
        if (!(earlierRisk > 0) || !Double.isFinite(currentRisk)) {
            return STEADY;
        }
        double ratio = currentRisk / earlierRisk;
        if (ratio > THRESHOLD_RATIO) {
            return RISING;
        }
        return ratio < 1 / THRESHOLD_RATIO ? FALLING : STEADY;
    }
}
