package com.hashinsight.strategy;

import com.hashinsight.economics.DifficultyModel;
import com.hashinsight.economics.GbmPriceModel;
import com.hashinsight.economics.MarketModel;
import com.hashinsight.economics.PriceSeries;
import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.HoldStyle;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.RiskLevel;
import com.hashinsight.fleet.Site;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Sites, contracts, clients and markets shared by the strategy tests. */
final class StrategyFixtures {

    static final MinerModel S21 = new MinerModel("Bitmain", "Antminer S21", 200, 3_500, 3, 324, LocalDate.of(2024, 2, 1));
    static final MinerModel S19J_PRO = new MinerModel("Bitmain", "Antminer S19j Pro", 100, 3_050, 3, 378, LocalDate.of(2021, 6, 1));
    static final Site PECOS = new Site("pecos", "Pecos", "Pecos, Texas, US", 31.4, ZoneId.of("America/Chicago"), Cooling.AIR, 1.1,
            5_000, "HB_WEST", "ERCOT");
    static final Site OSLO = new Site("oslo", "Oslo", "Oslo, NO", 59.9, ZoneId.of("Europe/Oslo"), Cooling.HYDRO, 1.05, 5_000,
            null, "Nordics");
    static final Contract PECOS_FIXED = contract("pecos-fixed", "pecos", ContractType.FIXED, 52, 0);
    static final Contract PECOS_SPOT = contract("pecos-spot", "pecos", ContractType.SPOT, Double.NaN, 4);
    static final Contract OSLO_FIXED = contract("oslo-fixed", "oslo", ContractType.FIXED, 40, 0);

    private StrategyFixtures() {
    }

    static Contract contract(String id, String siteId, ContractType type, double fixedUsdPerMwh, double adderUsdPerMwh) {
        return new Contract(id, siteId, type, fixedUsdPerMwh, adderUsdPerMwh, List.of(), 2, 0, true, Double.NaN, 0,
                LocalDate.of(2025, 1, 1), 36);
    }

    static ClientProfile client(RiskLevel risk, HoldStyle hold, String region) {
        return new ClientProfile("acme", "Acme Mining", risk, 500_000, 30, hold, region);
    }

    static MarketModel market(double btcUsd) {
        return new MarketModel(LocalDate.of(2026, 1, 1), btcUsd, 1.2e14, 930_000L, 0.04, new GbmPriceModel(0.0004, 0.03),
                new DifficultyModel(Math.log(1.35) / 365.25, 0.002));
    }

    static PriceSeries hubPrices() {
        double[] prices = new double[TestWorkspace.PRICE_HOURS];
        for (int hour = 0; hour < prices.length; hour++) {
            prices[hour] = TestWorkspace.hourlyPrice(hour);
        }
        return new PriceSeries("HB_WEST", TestWorkspace.PRICES_START, 60, prices);
    }
}
