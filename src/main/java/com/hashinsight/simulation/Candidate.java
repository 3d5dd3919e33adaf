package com.hashinsight.simulation;

import java.util.Objects;

/**
 * One candidate strategy that the counterfactual runner applies to a miner from an anchor day on.
 * A null setting keeps the miner's current one.
 *
 * @param id                 candidate key, unique in a world, for example "preset-A" or "site-tx-pecos"
 * @param kind               candidate kind
 * @param label              short English label for developers; screens use their own localized text
 * @param siteId             site to move the miner to; null keeps its site
 * @param powerMode          power mode; null keeps the current one
 * @param firmware           firmware; null keeps the current one
 * @param curtailmentPolicy  curtailment policy id; null keeps the current one
 */
public record Candidate(String id, CandidateKind kind, String label, String siteId, PowerMode powerMode,
        FirmwareMode firmware, String curtailmentPolicy) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (id.isBlank() || id.contains(",")) {
            throw new IllegalArgumentException("candidate id must be non-blank without commas, got '" + id + "'");
        }
    }
}
