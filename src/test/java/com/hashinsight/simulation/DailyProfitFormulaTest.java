package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.economics.ContractTariff;
import com.hashinsight.economics.EnergyCost;
import com.hashinsight.economics.Hashprice;
import com.hashinsight.economics.HostingFees;
import com.hashinsight.economics.MiningRevenue;
import com.hashinsight.fleet.Contract;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day totals that the simulator writes equal the economics engine's formulas applied, step by
 * step, to the simulated hashrate, power and prices.
 */
class DailyProfitFormulaTest {

    private static final double MONEY_TOLERANCE_USD = 1e-6;

    /** Captures each step's inputs and, through the real day ledger, the day records. */
    private static final class Capture implements RunListener {
        final List<double[]> steps = new ArrayList<>();
        final DayLedger ledger;

        Capture(World world, MinerUnit unit) {
            ledger = new DayLedger(unit, world.start(), world.days(), world.simulatedDays());
        }

        @Override
        public void dayStarted(int day, MinerEngine engine) {
            ledger.startDay(day, engine);
        }

        @Override
        public void stepped(int step, MinerEngine engine) {
            ledger.step(step, engine);
            boolean demandResponse = engine.series().drRequested[step / World.STEPS_PER_HOUR];
            steps.add(new double[] {step, engine.state.plan.siteIndex(), engine.hashThs, engine.wallW,
                demandResponse && engine.stoppedForPrice && !engine.state.down() ? 1 : 0,
                engine.unit.model().nominalW() * engine.unit.powerFactor() * engine.state.plan.mode().powerRatio()
                        * engine.state.plan.firmware().powerFactor()});
        }

        @Override
        public void dayEnded(int day, MinerEngine engine) {
            ledger.endDay(day, engine);
        }
    }

    @Test
    void dayTotalsMatchEconomicsFormulas() {
        World world = WorldBuilder.build(SimulationConfig.of(41, 8, 4).withSites(4).withAnchorEveryDays(0), new ExogenousInputs());
        int checkedDays = 0;
        for (MinerUnit unit : world.units()) {
            Capture capture = new Capture(world, unit);
            MinerEngine engine = new MinerEngine(world, unit, MinerState.initial(world.config().seed(), unit), capture, true);
            engine.run(0, world.days() * World.STEPS_PER_DAY);

            for (MinerDayRecord day : capture.ledger.labelledDays()) {
                double[] expected = recompute(world, unit, capture.steps, day.day());
                assertEquals(expected[0], day.revenueUsd(), MONEY_TOLERANCE_USD, unit.serial() + " revenue on day " + day.day());
                assertEquals(expected[1], day.energyCostUsd(), MONEY_TOLERANCE_USD, unit.serial() + " energy on day " + day.day());
                assertEquals(expected[2], day.hostingCostUsd(), MONEY_TOLERANCE_USD, unit.serial() + " hosting on day " + day.day());
                assertEquals(expected[3], day.drPaymentUsd(), MONEY_TOLERANCE_USD, unit.serial() + " DR pay on day " + day.day());
                checkedDays++;
            }
        }
        assertTrue(checkedDays > 0, "no day checked");
    }

    /** Returns revenue, energy cost, capacity hosting fee and demand-response pay of one day. */
    private static double[] recompute(World world, MinerUnit unit, List<double[]> steps, int day) {
        double revenue = 0;
        double energy = 0;
        double demandResponse = 0;
        int siteIndex = -1;
        MarketPath market = world.market();
        double reward = MiningRevenue.blockRewardBtc(market.heightAtDayStart[day], market.feesPerBlockBtc[day]);
        double usdPerThDay = Hashprice.of(market.difficulty[day], reward, market.btcUsd[day]).usdPerThDay();
        long startSecond = world.start().atStartOfDay(ZoneOffset.UTC).toEpochSecond();

        for (double[] step : steps) {
            int s = (int) step[0];
            if (s / World.STEPS_PER_DAY != day) {
                continue;
            }
            siteIndex = (int) step[1];
            SitePlan site = world.sites().get(siteIndex);
            Contract contract = site.contract();
            int hour = s / World.STEPS_PER_HOUR;
            double spot = world.series().get(siteIndex).spotUsdPerMwh[hour];
            double price = new ContractTariff(contract, site.site()).usdPerMwh(Instant.ofEpochSecond(startSecond + hour * 3600L), spot);
            double hours = World.STEP_MINUTES / 60.0;
            revenue += step[2] * usdPerThDay * hours / 24.0;
            energy += EnergyCost.intervalCostUsd(step[3], hours, price, site.site().pue())
                    + HostingFees.energyFeeUsd(step[3] * hours / 1000.0, contract.hostingUsdPerKwh());
            if (step[4] == 1) {
                demandResponse += EnergyCost.meteredMwh(step[5], hours, site.site().pue()) * contract.drPaymentUsdPerMwh();
            }
        }

        SitePlan site = world.sites().get(siteIndex);
        double hosting = HostingFees.capacityFeeUsd(unit.model().nominalW() / 1000.0, site.contract().hostingUsdPerKwMonth(), 1.0);
        return new double[] {revenue, energy, hosting, demandResponse};
    }
}
