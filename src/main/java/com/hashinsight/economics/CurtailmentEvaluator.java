package com.hashinsight.economics;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Site;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates a curtailment policy over a price series, one miner group at a time.
 *
 * <p>The constructor does the work that depends only on the series, the contract and the policy:
 * contract prices, peak-window and demand-response flags, and month starts in the site's time
 * zone. {@link #evaluate} then runs one pass over the intervals per miner group. Identical miners
 * form one group, because each miner of a group gets the same schedule and the totals scale with
 * the count, so a fleet of 1,000 miners of three models costs three passes, not 1,000. A pass
 * allocates only its result, plus one float per interval when the schedule is kept.
 *
 * <p>Contract rules: when the contract does not allow curtailment at will, only demand-response
 * events switch miners off. When it caps curtailed hours per month (in the site's local months),
 * price-driven curtailment and peak windows stop for the rest of the month once the cap is
 * reached. Demand-response payments use the contract's rate per MWh of metered load that was off
 * during an event.
 */
public final class CurtailmentEvaluator {

    private static final byte PEAK_WINDOW = 1;
    private static final byte DEMAND_RESPONSE_EVENT = 2;
    private static final byte MONTH_START = 4;
    private static final double HOURS_PER_DAY = 24.0;
    private static final double HOURS_PER_YEAR = 365.25 * 24.0;
    private static final double KWH_PER_MWH = 1_000.0;
    private static final double W_PER_MW = 1e6;

    private final CurtailmentPolicy policy;
    private final double[] contractUsdPerMwh;
    private final byte[] flags;
    private final double intervalHours;
    private final double pue;
    private final double hostingUsdPerKwh;
    private final double demandResponseUsdPerMwh;
    private final boolean curtailmentAllowed;
    private final double maxCurtailHoursPerMonth;
    private final int minOffIntervals;
    private final double maxStepPerInterval;

    /**
     * Prepares the evaluation of {@code policy} over {@code settlement}.
     *
     * @param settlement            settlement prices; their grid sets the intervals, and a NaN
     *                              price makes the interval unpriced under a spot contract
     * @param tariff                the contract's tariff
     * @param site                  site, for its PUE and time zone
     * @param policy                curtailment policy
     * @param demandResponseEvents  true for each interval in which the grid requests curtailment;
     *                              null when there are no events
     * @throws IllegalArgumentException when the event array's length differs from the series'
     */
    public CurtailmentEvaluator(PriceSeries settlement, ContractTariff tariff, Site site, CurtailmentPolicy policy,
            boolean[] demandResponseEvents) {
        this.policy = Objects.requireNonNull(policy, "policy");
        Contract contract = tariff.contract();
        int size = settlement.size();
        if (demandResponseEvents != null && demandResponseEvents.length != size) {
            throw new IllegalArgumentException("demandResponseEvents has " + demandResponseEvents.length
                    + " intervals but the price series has " + size);
        }
        this.contractUsdPerMwh = tariff.usdPerMwh(settlement);
        this.intervalHours = settlement.intervalHours();
        this.pue = site.pue();
        this.hostingUsdPerKwh = contract.hostingUsdPerKwh();
        this.demandResponseUsdPerMwh = contract.drPaymentUsdPerMwh();
        this.curtailmentAllowed = contract.curtailmentAllowed();
        this.maxCurtailHoursPerMonth = contract.maxCurtailHoursPerMonth();
        this.minOffIntervals = (int) Math.ceil(policy.minOffMinutes() / (double) settlement.intervalMinutes());
        this.maxStepPerInterval = policy.rampFractionPerHour() * intervalHours;
        this.flags = intervalFlags(settlement, site.timezone().getRules(), policy, demandResponseEvents);
    }

    private static byte[] intervalFlags(PriceSeries settlement, ZoneRules zone, CurtailmentPolicy policy, boolean[] events) {
        byte[] flags = new byte[settlement.size()];
        int previousMonth = -1;
        for (int i = 0; i < flags.length; i++) {
            long epochSecond = settlement.intervalStartEpochSecond(i);
            ZoneOffset offset = zone.getOffset(Instant.ofEpochSecond(epochSecond));
            LocalDateTime local = LocalDateTime.ofEpochSecond(epochSecond, 0, offset);
            int month = local.getYear() * 12 + local.getMonthValue();
            if (month != previousMonth) {
                flags[i] |= MONTH_START;
                previousMonth = month;
            }
            for (PeakWindow window : policy.peakWindows()) {
                if (window.contains(local)) {
                    flags[i] |= PEAK_WINDOW;
                    break;
                }
            }
            if (events != null && events[i]) {
                flags[i] |= DEMAND_RESPONSE_EVENT;
            }
        }
        return flags;
    }

    /** Number of intervals in the series. */
    public int size() {
        return flags.length;
    }

    /**
     * Evaluates the policy for one group with a constant payout.
     *
     * @see #evaluate(MinerGroup, double[], boolean)
     */
    public CurtailmentResult evaluate(MinerGroup group, double payoutUsdPerThDay, boolean keepSchedule) {
        double[] payout = new double[flags.length];
        Arrays.fill(payout, payoutUsdPerThDay);
        return evaluate(group, payout, keepSchedule);
    }

    /**
     * Evaluates the policy for every group and combines the totals under {@code name}.
     */
    public CurtailmentResult evaluateFleet(String name, List<MinerGroup> groups, double[] payoutUsdPerThDay) {
        List<CurtailmentResult> parts = new ArrayList<>(groups.size());
        for (MinerGroup group : groups) {
            parts.add(evaluate(group, payoutUsdPerThDay, false));
        }
        return CurtailmentResult.combine(name, parts);
    }

    /**
     * Evaluates the policy for one miner group. The group starts running.
     *
     * @param group              identical miners
     * @param payoutUsdPerThDay  hashprice after pool fees in USD per TH/s·day for each interval;
     *                           a NaN interval is unpriced like a missing energy price
     * @param keepSchedule       true to return the running share of every interval
     * @throws IllegalArgumentException when the payout array's length differs from the series'
     */
    public CurtailmentResult evaluate(MinerGroup group, double[] payoutUsdPerThDay, boolean keepSchedule) {
        if (payoutUsdPerThDay.length != flags.length) {
            throw new IllegalArgumentException("payoutUsdPerThDay has " + payoutUsdPerThDay.length
                    + " intervals but the price series has " + flags.length);
        }
        float[] schedule = keepSchedule ? new float[flags.length] : null;
        double groupMw = group.totalPowerW() / W_PER_MW;
        double groupThs = group.totalHashrateThs();
        double minerMwhPerThDay = group.joulesPerTh() * MiningRevenue.SECONDS_PER_DAY / Hashprice.JOULES_PER_MWH;
        double dayFraction = intervalHours / HOURS_PER_DAY;
        boolean useDemandResponse = policy.respondsToDemandResponse();
        boolean capped = Double.isFinite(maxCurtailHoursPerMonth);

        boolean targetOn = true;
        double running = 1.0;
        int offSince = Integer.MIN_VALUE / 2;
        double curtailedThisMonth = 0;
        Totals totals = new Totals();

        for (int i = 0; i < flags.length; i++) {
            byte flag = flags[i];
            if ((flag & MONTH_START) != 0) {
                curtailedThisMonth = 0;
            }
            double price = contractUsdPerMwh[i];
            double payout = payoutUsdPerThDay[i];
            if (Double.isNaN(price) || Double.isNaN(payout)) {
                totals.missing++;
                if (schedule != null) {
                    schedule[i] = (float) running;
                }
                continue;
            }

            // Decide whether the group should be on: events and windows first, then the price rule.
            boolean event = useDemandResponse && (flag & DEMAND_RESPONSE_EVENT) != 0;
            boolean voluntary = curtailmentAllowed && !(capped && curtailedThisMonth >= maxCurtailHoursPerMonth);
            boolean wantOn;
            if (event) {
                wantOn = false;
            } else if (!voluntary) {
                wantOn = true;
            } else if ((flag & PEAK_WINDOW) != 0) {
                wantOn = false;
            } else {
                double breakeven = Breakeven.marginalGridUsdPerMwh(payout / minerMwhPerThDay, pue, hostingUsdPerKwh);
                double strike = policy.strike().strikeUsdPerMwh(breakeven);
                wantOn = targetOn ? !(price > strike)
                        : price < strike - policy.hysteresisUsdPerMwh() && i - offSince >= minOffIntervals;
            }
            if (targetOn && !wantOn) {
                offSince = i;
            }
            targetOn = wantOn;

            // Move the running share toward the target within the ramp limit.
            double step = (targetOn ? 1.0 : 0.0) - running;
            step = Math.max(-maxStepPerInterval, Math.min(maxStepPerInterval, step));
            running += step;
            if (step < 0) {
                totals.cycles -= step * group.count();
            }
            if (schedule != null) {
                schedule[i] = (float) running;
            }

            double offShare = 1.0 - running;
            double minerMwh = groupMw * running * intervalHours;
            totals.priced++;
            totals.fullLoadMwh += groupMw * intervalHours;
            totals.minerMwh += minerMwh;
            totals.energyCost += minerMwh * pue * price;
            totals.revenue += payout * groupThs * running * dayFraction;
            if (event) {
                totals.demandResponse += offShare * groupMw * intervalHours * pue * demandResponseUsdPerMwh;
            } else {
                curtailedThisMonth += offShare * intervalHours;
            }
            totals.curtailedHours += offShare * intervalHours;
            if ((flag & PEAK_WINDOW) != 0) {
                totals.peakIntervals++;
                totals.peakIntervalsOff += running == 0 ? 1 : 0;
            }
        }
        return totals.toResult(group, schedule, this);
    }

    /** Running sums of one pass. */
    private static final class Totals {
        double minerMwh;
        double fullLoadMwh;
        double energyCost;
        double revenue;
        double demandResponse;
        double cycles;
        double curtailedHours;
        int priced;
        int missing;
        int peakIntervals;
        int peakIntervalsOff;

        CurtailmentResult toResult(MinerGroup group, float[] schedule, CurtailmentEvaluator evaluator) {
            CurtailmentPolicy policy = evaluator.policy;
            double hostingFee = minerMwh * KWH_PER_MWH * evaluator.hostingUsdPerKwh;
            double years = priced * evaluator.intervalHours / HOURS_PER_YEAR;
            double offShare = peakIntervals == 0 ? 0 : peakIntervalsOff / (double) peakIntervals;
            double meteredKw = group.totalPowerW() * evaluator.pue / 1_000.0;
            double peakCredit = policy.peakCreditUsdPerKwYear() * meteredKw * years * offShare;
            double uptime = fullLoadMwh > 0 ? minerMwh / fullLoadMwh : 0;
            return new CurtailmentResult(group.name(), schedule == null ? null : new CurtailmentSchedule(schedule), minerMwh,
                    fullLoadMwh, minerMwh * evaluator.pue, revenue, energyCost, hostingFee,
                    cycles * policy.thermalCycleCostUsd(), demandResponse, peakCredit, cycles, uptime, curtailedHours,
                    priced, missing);
        }
    }
}
