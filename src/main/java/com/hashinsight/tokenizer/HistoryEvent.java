package com.hashinsight.tokenizer;

import com.hashinsight.store.ActionLogEntry;
import com.hashinsight.store.Alert;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the event log as the tokenizer reads it.
 *
 * @param time      UTC time of the event
 * @param alert     true for an alert, false for an action
 * @param target    miner serial, or site id (plain or as "site:ID") the event applies to
 * @param type      free-text event type, for example "overheat" or "set_power_target"
 * @param oldValue  previous value as text, empty when none
 * @param newValue  new value as text, empty when none
 * @param source    manual, ai_suggested, test or simulator; other text counts as "other"
 */
public record HistoryEvent(Instant time, boolean alert, String target, String type, String oldValue,
        String newValue, String source) {

    public HistoryEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(target, "target");
        type = type == null ? "" : type;
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
        source = source == null ? "" : source;
    }

    /** Returns true when the event targets miner {@code serial} or site {@code siteId} (plain or as "site:ID"). */
    public boolean appliesTo(String serial, String siteId) {
        return target.equals(serial) || siteId != null && (target.equals(siteId) || target.equals("site:" + siteId));
    }

    /** Returns true when the event targets site {@code siteId} rather than one miner. */
    public boolean targetsSite(String siteId) {
        return siteId != null && (target.equals(siteId) || target.equals("site:" + siteId));
    }

    /** Returns the event of an action log entry. */
    public static HistoryEvent of(ActionLogEntry entry) {
        return new HistoryEvent(entry.time(), false, entry.target(), entry.actionType(), entry.oldValue(), entry.newValue(),
                entry.source().code());
    }

    /** Returns the event of an alert. */
    public static HistoryEvent of(Alert alert) {
        return new HistoryEvent(alert.time(), true, alert.target(), alert.alertType(), alert.oldValue(), alert.newValue(),
                alert.source().code());
    }
}
