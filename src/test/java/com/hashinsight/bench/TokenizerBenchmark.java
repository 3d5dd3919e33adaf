package com.hashinsight.bench;

import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.HoldStyle;
import com.hashinsight.fleet.MarketSnapshot;
import com.hashinsight.fleet.Miner;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.RiskLevel;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TelemetrySample;
import com.hashinsight.tokenizer.ContextEncoder;
import com.hashinsight.tokenizer.EntityHistory;
import com.hashinsight.tokenizer.HistoryEvent;
import com.hashinsight.tokenizer.MarketHistory;
import com.hashinsight.tokenizer.MarketState;
import com.hashinsight.tokenizer.STokenSequence;
import com.hashinsight.tokenizer.Scenario;
import com.hashinsight.tokenizer.SequenceBuilder;
import com.hashinsight.tokenizer.WindowRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Tokenizing a 500-miner workspace from in-memory rows: what the app does after loading a workspace,
 * and what one new telemetry sample per miner costs with the append path.
 *
 * <p>Fleet: 500 miners on 3 sites, 15-minute telemetry for the 31 days the window rule reads, one
 * curtailment action per miner per day, hourly real-time prices, daily market snapshots. Scoring
 * time 14:20 UTC, so the native region holds 8 h 20 min of samples.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class TokenizerBenchmark {

    static final int MINERS = 500;
    static final Instant SCORING_TIME = Instant.parse("2026-03-15T14:20:00Z");
    static final Instant NEXT_TIME = SCORING_TIME.plus(Duration.ofMinutes(15));

    private final SequenceBuilder builder = new SequenceBuilder(WindowRule.DEFAULT, SequenceBuilder.DEFAULT_MAX_TOKENS);
    private List<EntityHistory> histories;
    private List<EntityHistory> newRows;
    private List<STokenSequence> built;
    private MarketHistory market;

    @Setup(Level.Trial)
    public void prepare() {
        MinerModel model = new MinerModel("Bitmain", "Antminer S21", 200, 3500, 3, 324, LocalDate.of(2024, 2, 1));
        ClientProfile client = new ClientProfile("c1", "Client", RiskLevel.MEDIUM, 1e6, 18, HoldStyle.MIXED, "ERCOT");
        Instant from = WindowRule.DEFAULT.dailyStart(WindowRule.DEFAULT.blockStart(SCORING_TIME));
        List<Site> sites = new ArrayList<>();
        List<Contract> contracts = new ArrayList<>();
        List<List<EnergyPrice>> prices = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            String point = "NODE_" + s;
            sites.add(new Site("site-" + s, "Site " + s, "here", 31, ZoneId.of("America/Chicago"), Cooling.AIR, 1.1, 5000,
                    point, "ERCOT"));
            contracts.add(new Contract("k" + s, "site-" + s, ContractType.SPOT, Double.NaN, 5, List.of(), 0, 0.01, true,
                    Double.NaN, 0, LocalDate.of(2025, 1, 1), 36));
            prices.add(hourlyPrices(point, from, NEXT_TIME, new SplittableRandom(s)));
        }
        histories = new ArrayList<>();
        newRows = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int m = 0; m < MINERS; m++) {
            int s = m % 3;
            String serial = String.format("S21-%06d", m);
            Miner miner = new Miner(serial, model.model(), sites.get(s).id(), client.id(), LocalDate.of(2025, 6, 1), "stock 2024.10");
            List<TelemetrySample> telemetry = new ArrayList<>();
            List<HistoryEvent> events = new ArrayList<>();
            for (Instant t = from; t.isBefore(SCORING_TIME); t = t.plus(Duration.ofMinutes(15))) {
                telemetry.add(sample(serial, t, random));
                if (t.getEpochSecond() % 86_400 == 18 * 3600) {
                    events.add(new HistoryEvent(t, false, serial, "CURTAIL", "on", "off", "simulator"));
                }
            }
            histories.add(new EntityHistory(miner, model, sites.get(s), contracts.get(s), client, telemetry, events, prices.get(s)));
            newRows.add(new EntityHistory(miner, model, sites.get(s), contracts.get(s), client,
                    List.of(sample(serial, SCORING_TIME, random)), List.of(), List.of()));
        }
        List<MarketSnapshot> snapshots = new ArrayList<>();
        for (Instant t = from.minus(Duration.ofDays(40)); t.isBefore(SCORING_TIME); t = t.plus(Duration.ofDays(1))) {
            snapshots.add(new MarketSnapshot(t, 940_000, 90_000, 1.4e14, 1e9, 0.03));
        }
        market = new MarketHistory(snapshots);
        built = buildAll();
    }

    /** S-tokens of every miner from scratch. */
    @Benchmark
    public List<STokenSequence> buildAll() {
        List<STokenSequence> out = new ArrayList<>(MINERS);
        for (EntityHistory history : histories) {
            out.add(builder.build(history, SCORING_TIME));
        }
        return out;
    }

    /** One new sample per miner through the append path. */
    @Benchmark
    public List<STokenSequence> extendAll() {
        List<STokenSequence> out = new ArrayList<>(MINERS);
        for (int m = 0; m < MINERS; m++) {
            out.add(builder.extend(built.get(m), newRows.get(m), NEXT_TIME).orElseThrow());
        }
        return out;
    }

    /** NS rows of every miner, market state built once. */
    @Benchmark
    public List<float[]> contextAll() {
        MarketState state = MarketState.at(market, SCORING_TIME);
        List<float[]> out = new ArrayList<>(MINERS);
        for (int m = 0; m < MINERS; m++) {
            out.add(ContextEncoder.encode(histories.get(m), built.get(m), state, Scenario.MARKET));
        }
        return out;
    }

    /** Total S-tokens over the fleet, for the report. */
    int totalTokens() {
        return built.stream().mapToInt(STokenSequence::length).sum();
    }

    private static TelemetrySample sample(String serial, Instant time, SplittableRandom random) {
        return new TelemetrySample(time, serial, 195 + random.nextDouble(10), 900, 3450 + random.nextDouble(100),
                64 + random.nextDouble(6), 74 + random.nextDouble(6), 25, 44, 4200, 3, random.nextInt(3), "OK", "", "simulator");
    }

    private static List<EnergyPrice> hourlyPrices(String point, Instant from, Instant to, SplittableRandom random) {
        List<EnergyPrice> rows = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofHours(1))) {
            rows.add(new EnergyPrice(point, t, 60, "RTM", random.nextDouble() < 0.03 ? 150 + random.nextDouble(500) : 20 + random.nextDouble(30)));
        }
        return rows;
    }
}
