package com.hashinsight.ui.health;

import com.hashinsight.ui.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The health of every miner of a workspace at one time.
 *
 * @param source  where the risks come from, shown above the table
 * @param asOf    end of the telemetry window the risks describe
 * @param miners  one row per miner, in workspace order
 */
public record HealthReport(LocalizedText source, Instant asOf, List<MinerHealth> miners) {

    public HealthReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        miners = List.copyOf(miners);
    }
}
