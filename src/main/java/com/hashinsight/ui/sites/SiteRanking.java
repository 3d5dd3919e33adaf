package com.hashinsight.ui.sites;

import com.hashinsight.ui.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A client's candidate sites and contracts, best first.
 *
 * @param clientId  the client ranked for
 * @param source    what the ranking is by, shown above the table
 * @param fleet     the fleet placed at each candidate, for example "20 × Antminer S21"
 * @param rows      one row per site and contract, in rank order
 */
public record SiteRanking(String clientId, LocalizedText source, String fleet, List<SiteRank> rows) {

    public SiteRanking {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(source, "source");
        rows = List.copyOf(rows);
    }
}
