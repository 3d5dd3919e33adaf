package com.hashinsight.strategy;

import com.hashinsight.economics.ContractTariff;
import com.hashinsight.economics.CurtailmentEvaluator;
import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.economics.CurtailmentResponse;
import com.hashinsight.economics.EconomicInputException;
import com.hashinsight.economics.Hashprice;
import com.hashinsight.economics.HostingFees;
import com.hashinsight.economics.MaintenanceCost;
import com.hashinsight.economics.MarketModel;
import com.hashinsight.economics.MinerGroup;
import com.hashinsight.economics.MiningRevenue;
import com.hashinsight.economics.MonteCarloProjection;
import com.hashinsight.economics.PoolTerms;
import com.hashinsight.economics.PriceSeries;
import com.hashinsight.economics.ProjectionFleet;
import com.hashinsight.economics.ProjectionResult;
import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.RiskLevel;
import com.hashinsight.fleet.Site;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Scores strategy candidates with the Monte Carlo projection and recommends one for a client.
 *
 * <p>For each candidate: the curtailment policy is evaluated over the last year of energy prices
 * of the site's settlement point, at a ladder of payout levels, giving each fleet line's running
 * share and energy cost as a function of hashprice. The operational factors then give uptime,
 * realised hashrate and failure rate, failures become repair cost and downtime, and the
 * projection runs with the same seed for every candidate, so candidates are compared on the same
 * market paths.
 *
 * <p>Curtailment responses are cached by site, contract, policy and operating point, so scoring
 * again after a change of market assumptions or capital reuses them. Safe for concurrent use.
 *
 * <p>Recommendation: among candidates whose median payback is within the client's target (all
 * candidates when none is), a low-risk client gets the best P10 of final cumulative net profit,
 * a medium-risk client the best median and a high-risk client the best P90.
 */
public final class StrategyComparator {

    private static final double[] PAYOUT_LEVELS_USD_PER_TH_DAY = CurtailmentResponse.logSpacedLevels(0.002, 1.0, 48);
    private static final double HOURS_PER_YEAR = 365.25 * 24;
    private static final int HOURS_IN_PRICE_YEAR = 8_760;

    private final MarketModel market;
    private final Map<String, PriceSeries> pricesBySettlementPoint;
    private final OperationalFactors factors;
    private final MaintenanceCost maintenance;
    private final PoolTerms pool;
    private final Map<ResponseKey, CurtailmentResponse> responses = new ConcurrentHashMap<>();

