package com.hashinsight.tokenizer;

import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.TelemetrySample;
import com.hashinsight.store.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and updates the tokens of a whole workspace, the path the app scores with.
 *
 * <p>{@link #build} reads the window's rows of every miner. {@link #update}
 * reads only rows at or after the previous scoring time and appends their tokens, so the model's
 * cached K/V of the earlier tokens stays valid; a miner whose block changed or whose sequence would
 * exceed L_S is rebuilt from its full window. Rows stored later with an older timestamp are only
 * seen by the next full build.
 *
 * <pre>{@code
 * WorkspaceTokenizer tokenizer = new WorkspaceTokenizer(workspace, settings.sequenceBuilder());
 * FleetTokens now = tokenizer.build(Instant.now(), Scenario.MARKET);
 * FleetTokens later = tokenizer.update(now, Instant.now(), Scenario.MARKET);
 * }</pre>
 */
public final class WorkspaceTokenizer {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceTokenizer.class);

    private final Workspace workspace;
    private final SequenceBuilder builder;
    private final WorkspaceHistories histories;

    /** Reads the fleet tables of {@code workspace}; create a new instance after the fleet changes. */
    public WorkspaceTokenizer(Workspace workspace, SequenceBuilder builder) {
        this.workspace = workspace;
        this.builder = builder;
        this.histories = new WorkspaceHistories(workspace);
    }

    /**
     * Builds every miner's tokens at {@code scoringTime} from scratch.
     *
     * <p>NOTE: this reads every telemetry row of the window (about 5 s of CPU for 500 miners with 15-minute
     * telemetry, see docs/benchmarks.md), and a block change repeats it. Caching the hourly and daily window
     * statistics per miner would let a block change read only the last native hours.
     */
    public FleetTokens build(Instant scoringTime, Scenario scenario) {
        MarketState market = marketAt(scoringTime);
        Instant from = windowStart(scoringTime);
        Map<String, FleetTokens.MinerTokens> tokens = new LinkedHashMap<>();
        for (Map.Entry<String, EntityHistory> entry : histories.loadAll(from, scoringTime).entrySet()) {
            tokens.put(entry.getKey(), tokensOf(entry.getValue(), builder.build(entry.getValue(), scoringTime), market, scenario));
        }
        LOG.debug("Built tokens of {} miners of workspace {} at {}", tokens.size(), workspace.name(), scoringTime);
        return new FleetTokens(scoringTime, market, scenario, tokens);
    }

    /**
     * Returns the tokens at {@code scoringTime}, appending the rows stored since {@code previous} was built.
     *
     * @throws IllegalArgumentException when {@code scoringTime} is before {@code previous.scoringTime()}
     */
    public FleetTokens update(FleetTokens previous, Instant scoringTime, Scenario scenario) {
        if (scoringTime.isBefore(previous.scoringTime())) {
            throw new IllegalArgumentException("scoring time " + scoringTime + " is before the previous one "
                    + previous.scoringTime());
        }
        if (!builder.rule().blockStart(scoringTime).equals(builder.rule().blockStart(previous.scoringTime()))) {
            return build(scoringTime, scenario);
        }
        MarketState market = marketAt(scoringTime);
        Map<String, EntityHistory> newRows = histories.loadAll(previous.scoringTime(), scoringTime);
        Map<String, FleetTokens.MinerTokens> tokens = new LinkedHashMap<>();
        int rebuilt = 0;
        for (Map.Entry<String, EntityHistory> entry : newRows.entrySet()) {
            FleetTokens.MinerTokens old = previous.bySerial().get(entry.getKey());
            Optional<STokenSequence> extended = old == null ? Optional.empty()
                    : builder.extend(old.sequence(), entry.getValue(), scoringTime);
            if (extended.isPresent()) {
                EntityHistory profile = extendProfile(old.profile(), entry.getValue(), scoringTime);
                tokens.put(entry.getKey(), tokensOf(profile, extended.get(), market, scenario));
            } else {
                EntityHistory full = histories.load(entry.getKey(), windowStart(scoringTime), scoringTime);
                tokens.put(entry.getKey(), tokensOf(full, builder.build(full, scoringTime), market, scenario));
                rebuilt++;
            }
        }
        LOG.debug("Updated tokens of {} miners of workspace {} to {}; {} rebuilt", tokens.size(), workspace.name(),
                scoringTime, rebuilt);
        return new FleetTokens(scoringTime, market, scenario, tokens);
    }

    private FleetTokens.MinerTokens tokensOf(EntityHistory history, STokenSequence sequence, MarketState market,
            Scenario scenario) {
        float[] context = ContextEncoder.encode(history, sequence, market, scenario);
        return new FleetTokens.MinerTokens(profile(history, sequence.scoringTime()), sequence, context);
    }

    /** Keeps the rows the NS and candidate rows read: the latest sample before the time and the prices. */
    private static EntityHistory profile(EntityHistory history, Instant scoringTime) {
        List<TelemetrySample> rows = history.telemetry();
        int end = SequenceBuilder.firstAtOrAfter(rows, scoringTime.toEpochMilli(), s -> s.time().toEpochMilli());
        List<TelemetrySample> latest = end == 0 ? List.of() : List.of(rows.get(end - 1));
        return new EntityHistory(history.miner(), history.model(), history.site(), history.contract(), history.client(),
                latest, List.of(), history.prices());
    }

    private static EntityHistory extendProfile(EntityHistory profile, EntityHistory newRows, Instant scoringTime) {
        List<TelemetrySample> telemetry = new ArrayList<>(profile.telemetry());
        telemetry.addAll(newRows.telemetry());
        List<EnergyPrice> prices = new ArrayList<>(profile.prices());
        prices.addAll(newRows.prices());
        return profile(new EntityHistory(profile.miner(), profile.model(), profile.site(), profile.contract(), profile.client(),
                telemetry, List.of(), prices), scoringTime);
    }

    private Instant windowStart(Instant scoringTime) {
        return builder.rule().dailyStart(builder.rule().blockStart(scoringTime));
    }

    private MarketState marketAt(Instant scoringTime) {
        Instant from = windowStart(scoringTime).minus(java.time.Duration.ofDays(45));
        return MarketState.at(new MarketHistory(workspace.market().snapshots(from, scoringTime)), scoringTime);
    }
}
