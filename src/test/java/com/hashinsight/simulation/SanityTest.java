package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behaviour that the simulated physics must show, checked on whole worlds. */
class SanityTest {

    private static final double MONEY_TOLERANCE_USD = 1e-3;

    /** The same world with every site's outdoor temperature raised by {@code offsetC}. */
    private static final class WarmerInputs extends ExogenousInputs {
        private final float offsetC;

        WarmerInputs(float offsetC) {
            this.offsetC = offsetC;
        }

        @Override
        SiteSeries siteSeries(SimulationConfig config, SitePlan site, int siteIndex, int days, MarketPath market) {
            SiteSeries series = super.siteSeries(config, site, siteIndex, days, market);
            for (int i = 0; i < series.ambientC.length; i++) {
                series.ambientC[i] += offsetC;
            }
            return series;
        }
    }

    @Test
    void hotterSitesFailMore() throws IOException {
        SimulationConfig config = SimulationConfig.of(31, 30, 20).withAnchorEveryDays(0).withTelemetryMinutes(60);
        Path normal = TestFolders.create("hashinsight-normal-");
        Path hotter = TestFolders.create("hashinsight-hotter-");
        FleetSimulator.run(config, normal, new ExogenousInputs());
        FleetSimulator.run(config, hotter, new WarmerInputs(10f));

        Map<String, Double> normalHazard = hazardBySite(normal);
        Map<String, Double> hotterHazard = hazardBySite(hotter);
        for (String site : normalHazard.keySet()) {
            assertTrue(hotterHazard.get(site) > normalHazard.get(site),
                    site + ": hotter " + hotterHazard.get(site) + " vs normal " + normalHazard.get(site));
        }
    }

    /** The same world with spot prices that alternate every hour between 5 and 500 USD/MWh. */
    private static final class ChoppyPriceInputs extends ExogenousInputs {
        @Override
        SiteSeries siteSeries(SimulationConfig config, SitePlan site, int siteIndex, int days, MarketPath market) {
            SiteSeries series = super.siteSeries(config, site, siteIndex, days, market);
            double[] choppy = new double[series.spotUsdPerMwh.length];
            for (int hour = 0; hour < choppy.length; hour++) {
                choppy[hour] = hour % 2 == 0 ? 5.0 : 500.0;
            }
            return new SiteSeries(site, series.ambientC, choppy, config.startDate(), market);
        }
    }

    @Test
    void longMinimumOffTimeCyclesLess() throws IOException {
        Path world = TestFolders.create("hashinsight-choppy-");
        FleetSimulator.run(SimulationConfig.of(32, 12, 5).withSites(1).withAnchorEveryDays(5).withTelemetryMinutes(60), world,
                new ChoppyPriceInputs());
        int strikeCycles = 0;
        int longOffCycles = 0;
        for (CounterfactualRecord row : GroundTruthReader.open(world).counterfactuals()) {
            if (row.horizonDays() != 7) {
                continue;
            }
            if (row.candidateId().equals("policy-strike")) {
                strikeCycles += row.cycles();
            } else if (row.candidateId().equals("policy-strike-min-off-4h")) {
                longOffCycles += row.cycles();
            }
        }
        assertTrue(strikeCycles > 0, "the strike policy never cycled, so the test shows nothing");
        assertTrue(longOffCycles < strikeCycles, "4 h minimum off " + longOffCycles + " cycles vs strike " + strikeCycles);
    }

    @Test
    void counterfactualOfCurrentPlanRepeatsRealRun() {
        GroundTruthReader truth = GroundTruthReader.open(SmallWorlds.small());
        Map<String, MinerPlanRecord> miners = new HashMap<>();
        truth.miners().forEach(miner -> miners.put(miner.serial(), miner));
        List<MinerDayRecord> days = truth.minerDays();
        int compared = 0;
        for (CounterfactualRecord row : truth.counterfactuals()) {
            MinerPlanRecord miner = miners.get(row.serial());
            boolean samePlan = row.candidateId().equals("site-" + miner.siteId());
            if (!samePlan || row.anchorDay() != 0 || row.horizonDays() != 7 || modeChanged(days, row.serial(), 7)) {
                continue;
            }
            double realised = days.stream().filter(d -> d.serial().equals(row.serial()) && d.day() < 7)
                    .mapToDouble(MinerDayRecord::netProfitUsd).sum();
            assertEquals(realised, row.netProfitUsd(), 7 * MONEY_TOLERANCE_USD, row.serial());
            compared++;
        }
        assertTrue(compared > 0, "no miner kept its power mode for 7 days");
    }

    private static boolean modeChanged(List<MinerDayRecord> days, String serial, int untilDay) {
        return days.stream().filter(d -> d.serial().equals(serial) && d.day() < untilDay).map(MinerDayRecord::powerMode)
                .distinct().count() > 1;
    }

    private static Map<String, Double> hazardBySite(Path world) {
        GroundTruthReader truth = GroundTruthReader.open(world);
        Map<String, String> siteOf = new HashMap<>();
        truth.miners().forEach(miner -> siteOf.put(miner.serial(), miner.siteId()));
        Map<String, Double> hazard = new HashMap<>();
        truth.forEachMinerDay(day -> hazard.merge(siteOf.get(day.serial()), day.hazardPerDay(), Double::sum));
        return hazard;
    }
}
