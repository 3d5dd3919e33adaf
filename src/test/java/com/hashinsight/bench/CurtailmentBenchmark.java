package com.hashinsight.bench;

import com.hashinsight.economics.ContractTariff;
import com.hashinsight.economics.CurtailmentEvaluator;
import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.economics.CurtailmentResult;
import com.hashinsight.economics.MinerGroup;
import com.hashinsight.economics.PeakWindow;
import com.hashinsight.economics.PriceSeries;
import com.hashinsight.economics.Strike;
import java.util.ArrayList;
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
 * One year of 15-minute curtailment evaluation (35,040 intervals) for 1,000 miners of four models,
 * with hysteresis, minimum off-time, cycling cost, a ramp limit and 4CP windows. The timed work
 * includes building the evaluator (contract prices, local-time flags). Target: at most 100 ms.
 *
 * <p>{@code byGroup} evaluates one pass per model, as the product does. {@code perMiner} evaluates
 * one pass per miner for comparison, to show what grouping identical miners saves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CurtailmentBenchmark {

    private PriceSeries prices;
    private CurtailmentPolicy policy;
    private List<MinerGroup> groups;
    private List<MinerGroup> singleMiners;
    private double[] payoutUsdPerThDay;

    @Setup
    public void prepare() {
        SplittableRandom random = new SplittableRandom(7);
        prices = BenchmarkData.quarterHourYear(random);
        policy = new CurtailmentPolicy(Strike.breakeven(0), 5, 60, 0.5, 4.0, List.of(PeakWindow.ercotFourCp()), 50, false);
        groups = List.of(new MinerGroup("Antminer S21", 400, 200, 3_500), new MinerGroup("Antminer S19 XP", 300, 140, 3_010),
                new MinerGroup("Antminer S19j Pro", 200, 100, 3_050), new MinerGroup("Whatsminer M50S", 100, 126, 3_276));
        singleMiners = new ArrayList<>();
        for (MinerGroup group : groups) {
            for (int i = 0; i < group.count(); i++) {
                singleMiners.add(new MinerGroup(group.name(), 1, group.hashrateThs(), group.powerW()));
            }
        }
        payoutUsdPerThDay = new double[prices.size()];
        for (int i = 0; i < payoutUsdPerThDay.length; i++) {
            int day = i / 96;
            payoutUsdPerThDay[i] = 0.045 + 0.01 * Math.sin(day / 20.0);
        }
    }

    @Benchmark
    public CurtailmentResult byGroup() {
        CurtailmentEvaluator evaluator = new CurtailmentEvaluator(prices, new ContractTariff(BenchmarkData.SPOT, BenchmarkData.SITE),
                BenchmarkData.SITE, policy, null);
        return evaluator.evaluateFleet("fleet", groups, payoutUsdPerThDay);
    }

    @Benchmark
    public CurtailmentResult perMiner() {
        CurtailmentEvaluator evaluator = new CurtailmentEvaluator(prices, new ContractTariff(BenchmarkData.SPOT, BenchmarkData.SITE),
                BenchmarkData.SITE, policy, null);
        return evaluator.evaluateFleet("fleet", singleMiners, payoutUsdPerThDay);
    }
}
