package com.hashinsight.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.economics.MinerGroup;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.Site;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatingPointTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void powerTargetFollowsCurve() {
        MinerGroup eco = PowerTuning.tune(StrategyFixtures.S21, 10, 0.8, FirmwareMode.STOCK);

        assertEquals(2_800, eco.powerW(), TOLERANCE);
        assertEquals(200 * Math.pow(0.8, 0.75), eco.hashrateThs(), TOLERANCE);
        assertTrue(eco.joulesPerTh() < 17.5, "underclocking improves J/TH");
        assertEquals(10, eco.count());
    }

    @Test
    void autotunedFirmwareTradesFeeForEfficiency() {
        MinerGroup tuned = PowerTuning.tune(StrategyFixtures.S21, 1, 1.0, FirmwareMode.AUTOTUNED);

        assertEquals(200 / 0.93 * 0.975, tuned.hashrateThs(), TOLERANCE);
        assertThrows(IllegalArgumentException.class, () -> PowerTuning.tune(StrategyFixtures.S21, 1, 1.5, FirmwareMode.STOCK));
    }

    @Test
    void priorFactorsRiseWithOverclockAndCycles() {
        PriorOperationalFactors prior = new PriorOperationalFactors();
        StrategyCandidate stock = candidate(1.0, StrategyFixtures.PECOS);
        StrategyCandidate overclocked = candidate(1.2, StrategyFixtures.PECOS);
        FleetLine line = stock.fleetMix().getFirst();

        OperationalEstimate base = prior.estimate(stock, line, 0);
        OperationalEstimate hot = prior.estimate(overclocked, line, 0);
        OperationalEstimate cycled = prior.estimate(stock, line, 400);

        assertEquals(0.20, base.failuresPerMinerYear(), TOLERANCE);
        assertEquals(0.20 * 1.6, hot.failuresPerMinerYear(), TOLERANCE);
        assertEquals(0.20 + 0.2, cycled.failuresPerMinerYear(), TOLERANCE);
        assertEquals(0.97, base.realisedHashrateRatio(), TOLERANCE);
        assertEquals(0.95, hot.realisedHashrateRatio(), TOLERANCE);
        double downtime = PriorOperationalFactors.DEFAULT_MAINTENANCE.downtimeFraction(0.20);
        assertEquals(0.99 * (1 - downtime), base.uptime(), TOLERANCE);
    }

    @Test
    void immersionFailsLessThanAir() {
        Site immersion = new Site("tank", "Tank", "x", 0, ZoneId.of("UTC"), Cooling.IMMERSION, 1.03, 1_000, null, "Other");
        StrategyCandidate candidate = new StrategyCandidate("A", immersion,
                StrategyFixtures.contract("tank-fixed", "tank", com.hashinsight.fleet.ContractType.FIXED, 40, 0), 1.0,
                com.hashinsight.economics.CurtailmentPolicy.alwaysOn(), FirmwareMode.STOCK,
                List.of(new FleetLine(StrategyFixtures.S21, 1, 3_000)), 0);

        assertEquals(0.10, new PriorOperationalFactors().estimate(candidate, candidate.fleetMix().getFirst(), 0).failuresPerMinerYear(),
                TOLERANCE);
    }

    static StrategyCandidate candidate(double powerTarget, Site site) {
        return new StrategyCandidate("X", site, StrategyFixtures.PECOS_FIXED, powerTarget,
                com.hashinsight.economics.CurtailmentPolicy.alwaysOn(), FirmwareMode.STOCK,
                List.of(new FleetLine(StrategyFixtures.S21, 10, 3_000)), 0);
    }
}
