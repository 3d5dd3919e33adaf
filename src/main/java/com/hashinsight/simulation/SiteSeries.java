package com.hashinsight.simulation;

import com.hashinsight.economics.ContractTariff;
import com.hashinsight.economics.CurtailmentEvaluator;
import com.hashinsight.economics.CurtailmentSchedule;
import com.hashinsight.economics.MinerGroup;
import com.hashinsight.economics.PriceSeries;
import com.hashinsight.fleet.ContractType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exogenous inputs of one site over the whole simulated span: outdoor temperature per step,
 * hourly spot and contract prices, demand-response requests, and the curtailment schedules that
 * the economics engine derives from them.
 */
final class SiteSeries {

    final SitePlan plan;
    final float[] ambientC;
    final PriceSeries settlement;
    final double[] spotUsdPerMwh;
    final double[] contractUsdPerMwh;
    final boolean[] drRequested;
    private final ContractTariff tariff;
    private final double[] payoutUsdPerThDay;
    private final Map<PolicyPreset, CurtailmentEvaluator> evaluators = new ConcurrentHashMap<>();
    private final Map<String, CurtailmentSchedule> schedules = new ConcurrentHashMap<>();

    /**
     * @param spotUsdPerMwh  hourly spot prices from 00:00 UTC of {@code start}
     * @param market         market path with at least as many days as the price series
     */
    SiteSeries(SitePlan plan, float[] ambientC, double[] spotUsdPerMwh, LocalDate start, MarketPath market) {
        this.plan = plan;
        this.ambientC = ambientC;
        this.spotUsdPerMwh = spotUsdPerMwh;
        this.settlement = new PriceSeries(plan.site().settlementPoint(), start.atStartOfDay(ZoneOffset.UTC).toInstant(), 60,
                spotUsdPerMwh);
        this.tariff = new ContractTariff(plan.contract(), plan.site());
        this.contractUsdPerMwh = tariff.usdPerMwh(settlement);
        this.drRequested = new boolean[spotUsdPerMwh.length];
        this.payoutUsdPerThDay = new double[spotUsdPerMwh.length];
        boolean demandResponse = plan.contract().type() == ContractType.DEMAND_RESPONSE;
        for (int hour = 0; hour < spotUsdPerMwh.length; hour++) {
            drRequested[hour] = demandResponse && spotUsdPerMwh[hour] > plan.drTriggerUsdPerMwh();
            payoutUsdPerThDay[hour] = market.usdPerThDay[hour / 24];
        }
    }

    double pue() {
        return plan.site().pue();
    }

    /**
     * Returns the hourly running schedule of a miner group under {@code preset}, computed once by
     * the economics engine's curtailment evaluation and then shared by every miner and run.
     */
    CurtailmentSchedule schedule(PolicyPreset preset, MinerGroup group) {
        String key = preset.id() + '|' + group.name() + '|' + group.hashrateThs() + '|' + group.powerW();
        return schedules.computeIfAbsent(key, unused -> evaluators
                .computeIfAbsent(preset, p -> new CurtailmentEvaluator(settlement, tariff, plan.site(), p.rules(), drRequested))
                .evaluate(group, payoutUsdPerThDay, true)
                .schedule());
    }
}
