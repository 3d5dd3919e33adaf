package com.hashinsight.ui.actions;

import com.hashinsight.ui.LocalizedText;
import java.util.List;

/**
 * The guardrails' answer to a proposed change.
 *
 * @param oldValue     the value before the change, for the action log; null when unknown
 * @param violations   limits the change would break; the change is blocked unless empty
 * @param confirmation why the user must confirm a large change; null when no confirmation is needed
 */
public record Verdict(String oldValue, List<LocalizedText> violations, LocalizedText confirmation) {

    public Verdict {
        violations = List.copyOf(violations);
    }

    public boolean allowed() {
        return violations.isEmpty();
    }

    public boolean needsConfirmation() {
        return confirmation != null;
    }
}
