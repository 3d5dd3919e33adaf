package com.hashinsight.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only action log: a change to a miner, site or strategy setting.
 *
 * @param id          database id; 0 for an entry not yet appended
 * @param time        UTC time of the action
 * @param target      what was changed, for example a miner serial or "site:pecos-1"
 * @param actionType  kind of change, for example "power_mode" or "curtail"
 * @param oldValue    value before the change; null when none
 * @param newValue    value after the change; null when none
 * @param source      who or what caused it
 * @param reason      free-text reason; null when none
 * @param who         user or component name; null when unknown
 */
public record ActionLogEntry(long id, Instant time, String target, String actionType, String oldValue, String newValue,
        ActionSource source, String reason, String who) {

    public ActionLogEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actionType, "actionType");
        Objects.requireNonNull(source, "source");
    }
}
