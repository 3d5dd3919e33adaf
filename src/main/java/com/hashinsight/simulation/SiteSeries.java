package com.hashinsight.simulation;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.TouWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * The exogenous inputs of one site over the whole simulated span: outdoor temperature per step,
 * spot price, contract price and demand-response requests per hour.
 */
final class SiteSeries {

    final SitePlan plan;
    final float[] ambientC;
    final double[] spotUsdPerMwh;
    final double[] contractUsdPerMwh;
    final boolean[] drRequested;
    /** Hours of the spot series that came from real data; synthetic beyond. */
    final int realSpotHours;

    SiteSeries(SitePlan plan, float[] ambientC, double[] spotUsdPerMwh, int realSpotHours, LocalDate start) {
        this.plan = plan;
        this.ambientC = ambientC;
        this.spotUsdPerMwh = spotUsdPerMwh;
        this.realSpotHours = realSpotHours;
        this.contractUsdPerMwh = new double[spotUsdPerMwh.length];
        this.drRequested = new boolean[spotUsdPerMwh.length];
        Contract contract = plan.contract();
        ZoneRules zone = plan.site().timezone().getRules();
        long startSecond = start.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (int hour = 0; hour < spotUsdPerMwh.length; hour++) {
            long epochSecond = startSecond + hour * 3600L;
            int localHour = (int) Math.floorMod(
                    (epochSecond + zone.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds()) / 3600, 24L);
            contractUsdPerMwh[hour] = tariffUsdPerMwh(contract, localHour, spotUsdPerMwh[hour]);
            drRequested[hour] = contract.type() == ContractType.DEMAND_RESPONSE
                    && spotUsdPerMwh[hour] > plan.drTriggerUsdPerMwh();
        }
    }

    // TODO: replace with com.hashinsight.economics.ContractTariff once it is on main.
    private static double tariffUsdPerMwh(Contract contract, int localHour, double spotUsdPerMwh) {
        return switch (contract.type()) {
            case FIXED -> contract.fixedUsdPerMwh();
            case SPOT -> spotUsdPerMwh + contract.spotAdderUsdPerMwh();
            case DEMAND_RESPONSE -> Double.isFinite(contract.fixedUsdPerMwh())
                    ? contract.fixedUsdPerMwh() : spotUsdPerMwh + contract.spotAdderUsdPerMwh();
            case TIME_OF_USE -> {
                for (TouWindow window : contract.touWindows()) {
                    if (window.contains(localHour)) {
                        yield window.usdPerMwh();
                    }
                }
                yield contract.fixedUsdPerMwh();
            }
        };
    }

    double pue() {
        return plan.site().pue();
    }

    /**
     * Marginal cost of one MWh drawn by the miner, in USD: contract price × PUE plus the per-kWh
     * hosting fee. Curtailment compares this with the miner's revenue per MWh.
     */
    double marginalUsdPerMinerMwh(int hour) {
        return contractUsdPerMwh[hour] * plan.site().pue() + plan.contract().hostingUsdPerKwh() * 1000.0;
    }
}
