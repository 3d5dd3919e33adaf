package com.hashinsight.ui.actions;

import com.hashinsight.store.ActionSource;
import java.util.Objects;

/**
 * A change a user or a recommendation wants to apply, before the guardrails have checked it.
 *
 * @param type     what changes
 * @param target   miner serial or site id, as {@link ActionType} says
 * @param newValue value after the change, as text: watts, hours or miner count as a number, firmware as a name
 * @param source   manual or ai_suggested
 * @param reason   why; shown in the action log
 * @param who      user name
 */
public record ProposedChange(ActionType type, String target, String newValue, ActionSource source, String reason,
        String who) {

    public ProposedChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(newValue, "newValue");
        Objects.requireNonNull(source, "source");
    }
}
