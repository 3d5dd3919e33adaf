package com.hashinsight.economics;

/**
 * Running share of a miner group in each interval of a series: 1 all on, 0 all off, between
 * them while a ramp limit keeps the group part way. Intervals without a price keep the last
 * share.
 */
public final class CurtailmentSchedule {

    private final float[] runningShare;

    CurtailmentSchedule(float[] runningShare) {
        this.runningShare = runningShare;
    }

    /** Number of intervals. */
    public int size() {
        return runningShare.length;
    }

    /** Running share in interval {@code index}, 0 to 1. */
    public double runningShare(int index) {
        return runningShare[index];
    }

    /** Returns true when the group was fully off in interval {@code index}. */
    public boolean isOff(int index) {
        return runningShare[index] == 0f;
    }
}
