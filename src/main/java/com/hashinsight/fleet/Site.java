package com.hashinsight.fleet;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A hosting site.
 *
 * @param id              site key, unique per workspace
 * @param name            display name
 * @param location        free text, for example "Pecos, Texas, US"
 * @param latitude        degrees north, used for climate; NaN when unknown
 * @param timezone        local time zone, used for time-of-use windows
 * @param cooling         cooling method
 * @param pue             power usage effectiveness, at least 1.0
 * @param capacityKw      contracted electrical capacity in kW, positive
 * @param settlementPoint price node for spot contracts, for example "HB_WEST"; null when none
 * @param region          market region, for example "ERCOT" or "Nordics"
 */
public record Site(String id, String name, String location, double latitude, ZoneId timezone,
        Cooling cooling, double pue, double capacityKw, String settlementPoint, String region) {

    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(cooling, "cooling");
        if (!(pue >= 1.0) || pue > 3.0) {
            throw new IllegalArgumentException("pue must be between 1.0 and 3.0, got " + pue);
        }
        MinerModel.requirePositive("capacityKw", capacityKw);
    }
}
