package com.hashinsight.ui.health;

import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.Miner;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TelemetrySample;
import com.hashinsight.store.TimeRange;
import com.hashinsight.store.Workspace;
import com.hashinsight.strategy.PriorOperationalFactors;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.task.Progress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Failure risk of each miner estimated by rules from its telemetry, for workspaces scored without the HashTrans
 * model. The hazard in failures per year is
 *
 * <pre>
 * base(cooling) × 2^(max(0, T − 75 °C) / 10 °C) × (1 + errors per hour / 10)
 *               × (1 + 10 × max(0, 0.9 − hashrate ratio)) × (1 + 20 × FAULT share)
 * </pre>
 *
 * where the base is the strategy engine's prior failure rate for the site's cooling and T the hottest chip of the
 * last 24 hours. The temperature factor follows the electronics rule of thumb that failure rates double for every
 * 10 °C. The risk over d days is 1 − exp(−hazard × d / 365.25). The trend compares that risk with the one of the
 * seven days before.
 *
 * <p>NOTE: the coefficients are estimates chosen to rank miners plausibly, not fitted to failure data. The screen
 * labels these numbers as a rule-based estimate.
 */
public final class RuleBasedHealth implements HealthAssessor {

    /** Window of the current risk. */
    static final Duration CURRENT_WINDOW = Duration.ofHours(24);

    /** Window before the current one that the trend compares with. */
    static final Duration EARLIER_WINDOW = Duration.ofDays(7);

    private static final double DAYS_PER_YEAR = 365.25;
    private static final double COOL_CHIP_C = 75;
    private static final double DOUBLING_C = 10;
    private static final double ERRORS_PER_HOUR_SCALE = 10;
    private static final double HEALTHY_HASHRATE_RATIO = 0.9;
    private static final double HASHRATE_WEIGHT = 10;
    private static final double FAULT_WEIGHT = 20;
    /** A factor below this barely moves the risk, so its signal is not listed. */
    private static final double NOTABLE_FACTOR = 1.05;

    @Override
    public Optional<HealthReport> assess(Workspace workspace, Progress progress) {
        Optional<TimeRange> range = workspace.telemetry().timeRange();
        if (range.isEmpty()) {
            return Optional.empty();
        }
        Instant end = range.get().last().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Instant currentStart = end.minus(CURRENT_WINDOW);
        Instant earlierStart = currentStart.minus(EARLIER_WINDOW);
        Map<String, TelemetrySignals.Accumulator> current = new HashMap<>();
        Map<String, TelemetrySignals.Accumulator> earlier = new HashMap<>();
        try (Stream<TelemetrySample> samples = workspace.telemetry().streamFleet(earlierStart, end)) {
            samples.forEach(sample -> {
                Map<String, TelemetrySignals.Accumulator> window = sample.time().isBefore(currentStart) ? earlier : current;
                window.computeIfAbsent(sample.serial(), serial -> new TelemetrySignals.Accumulator()).add(sample);
            });
        }
        progress.checkCancelled();

        Map<String, MinerModel> models = new HashMap<>();
        workspace.catalog().models().forEach(model -> models.put(model.model(), model));
        Map<String, Site> sites = new HashMap<>();
        workspace.fleet().sites().forEach(site -> sites.put(site.id(), site));
        List<Miner> miners = workspace.fleet().miners();
        List<MinerHealth> rows = new ArrayList<>(miners.size());
        for (Miner miner : miners) {
            MinerModel model = models.get(miner.model());
            double nominalThs = model == null ? Double.NaN : model.nominalThs();
            Site site = miner.siteId() == null ? null : sites.get(miner.siteId());
            Cooling cooling = site == null ? Cooling.AIR : site.cooling();
            TelemetrySignals now = signals(current, miner, nominalThs, CURRENT_WINDOW);
            TelemetrySignals before = signals(earlier, miner, nominalThs, EARLIER_WINDOW);
            rows.add(row(miner, site, cooling, now, before));
        }
        return Optional.of(new HealthReport(LocalizedText.of("ui.health.source.rules"), end, rows));
    }

    private static TelemetrySignals signals(Map<String, TelemetrySignals.Accumulator> window, Miner miner, double nominalThs,
            Duration length) {
        TelemetrySignals.Accumulator sums = window.getOrDefault(miner.serial(), new TelemetrySignals.Accumulator());
        return sums.signals(nominalThs, length.toSeconds() / 3_600.0);
    }

