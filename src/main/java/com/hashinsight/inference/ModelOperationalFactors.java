package com.hashinsight.inference;

import com.hashinsight.strategy.FleetLine;
import com.hashinsight.strategy.OperationalEstimate;
import com.hashinsight.strategy.OperationalFactors;
import com.hashinsight.strategy.StrategyCandidate;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operational factors of a strategy from HashTrans, for the fleet lines whose miners the workspace has.
 *
 * <ul>
 *   <li>Failures per miner-year: the mean over the line's miners of the 30-day failure probability {@code p},
 *       turned into a constant hazard: {@code -ln(1 - p) * 365 / 30}.</li>
 *   <li>Uptime: one minus the mean 30-day downtime share ({@code config_risk}) of the strategy's candidate.</li>
 *   <li>Realised hashrate ratio: from {@code fallback}, because the model does not predict it.</li>
 * </ul>
 * A line with no miners in the workspace gets the {@code fallback} estimate unchanged.
 *
 * <p>NOTE: the failure head reads the entity's context, not the candidate, so the failure rate follows the miners'
 * current operation. A candidate's power target changes only the downtime share.
 */
public final class ModelOperationalFactors implements OperationalFactors {

    private static final Logger LOG = LoggerFactory.getLogger(ModelOperationalFactors.class);
    private static final double DAYS_PER_YEAR = 365.0;
    private static final double FAILURE_HORIZON_DAYS = 30.0;
    private static final double MAX_PROBABILITY = 1 - 1e-6;

    /** Builds the model inputs of the workspace miners behind one fleet line. */
    @FunctionalInterface
    public interface LineInputs {

        /**
         * Returns one input per workspace miner of {@code line}'s model, each with the strategy {@code candidate} as
         * its first candidate, or an empty list when the workspace has none of them.
         */
        List<EntityInput> build(StrategyCandidate candidate, FleetLine line);
    }

    private final HashTransService service;
    private final LineInputs inputs;
    private final OperationalFactors fallback;

    public ModelOperationalFactors(HashTransService service, LineInputs inputs, OperationalFactors fallback) {
        this.service = Objects.requireNonNull(service, "service");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public OperationalEstimate estimate(StrategyCandidate candidate, FleetLine line, double cyclesPerMinerYear) {
        OperationalEstimate prior = fallback.estimate(candidate, line, cyclesPerMinerYear);
        List<EntityInput> miners = inputs.build(candidate, line);
        if (miners.isEmpty()) {
            LOG.debug("No workspace miners of {} for candidate {}; using {} factors", line.model().model(),
                    candidate.label(), fallback.label());
            return prior;
        }

        return estimate(service.healthScores(miners), prior);
    }

    /**
     * Returns the operational estimate of a fleet line from its miners' health scores, by the rules in the class
     * description; the realised hashrate ratio comes from {@code prior}.
     *
     * @param health at least one miner's score
     */
    public static OperationalEstimate estimate(List<HealthScore> health, OperationalEstimate prior) {
        if (health.isEmpty()) {
            throw new IllegalArgumentException("at least one health score is required");
        }
        double hazardSum = 0;
        double downtimeSum = 0;
        for (HealthScore miner : health) {
            double probability = Math.min(miner.failProb30d(), MAX_PROBABILITY);
            hazardSum += -Math.log1p(-probability) * DAYS_PER_YEAR / FAILURE_HORIZON_DAYS;
            downtimeSum += miner.expectedDowntimeHours30d() / HealthScore.HOURS_30D;
        }
        double failuresPerMinerYear = hazardSum / health.size();
        double uptime = Math.clamp(1 - downtimeSum / health.size(), 0.0, 1.0);
        return new OperationalEstimate(uptime, prior.realisedHashrateRatio(), failuresPerMinerYear);
    }

    @Override
    public String label() {
        return "HashTrans " + service.modelVersion();
    }
}
