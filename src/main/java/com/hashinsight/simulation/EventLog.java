package com.hashinsight.simulation;

/** Formats {@code events-csv} rows of one miner: alerts from its monitor and actions of its operator. */
final class EventLog {

    static final String HEADER = "timestamp_utc,target,kind,type,old_value,new_value,source,reason,who";

    private final StringBuilder out;
    private final String[] stepTimes;
    private final String target;
    private final int lastStep;

    /**
     * @param stepTimes  UTC text of each step start
     * @param lastStep   steps at or after this are not written (the label tail after the written days)
     */
    EventLog(StringBuilder out, String[] stepTimes, String target, int lastStep) {
        this.out = out;
        this.stepTimes = stepTimes;
        this.target = target;
        this.lastStep = lastStep;
    }

    /**
     * Appends one event unless it lies after the written days.
     *
     * @throws IllegalArgumentException when a value contains a comma, which the unquoted CSV cannot carry
     */
    void add(int step, String kind, String type, String oldValue, String newValue, String reason) {
        if (step >= lastStep) {
            return;
        }
        for (String value : new String[] {type, oldValue, newValue, reason}) {
            if (value.indexOf(',') >= 0) {
                throw new IllegalArgumentException("event text must not contain a comma: " + value);
            }
        }
        out.append(stepTimes[step]).append(',').append(target).append(',').append(kind).append(',').append(type).append(',')
                .append(oldValue).append(',').append(newValue).append(",simulator,").append(reason).append(',')
                .append("ALERT".equals(kind) ? "monitor" : "operator").append('\n');
    }
}