    private static MinerHealth row(Miner miner, Site site, Cooling cooling, TelemetrySignals now, TelemetrySignals before) {
        double hazardNow = hazardPerYear(cooling, now);
        double risk30 = risk(hazardNow, 30);
        double riskBefore = before.readings() == 0 ? Double.NaN : risk(hazardPerYear(cooling, before), 30);
        String siteName = site == null ? "" : site.name() == null ? site.id() : site.name();
        return new MinerHealth(miner.serial(), miner.model(), siteName, miner.clientId() == null ? "" : miner.clientId(),
                100 * risk(hazardNow, 7), 100 * risk30, Trend.of(riskBefore, risk30), signalTexts(now), recommend(now));
    }

    /** Returns the failures per miner-year that the rules assign to {@code signals}. */
    static double hazardPerYear(Cooling cooling, TelemetrySignals signals) {
        return PriorOperationalFactors.baseFailuresPerYear(cooling) * temperatureFactor(signals) * errorFactor(signals)
                * hashrateFactor(signals) * faultFactor(signals);
    }

    private static double risk(double hazardPerYear, double days) {
        return -Math.expm1(-hazardPerYear * days / DAYS_PER_YEAR);
    }

    private static double temperatureFactor(TelemetrySignals signals) {
        double excess = signals.maxChipTempC() - COOL_CHIP_C;
        return excess > 0 ? Math.pow(2, excess / DOUBLING_C) : 1;
    }

    private static double errorFactor(TelemetrySignals signals) {
        return signals.chipErrorsPerHour() > 0 ? 1 + signals.chipErrorsPerHour() / ERRORS_PER_HOUR_SCALE : 1;
    }

    private static double hashrateFactor(TelemetrySignals signals) {
        double shortfall = HEALTHY_HASHRATE_RATIO - signals.hashrateRatio();
        return shortfall > 0 ? 1 + HASHRATE_WEIGHT * shortfall : 1;
    }

    private static double faultFactor(TelemetrySignals signals) {
        return 1 + FAULT_WEIGHT * signals.faultShare();
    }

    private static List<LocalizedText> signalTexts(TelemetrySignals signals) {
        List<LocalizedText> texts = new ArrayList<>();
        if (signals.readings() == 0) {
            texts.add(LocalizedText.of("ui.health.signal.noReadings"));
            return texts;
        }
        if (faultFactor(signals) > NOTABLE_FACTOR) {
            texts.add(LocalizedText.of("ui.health.signal.faults", 100 * signals.faultShare()));
        }
        if (temperatureFactor(signals) > NOTABLE_FACTOR) {
            texts.add(LocalizedText.of("ui.health.signal.temperature", signals.maxChipTempC()));
        }
        if (hashrateFactor(signals) > NOTABLE_FACTOR) {
            texts.add(LocalizedText.of("ui.health.signal.hashrate", 100 * signals.hashrateRatio()));
        }
        if (errorFactor(signals) > NOTABLE_FACTOR) {
            texts.add(LocalizedText.of("ui.health.signal.errors", signals.chipErrorsPerHour()));
        }
        if (texts.isEmpty()) {
            texts.add(LocalizedText.of("ui.health.signal.normal"));
        }
        return texts;
    }

    /** Recommends a configuration from the strongest signal: faults, then heat, then lost hashrate. */
    static LocalizedText recommend(TelemetrySignals signals) {
        if (signals.readings() == 0) {
            return LocalizedText.of("ui.health.recommend.noData");
        }
        if (signals.faultShare() >= 0.5) {
            return LocalizedText.of("ui.health.recommend.inspectFault");
        }
        if (signals.maxChipTempC() >= 85) {
            return LocalizedText.of("ui.health.recommend.power", 85);
        }
        if (signals.maxChipTempC() >= 80 || signals.chipErrorsPerHour() >= 5) {
            return LocalizedText.of("ui.health.recommend.power", 90);
        }
        if (signals.hashrateRatio() < 0.85) {
            return LocalizedText.of("ui.health.recommend.inspectHashrate");
        }
        return LocalizedText.of("ui.health.recommend.keep");
    }
}