    /**
     * Creates a comparator.
     *
     * @param market                   start state and random models of the market
     * @param pricesBySettlementPoint  about one year of historical energy prices per settlement point
     * @param factors                  operational factors
     * @param maintenance              repair and RMA costs
     * @param pool                     pool payout terms
     */
    public StrategyComparator(MarketModel market, Map<String, PriceSeries> pricesBySettlementPoint, OperationalFactors factors,
            MaintenanceCost maintenance, PoolTerms pool) {
        this.market = Objects.requireNonNull(market, "market");
        this.pricesBySettlementPoint = Map.copyOf(pricesBySettlementPoint);
        this.factors = Objects.requireNonNull(factors, "factors");
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    /** Returns the market this comparator projects. */
    public MarketModel market() {
        return market;
    }

    /** Returns a comparator with the same prices, factors and cached responses but another market. */
    public StrategyComparator withMarket(MarketModel other) {
        StrategyComparator copy = new StrategyComparator(other, pricesBySettlementPoint, factors, maintenance, pool);
        copy.responses.putAll(responses);
        return copy;
    }

    /** Returns a comparator with the same market, prices and cached responses but other operational factors. */
    public StrategyComparator withFactors(OperationalFactors other) {
        StrategyComparator copy = new StrategyComparator(market, pricesBySettlementPoint, other, maintenance, pool);
        copy.responses.putAll(responses);
        return copy;
    }

    /** Returns the operational factors this comparator scores with. */
    public OperationalFactors factors() {
        return factors;
    }

    /**
     * Scores {@code candidates} and recommends one for {@code client}.
     *
     * @param client     the client, for risk level and payback target; null scores for a medium-risk client without target
     * @param candidates strategies to score, at least one
     * @param months     horizon in months
     * @param paths      Monte Carlo paths per candidate
     * @param seed       random seed
     * @throws EconomicInputException naming {@code settlementPoint} when a spot-priced candidate's site has no prices
     */
    public StrategyComparison compare(ClientProfile client, List<StrategyCandidate> candidates, int months, int paths, long seed) {
        return compare(client, candidates, months, paths, seed, () -> { });
    }

    /**
     * Scores {@code candidates} as {@link #compare(ClientProfile, List, int, int, long)} does, running
     * {@code checkpoint} before each candidate so that a caller can stop a comparison nobody waits for
     * by throwing from it, for example a {@link java.util.concurrent.CancellationException}.
     */
    public StrategyComparison compare(ClientProfile client, List<StrategyCandidate> candidates, int months, int paths, long seed,
            Runnable checkpoint) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates to compare");
        }
        List<CandidateOutcome> outcomes = new ArrayList<>(candidates.size());
        for (StrategyCandidate candidate : candidates) {
            checkpoint.run();
            outcomes.add(score(candidate, months, paths, seed));
        }
        RiskLevel risk = client == null ? RiskLevel.MEDIUM : client.riskLevel();
        int targetMonths = client == null ? Integer.MAX_VALUE : client.paybackTargetMonths();
        return recommend(outcomes, risk, targetMonths, months, paths, seed);
    }

    /** Scores one candidate. */
    public CandidateOutcome score(StrategyCandidate candidate, int months, int paths, long seed) {
        double payoutFraction = pool.payoutFraction(market.startFeeShare());
        double startPayoutUsdPerThDay = Hashprice.of(market.startDifficulty(),
                MiningRevenue.blockRewardBtc(market.startHeight(), market.feesPerBlockBtc()), market.startBtcUsd()).usdPerThDay()
                * payoutFraction;
        double[] response = new double[CurtailmentResponse.OUTPUT_SIZE];

        List<ProjectionFleet.Group> groups = new ArrayList<>();
        double hashrate = 0;
        double power = 0;
        double uptimeWeighted = 0;
        double realisedWeighted = 0;
        double failuresWeighted = 0;
        for (FleetLine line : candidate.fleetMix()) {
            MinerGroup group = PowerTuning.tune(line.model(), line.count(), candidate.powerTarget(), candidate.firmware());
            CurtailmentResponse curve = response(candidate, group);
            curve.interpolate(startPayoutUsdPerThDay, response);
            double cyclesPerYear = response[CurtailmentResponse.CYCLES_PER_HOUR] * HOURS_PER_YEAR;
            OperationalEstimate estimate = factors.estimate(candidate, line, cyclesPerYear);

            groups.add(new ProjectionFleet.Group(group, curve));
            hashrate += group.totalHashrateThs();
            power += group.totalPowerW();
            uptimeWeighted += estimate.uptime() * group.totalHashrateThs();
            realisedWeighted += estimate.realisedHashrateRatio() * group.totalHashrateThs();
            failuresWeighted += estimate.failuresPerMinerYear() * line.count();
        }
        double uptime = uptimeWeighted / hashrate;
        double realised = realisedWeighted / hashrate;
        double failures = failuresWeighted / candidate.minerCount();

        double hostingPerMonth = HostingFees.capacityFeeUsd(power / 1_000.0, candidate.contract().hostingUsdPerKwMonth(),
                HostingFees.DAYS_PER_MONTH);
        double repairsPerMonth = maintenance.usdPerMinerDay(failures) * candidate.minerCount() * HostingFees.DAYS_PER_MONTH;
        ProjectionFleet fleet = new ProjectionFleet(groups, candidate.capitalUsd(), payoutFraction, candidate.site().pue(), uptime,
                realised, hostingPerMonth + repairsPerMonth, candidate.heldBtcShare());
        ProjectionResult projection = MonteCarloProjection.project(market, fleet, months, paths, seed);
        return new CandidateOutcome(candidate, projection, candidate.capitalUsd(), hashrate, power, uptime, realised, failures);
    }

    private CurtailmentResponse response(StrategyCandidate candidate, MinerGroup group) {
        ResponseKey key = new ResponseKey(candidate.site(), candidate.contract(), candidate.curtailment(), group.hashrateThs(),
                group.powerW());
        return responses.computeIfAbsent(key, missing -> {
            ContractTariff tariff = new ContractTariff(candidate.contract(), candidate.site());
            PriceSeries prices = pricesFor(candidate.site(), tariff);
            CurtailmentEvaluator evaluator = new CurtailmentEvaluator(prices, tariff, candidate.site(), candidate.curtailment(), null);
            return CurtailmentResponse.tabulate(evaluator, group, PAYOUT_LEVELS_USD_PER_TH_DAY);
        });
    }

    private PriceSeries pricesFor(Site site, ContractTariff tariff) {
        PriceSeries prices = site.settlementPoint() == null ? null : pricesBySettlementPoint.get(site.settlementPoint());
        if (prices != null) {
            return prices;
        }
        if (tariff.usesSpotPrice()) {
            throw new EconomicInputException("strategy.error.noPrices", "settlementPoint", site.settlementPoint());
        }
        // Fixed and time-of-use prices need only the interval grid: one year of hours before the start.
        double[] none = new double[HOURS_IN_PRICE_YEAR];
        Arrays.fill(none, Double.NaN);
        return new PriceSeries("none", market.startDate().minusDays(365).atStartOfDay().toInstant(ZoneOffset.UTC), 60, none);
    }

    private StrategyComparison recommend(List<CandidateOutcome> outcomes, RiskLevel risk, int targetMonths, int months,
            int paths, long seed) {
        ToDoubleFunction<CandidateOutcome> score = switch (risk) {
            case LOW -> outcome -> outcome.projection().finalCumulativeNetUsd().p10();
            case MEDIUM -> outcome -> outcome.projection().finalCumulativeNetUsd().p50();
            case HIGH -> outcome -> outcome.projection().finalCumulativeNetUsd().p90();
        };
        boolean anyWithinTarget = outcomes.stream().anyMatch(outcome -> withinTarget(outcome, targetMonths));
        int best = -1;
        for (int i = 0; i < outcomes.size(); i++) {
            CandidateOutcome outcome = outcomes.get(i);
            if (anyWithinTarget && !withinTarget(outcome, targetMonths)) {
                continue;
            }
            if (best < 0 || score.applyAsDouble(outcome) > score.applyAsDouble(outcomes.get(best))) {
                best = i;
            }
        }
        String reason = "strategy.reason." + risk.name().toLowerCase(Locale.ROOT) + (anyWithinTarget ? "" : ".noTarget");
        return new StrategyComparison(outcomes, best, reason, months, paths, seed, factors.label());
    }

    private static boolean withinTarget(CandidateOutcome outcome, int targetMonths) {
        return outcome.medianPaybackMonth().isPresent() && outcome.medianPaybackMonth().getAsInt() <= targetMonths;
    }

    /** What a curtailment response depends on. */
    private record ResponseKey(Site site, Contract contract, CurtailmentPolicy policy, double hashrateThs, double powerW) {
    }
}
