package com.hashinsight.bench;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.Site;
import com.hashinsight.economics.PriceSeries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

/** Synthetic sites, contracts and price years for the economics benchmarks. */
final class BenchmarkData {

    static final Site SITE = new Site("pecos", "Pecos", "Pecos, Texas, US", 31.4, ZoneId.of("America/Chicago"), Cooling.AIR, 1.1,
            10_000, "HB_WEST", "ERCOT");
    static final Contract SPOT = new Contract("pecos-spot", "pecos", ContractType.SPOT, Double.NaN, 4, List.of(), 2, 0.002, true,
            Double.NaN, 0, LocalDate.of(2025, 1, 1), 36);

    private static final Instant YEAR_START = Instant.parse("2025-01-01T06:00:00Z");

    private BenchmarkData() {
    }

    /** One year of hourly prices: a daily shape, noise, spikes on about 2 % of hours and negative nights. */
    static PriceSeries hourlyYear(SplittableRandom random) {
        return year(random, 60);
    }

    /** One year of 15-minute prices with the same shape as {@link #hourlyYear}. */
    static PriceSeries quarterHourYear(SplittableRandom random) {
        return year(random, 15);
    }

    private static PriceSeries year(SplittableRandom random, int intervalMinutes) {
        int intervals = 365 * 24 * 60 / intervalMinutes;
        double[] prices = new double[intervals];
        for (int i = 0; i < intervals; i++) {
            double hourOfDay = (i * intervalMinutes / 60.0) % 24;
            double price = 35 + 15 * Math.sin((hourOfDay - 14) / 24 * 2 * Math.PI) + 8 * random.nextGaussian();
            if (random.nextDouble() < 0.02) {
                price += 300 + 1_500 * random.nextDouble();
            }
            prices[i] = price;
        }
        return new PriceSeries("HB_WEST", YEAR_START, intervalMinutes, prices);
    }
}
