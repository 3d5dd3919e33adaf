package com.hashinsight.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.economics.EconomicInputException;
import com.hashinsight.economics.PriceSeries;
import com.hashinsight.economics.Strike;
import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.HoldStyle;
import com.hashinsight.fleet.RiskLevel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class StrategyComparatorTest {

    private static final int MONTHS = 24;
    private static final int PATHS = 600;
    private static final long SEED = 17L;

    @Test
    void comparisonIsReproducible() {
        List<StrategyCandidate> presets = presets(RiskLevel.MEDIUM);

        StrategyComparison first = comparator(80_000).compare(client(RiskLevel.MEDIUM), presets, MONTHS, PATHS, SEED);
        StrategyComparison second = comparator(80_000).compare(client(RiskLevel.MEDIUM), presets, MONTHS, PATHS, SEED);

        assertEquals(first, second);
        assertEquals(3, first.outcomes().size());
        assertEquals(MONTHS, first.outcomes().getFirst().cumulativeNetUsdByMonth().size());
        assertEquals("prior", first.factorsLabel());
    }

    @Test
    void checkpointCanStopComparison() {
        int[] checkpoints = {0};
        Runnable stopAtSecond = () -> {
            if (++checkpoints[0] == 2) {
                throw new CancellationException("stopped");
            }
        };

        assertThrows(CancellationException.class, () -> comparator(80_000).compare(client(RiskLevel.MEDIUM),
                presets(RiskLevel.MEDIUM), MONTHS, PATHS, SEED, stopAtSecond));
        assertEquals(2, checkpoints[0], "one checkpoint before each candidate, stopped before the second");
    }

    @Test
    void spotStrategyCurtailsPriceSpikes() {
        StrategyComparison comparison = comparator(80_000).compare(client(RiskLevel.MEDIUM), presets(RiskLevel.MEDIUM), MONTHS, PATHS, SEED);
        CandidateOutcome spot = comparison.outcomes().get(2);

        assertTrue(spot.cyclesPerMinerYear() > 10, "two 600 USD/MWh hours every ten days: " + spot.cyclesPerMinerYear());
        assertTrue(spot.expectedDowntimeShare() > 1 - spot.uptime(), "curtailment adds to failure downtime");
        assertTrue(spot.kwhPerPhDay() > 17.5 * 24 * 1.1 * 0.9, "energy per PH/s·day near 17.5 J/TH with PUE 1.1: " + spot.kwhPerPhDay());
    }

    @Test
    void higherBtcPriceRaisesEveryMedian() {
        List<StrategyCandidate> presets = presets(RiskLevel.MEDIUM);
        StrategyComparator low = comparator(60_000);
        StrategyComparator high = low.withMarket(StrategyFixtures.market(120_000));

        StrategyComparison lowResult = low.compare(client(RiskLevel.MEDIUM), presets, MONTHS, PATHS, SEED);
        StrategyComparison highResult = high.compare(client(RiskLevel.MEDIUM), presets, MONTHS, PATHS, SEED);

        for (int i = 0; i < presets.size(); i++) {
            assertTrue(highResult.outcomes().get(i).projection().finalCumulativeNetUsd().p50()
                    > lowResult.outcomes().get(i).projection().finalCumulativeNetUsd().p50(), "strategy " + i);
        }
    }

    @Test
    void recommendationFollowsRiskLevel() {
        for (RiskLevel risk : RiskLevel.values()) {
            ClientProfile patient = new ClientProfile("acme", "Acme", risk, 500_000, 600, HoldStyle.SELL_DAILY, "ERCOT");
            StrategyComparison comparison = comparator(90_000).compare(patient, presets(risk), MONTHS, PATHS, SEED);

            Comparator<CandidateOutcome> byRisk = switch (risk) {
                case LOW -> Comparator.comparingDouble(outcome -> outcome.projection().finalCumulativeNetUsd().p10());
                case MEDIUM -> Comparator.comparingDouble(outcome -> outcome.projection().finalCumulativeNetUsd().p50());
                case HIGH -> Comparator.comparingDouble(outcome -> outcome.projection().finalCumulativeNetUsd().p90());
            };
            boolean anyPaysBack = comparison.outcomes().stream().anyMatch(outcome -> outcome.medianPaybackMonth().isPresent());
            List<CandidateOutcome> eligible = comparison.outcomes().stream()
                    .filter(outcome -> !anyPaysBack || outcome.medianPaybackMonth().isPresent()).toList();
            assertEquals(eligible.stream().max(byRisk).orElseThrow(), comparison.recommendedOutcome(), risk.name());
            assertTrue(comparison.recommendationKey().startsWith("strategy.reason." + risk.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @Test
    void spotContractWithoutPricesNamesSettlementPoint() {
        StrategyComparator noPrices = new StrategyComparator(StrategyFixtures.market(80_000), Map.of(), new PriorOperationalFactors(),
                PriorOperationalFactors.DEFAULT_MAINTENANCE, CompareCommand.DEFAULT_POOL);
        StrategyCandidate spot = presets(RiskLevel.HIGH).get(2);

        EconomicInputException error = assertThrows(EconomicInputException.class, () -> noPrices.score(spot, MONTHS, 10, SEED));
        assertEquals("settlementPoint", error.field());
        assertEquals("HB_WEST", error.value());
    }

    @Test
    void fixedContractNeedsNoPrices() {
        StrategyComparator noPrices = new StrategyComparator(StrategyFixtures.market(80_000), Map.of(), new PriorOperationalFactors(),
                PriorOperationalFactors.DEFAULT_MAINTENANCE, CompareCommand.DEFAULT_POOL);
        StrategyCandidate fixed = new StrategyCandidate("F", StrategyFixtures.PECOS, StrategyFixtures.PECOS_FIXED, 1.0,
                CurtailmentPolicy.strikeOnly(Strike.breakeven(0)), FirmwareMode.STOCK,
                List.of(new FleetLine(StrategyFixtures.S21, 10, 3_000)), 0);

        CandidateOutcome outcome = noPrices.score(fixed, MONTHS, 50, SEED);

        assertEquals(30_000, outcome.capitalUsd(), 1e-9);
        assertTrue(outcome.projection().finalCumulativeNetUsd().p50() > -30_000);
    }

    private static StrategyComparator comparator(double btcUsd) {
        Map<String, PriceSeries> prices = Map.of("HB_WEST", StrategyFixtures.hubPrices());
        return new StrategyComparator(StrategyFixtures.market(btcUsd), prices, new PriorOperationalFactors(),
                PriorOperationalFactors.DEFAULT_MAINTENANCE, CompareCommand.DEFAULT_POOL);
    }

    private static ClientProfile client(RiskLevel risk) {
        return StrategyFixtures.client(risk, HoldStyle.SELL_DAILY, "ERCOT");
    }

    private static List<StrategyCandidate> presets(RiskLevel risk) {
        return StrategyPresets.forClient(client(risk), List.of(StrategyFixtures.PECOS),
                List.of(StrategyFixtures.PECOS_FIXED, StrategyFixtures.PECOS_SPOT), List.of(StrategyFixtures.S21), List.of(),
                new HardwarePricing(15));
    }
}
