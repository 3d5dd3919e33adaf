package com.hashinsight.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One miner or site alert, for example an over-temperature or a hashboard dropping out.
 *
 * @param id         database id
 * @param time       UTC time the alert was raised
 * @param target     miner serial or site id
 * @param alertType  kind of alert, for example "overheat"
 * @param oldValue   reading or state before; null when none
 * @param newValue   reading or state that raised the alert; null when none
 * @param source     who or what raised it
 * @param reason     free-text detail; null when none
 * @param who        user or component name; null when unknown
 */
public record Alert(long id, Instant time, String target, String alertType, String oldValue, String newValue,
        ActionSource source, String reason, String who) {

    public Alert {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(alertType, "alertType");
        Objects.requireNonNull(source, "source");
    }
}
