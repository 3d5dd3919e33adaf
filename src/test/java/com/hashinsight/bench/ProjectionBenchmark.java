package com.hashinsight.bench;

import com.hashinsight.economics.BootstrapPriceModel;
import com.hashinsight.economics.ContractTariff;
import com.hashinsight.economics.CurtailmentEvaluator;
import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.economics.CurtailmentResponse;
import com.hashinsight.economics.DifficultyModel;
import com.hashinsight.economics.MarketModel;
import com.hashinsight.economics.MinerGroup;
import com.hashinsight.economics.MonteCarloProjection;
import com.hashinsight.economics.PriceSeries;
import com.hashinsight.economics.ProjectionFleet;
import com.hashinsight.economics.ProjectionResult;
import com.hashinsight.economics.Strike;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 10,000-path × 36-month projection of a 1,000-miner fleet in two groups, with a plain daily
 * bootstrap of four years of log returns (30 draws per path-month) and curtailment responses
 * tabulated from one year of hourly prices. Target: at most 200 ms on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProjectionBenchmark {

    private MarketModel market;
    private ProjectionFleet fleet;

    @Setup
    public void prepare() {
        SplittableRandom random = new SplittableRandom(1);
        double[] returns = new double[4 * 365];
        for (int day = 0; day < returns.length; day++) {
            returns[day] = 0.0005 + 0.035 * random.nextGaussian();
        }
        market = new MarketModel(LocalDate.of(2026, 1, 1), 90_000, 1.2e14, 930_000L, 0.04, new BootstrapPriceModel(returns, 1),
                new DifficultyModel(Math.log(1.4) / 365.25, 0.003));

        PriceSeries prices = BenchmarkData.hourlyYear(random);
        CurtailmentEvaluator evaluator = new CurtailmentEvaluator(prices, new ContractTariff(BenchmarkData.SPOT, BenchmarkData.SITE),
                BenchmarkData.SITE, CurtailmentPolicy.strikeOnly(Strike.breakeven(0)), null);
        double[] levels = CurtailmentResponse.logSpacedLevels(0.002, 1.0, 48);
        MinerGroup s21 = new MinerGroup("Antminer S21", 600, 200, 3_500);
        MinerGroup s19 = new MinerGroup("Antminer S19 XP", 400, 140, 3_010);
        fleet = new ProjectionFleet(List.of(new ProjectionFleet.Group(s21, CurtailmentResponse.tabulate(evaluator, s21, levels)),
                new ProjectionFleet.Group(s19, CurtailmentResponse.tabulate(evaluator, s19, levels))), 3_500_000, 0.975, 1.1, 0.97, 0.97,
                20_000, 0.5);
    }

    @Benchmark
    public ProjectionResult project10kPaths36Months() {
        return MonteCarloProjection.project(market, fleet, 36, 10_000, 42L);
    }
}
