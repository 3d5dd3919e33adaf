package com.hashinsight.simulation;

import com.hashinsight.fleet.ClientProfile;
import java.time.LocalDate;
import java.util.List;

/**
 * A built world: layout, exogenous series and candidates. Immutable once built and shared by every
 * miner's real and counterfactual runs.
 *
 * @param config          the options it was built from
 * @param sites           site plans, index = site index
 * @param series          exogenous series per site, same index
 * @param market          market path over {@link #exogenousDays()}
 * @param clients         client profiles
 * @param units           miners, index = {@link MinerUnit#index()}
 * @param candidates      candidate strategies
 * @param anchorDays      days where counterfactual runs start
 * @param dataDays        days from the start covered by real price and market data; all exogenous days
 *                        when the inputs are synthetic
 * @param presets         the strategy engine's A, B and C presets per client and cooling kind
 */
record World(SimulationConfig config, List<SitePlan> sites, List<SiteSeries> series, MarketPath market,
        List<ClientProfile> clients, List<MinerUnit> units, List<Candidate> candidates, List<Integer> anchorDays,
        int dataDays, PresetResolver presets) {

    static final int STEP_MINUTES = 5;
    static final long STEP_SECONDS = STEP_MINUTES * 60L;
    static final int STEPS_PER_DAY = 24 * 60 / STEP_MINUTES;
    static final int STEPS_PER_HOUR = 60 / STEP_MINUTES;
    static final double STEP_HOURS = STEP_MINUTES / 60.0;
    /** Extra days simulated after the written days so every written day has a full 30-day label window. */
    static final int LABEL_TAIL_DAYS = 30;
    static final List<Integer> HORIZONS_DAYS = List.of(7, 30, 90);

    LocalDate start() {
        return config.startDate();
    }

    int days() {
        return config.days();
    }

    int simulatedDays() {
        return config.days() + LABEL_TAIL_DAYS;
    }

    /** Days covered by the exogenous series: enough for a 90-day counterfactual from the last anchor. */
    int exogenousDays() {
        return config.days() + HORIZONS_DAYS.getLast();
    }

    int siteIndex(String siteId) {
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).id().equals(siteId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown site " + siteId);
    }
}
