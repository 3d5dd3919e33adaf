package com.hashinsight.simulation;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.Site;
import java.util.Objects;

/**
 * A simulated site: the importable site and contract plus the hidden world around them.
 *
 * @param site                 the site as written to {@code sites.json}
 * @param contract             its power and hosting contract
 * @param climate              outdoor temperature model
 * @param spotPrices           synthetic spot price model of its settlement point
 * @param defaultPolicy        curtailment policy its miners start with
 * @param drTriggerUsdPerMwh   spot price above which a demand-response contract requests curtailment;
 *                             NaN for other contracts
 */
record SitePlan(Site site, Contract contract, SiteClimate climate, SpotPriceProfile spotPrices,
        PolicyPreset defaultPolicy, double drTriggerUsdPerMwh) {

    SitePlan {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(contract, "contract");
        if (!contract.siteId().equals(site.id())) {
            throw new IllegalArgumentException("contract " + contract.id() + " belongs to " + contract.siteId()
                    + ", not to site " + site.id());
        }
    }

    String id() {
        return site.id();
    }

    /** Returns a copy whose site has {@code capacityKw} of contracted capacity. */
    SitePlan withCapacity(double capacityKw) {
        Site sized = new Site(site.id(), site.name(), site.location(), site.latitude(), site.timezone(), site.cooling(),
                site.pue(), capacityKw, site.settlementPoint(), site.region());
        return new SitePlan(sized, contract, climate, spotPrices, defaultPolicy, drTriggerUsdPerMwh);
    }

    /** Returns true when a unit of {@code model} can run here: water-cooled models need a HYDRO site and the reverse. */
    boolean accepts(ModelPhysics model) {
        return model.waterCooled() == (site.cooling() == Cooling.HYDRO);
    }
}
