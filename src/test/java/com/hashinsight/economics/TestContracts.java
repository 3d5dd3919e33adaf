package com.hashinsight.economics;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TouWindow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Sites, contracts and models shared by the economics tests. */
final class TestContracts {

    static final MinerModel S21 = new MinerModel("Bitmain", "Antminer S21", 200.0, 3_500.0, 3, 324, LocalDate.of(2023, 10, 1));

    private TestContracts() {
    }

    static Site texasSite(double pue) {
        return new Site("pecos", "Pecos", "Pecos, Texas, US", 31.4, ZoneId.of("America/Chicago"), Cooling.AIR, pue, 10_000,
                "HB_WEST", "ERCOT");
    }

    static Contract fixed(double usdPerMwh) {
        return contract(ContractType.FIXED, usdPerMwh, 0, List.of(), 0, 0, 0);
    }

    static Contract spot(double adderUsdPerMwh) {
        return contract(ContractType.SPOT, Double.NaN, adderUsdPerMwh, List.of(), 0, 0, 0);
    }

    static Contract hosted(double usdPerMwh, double hostingUsdPerKwMonth, double hostingUsdPerKwh) {
        return contract(ContractType.FIXED, usdPerMwh, 0, List.of(), hostingUsdPerKwMonth, hostingUsdPerKwh, 0);
    }

    static Contract timeOfUse(double fallbackUsdPerMwh, List<TouWindow> windows) {
        return contract(ContractType.TIME_OF_USE, fallbackUsdPerMwh, 0, windows, 0, 0, 0);
    }

    static Contract demandResponse(double fixedUsdPerMwh, double adderUsdPerMwh, double drPaymentUsdPerMwh) {
        return contract(ContractType.DEMAND_RESPONSE, fixedUsdPerMwh, adderUsdPerMwh, List.of(), 0, 0, drPaymentUsdPerMwh);
    }

    static Contract contract(ContractType type, double fixedUsdPerMwh, double adderUsdPerMwh, List<TouWindow> windows,
            double hostingUsdPerKwMonth, double hostingUsdPerKwh, double drPaymentUsdPerMwh) {
        return new Contract("c-" + type, "pecos", type, fixedUsdPerMwh, adderUsdPerMwh, windows, hostingUsdPerKwMonth,
                hostingUsdPerKwh, true, Double.NaN, drPaymentUsdPerMwh, LocalDate.of(2024, 1, 1), 36);
    }
}
