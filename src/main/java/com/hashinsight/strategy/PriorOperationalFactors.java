package com.hashinsight.strategy;

import com.hashinsight.economics.MaintenanceCost;
import com.hashinsight.fleet.Cooling;
import java.util.Objects;

/**
 * Prior operational factors, used until a model supplies fleet-specific ones.
 *
 * <ul>
 *   <li>Failures per miner-year: 0.20 with air cooling, 0.12 with hydro and 0.10 with immersion;
 *       times 1 + 3·(target − 1) above stock power and 1 − 0.5·(1 − target) below it; plus
 *       0.0005 per off/on cycle per year.</li>
 *   <li>Realised hashrate ratio: 0.97 with stock firmware and 0.98 with autotuning, minus
 *       0.1·(target − 1) above stock power.</li>
 *   <li>Uptime: 0.99 for pool, network and maintenance outages, times one minus the repair
 *       downtime share of {@link #maintenance()}.</li>
 * </ul>
 *
 * NOTE: every number above is an estimate for planning, chosen to be plausible for current ASIC
 * fleets, not fitted to data.
 */
public final class PriorOperationalFactors implements OperationalFactors {

    /** Repairs cost 60 USD and 48 hours; 30 % of failures need an RMA costing 250 USD more and 21 days. */
    public static final MaintenanceCost DEFAULT_MAINTENANCE = new MaintenanceCost(60, 48, 0.30, 250, 21 * 24);

    private static final double BASE_UPTIME = 0.99;
    private static final double FAILURES_PER_CYCLE = 0.0005;

    private final MaintenanceCost maintenance;

    public PriorOperationalFactors() {
        this(DEFAULT_MAINTENANCE);
    }

    public PriorOperationalFactors(MaintenanceCost maintenance) {
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
    }

    /** Repair and RMA costs and downtimes that turn failures into downtime. */
    public MaintenanceCost maintenance() {
        return maintenance;
    }

    @Override
    public OperationalEstimate estimate(StrategyCandidate candidate, FleetLine line, double cyclesPerMinerYear) {
        double target = candidate.powerTarget();
        double failures = baseFailuresPerYear(candidate.site().cooling());
        failures *= target >= 1 ? 1 + 3 * (target - 1) : 1 - 0.5 * (1 - target);
        failures += FAILURES_PER_CYCLE * Math.max(0, cyclesPerMinerYear);

        double realised = candidate.firmware() == FirmwareMode.AUTOTUNED ? 0.98 : 0.97;
        realised -= 0.1 * Math.max(0, target - 1);

        double uptime = BASE_UPTIME * (1 - maintenance.downtimeFraction(failures));
        return new OperationalEstimate(uptime, realised, failures);
    }

    @Override
    public String label() {
        return "prior";
    }

    /** Returns the prior failures per miner-year at stock power for {@code cooling}, before power and cycling. */
    public static double baseFailuresPerYear(Cooling cooling) {
        return switch (cooling) {
            case AIR -> 0.20;
            case HYDRO -> 0.12;
            case IMMERSION -> 0.10;
        };
    }
}
