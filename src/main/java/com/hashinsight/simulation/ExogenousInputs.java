package com.hashinsight.simulation;

/** Source of a world's market path and spot prices: Monte Carlo and synthetic by default. */
class ExogenousInputs {

    MarketPath market(SimulationConfig config, int days) {
        return MarketPath.monteCarlo(config.seed(), config.startDate(), days);
    }

    /** Days from the start that real data covers; synthetic inputs cover all {@code days}. */
    int coveredDays(SimulationConfig config, java.util.List<SitePlan> sites, int days) {
        return days;
    }

    SiteSeries siteSeries(SimulationConfig config, SitePlan site, int siteIndex, int days, MarketPath market) {
        float[] ambient = new float[days * World.STEPS_PER_DAY];
        site.climate().fill(ambient, config.startDate(), World.STEP_MINUTES, site.site().timezone(),
                RandomStreams.stream(config.seed(), RandomStreams.SITE_WEATHER, siteIndex));
        double[] spot = site.spotPrices().generate(config.startDate(), days * 24, site.site().timezone(),
                RandomStreams.stream(config.seed(), RandomStreams.SPOT_PRICE, siteIndex));
        return new SiteSeries(site, ambient, spot, config.startDate(), market);
    }
}
