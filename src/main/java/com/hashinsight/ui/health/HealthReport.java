package com.hashinsight.ui.health;

import com.hashinsight.ui.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The health of every miner of a workspace at one time.
 *
 * @param source  where the risks come from, shown above the table
 * @param detail  a second line under the source, such as why the model is not used; null when there is none
 * @param asOf    end of the telemetry window the risks describe
 * @param miners  one row per miner, in workspace order
 */
public record HealthReport(LocalizedText source, LocalizedText detail, Instant asOf, List<MinerHealth> miners) {

    public HealthReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        miners = List.copyOf(miners);
    }

    /** Creates a report without a detail line. */
    public HealthReport(LocalizedText source, Instant asOf, List<MinerHealth> miners) {
        this(source, null, asOf, miners);
    }

    /** Returns this report with {@code other} as its detail line. */
    public HealthReport withDetail(LocalizedText other) {
        return new HealthReport(source, other, asOf, miners);
    }
}
