package com.hashinsight.tokenizer;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made fleet records for tokenizer tests. */
final class TokenFixtures {

    static final String SERIAL = "SN-0001";
    static final MinerModel MODEL = new MinerModel("Bitmain", "Antminer S21", 200, 3500, 3, 324, LocalDate.of(2024, 2, 1));
    static final Site SITE = new Site("tx-pecos", "Pecos", "Pecos, Texas, US", 31.4, ZoneId.of("America/Chicago"),
            Cooling.AIR, 1.1, 5000, "HB_WEST", "ERCOT");
    static final Contract CONTRACT = new Contract("c-1", "tx-pecos", ContractType.SPOT, Double.NaN, 5, List.of(), 0, 0.01,
            true, Double.NaN, 0, LocalDate.of(2024, 1, 1), 36);
    static final ClientProfile CLIENT = new ClientProfile("client-1", "Client One", RiskLevel.MEDIUM, 2_000_000, 18,
            HoldStyle.MIXED, "ERCOT");
    static final Miner MINER = new Miner(SERIAL, MODEL.model(), SITE.id(), CLIENT.id(), LocalDate.of(2024, 3, 1), "stock 2024.10");

    private TokenFixtures() {
    }

    /** A healthy sample at {@code time}; the values vary smoothly with the minute so windows have spread. */
    static TelemetrySample sample(Instant time) {
        double phase = (time.getEpochSecond() / 300 % 12) / 12.0;
        return new TelemetrySample(time, SERIAL, 195 + 5 * phase, 900, 3450 + 50 * phase, 65 + 4 * phase, 75 + 4 * phase,
                28, 45, 4200, 3, 2, "OK", "", "simulator");
    }

    /** Samples every {@code step} in {@code [from, to)}. */
    static List<TelemetrySample> telemetry(Instant from, Instant to, Duration step) {
        List<TelemetrySample> rows = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
            rows.add(sample(t));
        }
        return rows;
    }

    /** Hourly RTM prices at HB_WEST in {@code [from, to)}: 30 USD/MWh, with a 250 USD/MWh spike at 17:00 UTC. */
    static List<EnergyPrice> prices(Instant from, Instant to) {
        List<EnergyPrice> rows = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofHours(1))) {
            int hour = (int) (t.getEpochSecond() / 3600 % 24);
            rows.add(new EnergyPrice("HB_WEST", t, 60, "RTM", hour == 17 ? 250 : 30));
        }
        return rows;
    }

    static EntityHistory history(List<TelemetrySample> telemetry, List<HistoryEvent> events, List<EnergyPrice> prices) {
        return new EntityHistory(MINER, MODEL, SITE, CONTRACT, CLIENT, telemetry, events, prices);
    }

    static MarketHistory market(Instant from, Instant to) {
        List<MarketSnapshot> rows = new ArrayList<>();
        long height = 840_000;
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofDays(1))) {
            double days = Duration.between(from, t).toDays();
            rows.add(new MarketSnapshot(t, height, 60_000 + 100 * days, 8e13 * (1 + 0.001 * days), 6e8, 0.1));
            height += 144;
        }
        return new MarketHistory(rows);
    }
}
