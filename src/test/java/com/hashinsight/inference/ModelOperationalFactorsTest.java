package com.hashinsight.inference;

import static com.hashinsight.inference.TestModels.candidates;
import static com.hashinsight.inference.TestModels.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.Site;
import com.hashinsight.strategy.FirmwareMode;
import com.hashinsight.strategy.FleetLine;
import com.hashinsight.strategy.OperationalEstimate;
import com.hashinsight.strategy.OperationalFactors;
import com.hashinsight.strategy.PriorOperationalFactors;
import com.hashinsight.strategy.StrategyCandidate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The strategy engine's operational factors, backed by the real bundle. */
class ModelOperationalFactorsTest {

    private static final double TOLERANCE = 1e-9;
    private static final MinerModel S21 =
            new MinerModel("Bitmain", "Antminer S21", 200, 3_500, 3, 324, LocalDate.of(2024, 2, 1));
    private static final Site SITE = new Site("pecos", "Pecos", "Pecos, Texas, US", 31.4,
            ZoneId.of("America/Chicago"), Cooling.AIR, 1.1, 5_000, "HB_WEST", "ERCOT");
    private static final Contract FIXED = new Contract("pecos-fixed", "pecos", ContractType.FIXED, 52, 0, List.of(), 2,
            0, true, Double.NaN, 0, LocalDate.of(2025, 1, 1), 36);
    private static final StrategyCandidate CANDIDATE = new StrategyCandidate("A", SITE, FIXED, 1.0,
            CurtailmentPolicy.alwaysOn(), FirmwareMode.STOCK, List.of(new FleetLine(S21, 20, 3_000)), 0);

    private static HashTransService service;
    private static ModelConfig config;

    @BeforeAll
    static void open() throws InferenceException {
        Path dir = TestModels.bundleDir();
        service = HashTransService.open(dir, ModelBundle.readFeatureSpecVersion(dir));
        config = service.config();
    }

    @AfterAll
    static void close() {
        if (service != null) {
            service.close();
        }
    }

    private static List<EntityInput> miners(int count) {
        List<EntityInput> miners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            miners.add(new EntityInput("s21-" + i, history(config, 20 + 7 * i, i), candidates(config, 1, 50 + i)));
        }
        return miners;
    }

    @Test
    void estimateFollowsHealthScores() {
        List<EntityInput> miners = miners(6);
        OperationalFactors factors = new ModelOperationalFactors(service, (candidate, line) -> miners,
                new PriorOperationalFactors());

        OperationalEstimate estimate = factors.estimate(CANDIDATE, CANDIDATE.fleetMix().getFirst(), 0);

        double hazard = 0;
        double downtime = 0;
        for (HealthScore health : service.healthScores(miners)) {
            hazard += -Math.log(1 - health.failProb30d()) * 365 / 30;
            downtime += health.expectedDowntimeHours30d() / 720;
        }
        assertEquals(hazard / miners.size(), estimate.failuresPerMinerYear(), TOLERANCE);
        assertEquals(1 - downtime / miners.size(), estimate.uptime(), TOLERANCE);
    }

    @Test
    void realisedHashrateComesFromFallback() {
        PriorOperationalFactors prior = new PriorOperationalFactors();
        OperationalFactors factors = new ModelOperationalFactors(service, (candidate, line) -> miners(2), prior);

        OperationalEstimate estimate = factors.estimate(CANDIDATE, CANDIDATE.fleetMix().getFirst(), 0);

        assertEquals(prior.estimate(CANDIDATE, CANDIDATE.fleetMix().getFirst(), 0).realisedHashrateRatio(),
                estimate.realisedHashrateRatio(), TOLERANCE);
    }

    @Test
    void lineWithoutWorkspaceMinersUsesFallback() {
        OperationalEstimate prior = new OperationalEstimate(0.9, 0.95, 0.3);
        OperationalFactors fallback = new OperationalFactors() {
            @Override
            public OperationalEstimate estimate(StrategyCandidate candidate, FleetLine line, double cycles) {
                return prior;
            }

            @Override
            public String label() {
                return "fixed";
            }
        };
        OperationalFactors factors = new ModelOperationalFactors(service, (candidate, line) -> List.of(), fallback);

        assertSame(prior, factors.estimate(CANDIDATE, CANDIDATE.fleetMix().getFirst(), 0));
    }

    @Test
    void labelNamesModelVersion() {
        OperationalFactors factors = new ModelOperationalFactors(service, (candidate, line) -> List.of(),
                new PriorOperationalFactors());

        assertTrue(factors.label().contains(service.modelVersion()), factors.label());
    }
}
