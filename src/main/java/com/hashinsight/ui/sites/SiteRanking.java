package com.hashinsight.ui.sites;

import com.hashinsight.ui.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A client's candidate sites and contracts, best first.
 *
 * @param clientId  the client ranked for
 * @param source    what the ranking is by, shown above the table
 * @param detail    a second line, such as why the model did not rank; null when there is none
 * @param fleet     the fleet placed at each candidate, for example "20 × Antminer S21"
 * @param rows      one row per site and contract, in rank order
 */
public record SiteRanking(String clientId, LocalizedText source, LocalizedText detail, LocalizedText fleet,
        List<SiteRank> rows) {

    public SiteRanking {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fleet, "fleet");
        rows = List.copyOf(rows);
    }
}
