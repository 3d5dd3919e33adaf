package com.hashinsight.ui.comparison;

import com.hashinsight.store.Workspace;
import com.hashinsight.ui.Localized;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import com.hashinsight.ui.task.Progress;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.concurrent.Task;

/**
 * Strategy comparison state: the slider values, the latest scored comparison and the re-score time.
 *
 * <p>Every slider change starts a new scoring task and cancels the one still running, so the newest scenario
 * wins and the FX thread never waits for the engine. A language switch scores again, so that the strategies'
 * descriptions follow it; the engine's scorer keeps the last projection, so this costs no new projection.
 */
public final class ComparisonViewModel {

    /** Opens the scorer of a workspace; runs on a background thread and may stop when {@code progress} is cancelled. */
    @FunctionalInterface
    public interface ScorerFactory {
        StrategyScorer open(Workspace workspace, Progress progress) throws Exception;
    }

    private final BackgroundTasks tasks;
    private final ObjectProperty<StrategyScorer> scorer = new SimpleObjectProperty<>();
    private final DoubleProperty btcUsd = new SimpleDoubleProperty(1);
    private final DoubleProperty difficultyGrowthPctPerMonth = new SimpleDoubleProperty();
    private final DoubleProperty electricityAdderUsdPerMwh = new SimpleDoubleProperty();
    private final DoubleProperty hostingAdderUsdPerKwMonth = new SimpleDoubleProperty();
    private final DoubleProperty powerTargetPct = new SimpleDoubleProperty(100);
    private final ReadOnlyObjectWrapper<ComparisonResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalizedText> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper scoring = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Long> lastRescoreMillis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalizedText> unavailable = new ReadOnlyObjectWrapper<>();
    private final ChangeListener<Locale> relabel = (obs, old, locale) -> {
        if (result.get() != null) {
            rescore();
        }
    };
    private Task<ComparisonResult> pending;
    private Task<StrategyScorer> opening;
    private long openings;
    private boolean loadingBaseline;

    /** Creates the state without a workspace; a test or caller sets {@link #scorerProperty()} itself. */
    public ComparisonViewModel(BackgroundTasks tasks) {
        this.tasks = tasks;
        for (DoubleProperty slider : List.of(btcUsd, difficultyGrowthPctPerMonth, electricityAdderUsdPerMwh,
                hostingAdderUsdPerKwMonth, powerTargetPct)) {
            slider.addListener((obs, old, value) -> rescore());
        }
        scorer.addListener((obs, old, value) -> loadBaseline());
        // The locale property is static, so a weak listener lets a closed screen's state be collected.
        Localized.localeProperty().addListener(new WeakChangeListener<>(relabel));
    }

    /** Creates the state that follows {@code session}: each opened workspace gets a scorer from {@code factory}. */
    public ComparisonViewModel(BackgroundTasks tasks, WorkspaceSession session, ScorerFactory factory) {
        this(tasks);
        session.currentProperty().addListener((obs, old, workspace) -> open(workspace, factory));
        open(session.current(), factory);
    }

    /** Scorer of the open workspace; null while no workspace is open. */
    public ObjectProperty<StrategyScorer> scorerProperty() {
        return scorer;
    }

    public DoubleProperty btcUsdProperty() {
        return btcUsd;
    }

    public DoubleProperty difficultyGrowthPctPerMonthProperty() {
        return difficultyGrowthPctPerMonth;
    }

    public DoubleProperty electricityAdderUsdPerMwhProperty() {
        return electricityAdderUsdPerMwh;
    }

    public DoubleProperty hostingAdderUsdPerKwMonthProperty() {
        return hostingAdderUsdPerKwMonth;
    }

    public DoubleProperty powerTargetPctProperty() {
        return powerTargetPct;
    }

    /** Why the open workspace cannot be compared, or "loading"; null once a scorer is set or while none is open. */
    public ReadOnlyObjectProperty<LocalizedText> unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    /** Latest comparison; null before the first score finishes or while no workspace is open. */
    public ReadOnlyObjectProperty<ComparisonResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Re-score time or the last scoring error, for the status line. */
    public ReadOnlyObjectProperty<LocalizedText> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty scoringProperty() {
        return scoring.getReadOnlyProperty();
    }

    /** Milliseconds from the last slider change to its result, measured on the FX thread; null before any. */
    public ReadOnlyObjectProperty<Long> lastRescoreMillisProperty() {
        return lastRescoreMillis.getReadOnlyProperty();
    }

    /** Returns the scenario that the sliders set now. */
    public Scenario scenario() {
        return new Scenario(btcUsd.get(), difficultyGrowthPctPerMonth.get(), electricityAdderUsdPerMwh.get(),
                hostingAdderUsdPerKwMonth.get(), powerTargetPct.get());
    }

    /** Moves the sliders back to the workspace's baseline and scores it. */
    public void loadBaseline() {
        StrategyScorer current = scorer.get();
        if (current == null) {
            cancelPending();
            scoring.set(false);
            result.set(null);
            status.set(null);
            return;
        }
        Scenario baseline = current.baseline();
        loadingBaseline = true;
        try {
            btcUsd.set(baseline.btcUsd());
            difficultyGrowthPctPerMonth.set(baseline.difficultyGrowthPctPerMonth());
            electricityAdderUsdPerMwh.set(baseline.electricityAdderUsdPerMwh());
            hostingAdderUsdPerKwMonth.set(baseline.hostingAdderUsdPerKwMonth());
            powerTargetPct.set(baseline.powerTargetPct());
        } finally {
            loadingBaseline = false;
        }
        rescore();
    }

    /** Scores the current slider values in the background, replacing any score still running. */
    public void rescore() {
        StrategyScorer current = scorer.get();
        if (current == null || loadingBaseline) {
            return;
        }
        Scenario scenario;
        try {
            scenario = scenario();
        } catch (IllegalArgumentException e) {
            status.set(LocalizedText.of("ui.comparison.error.scenario", e.getMessage()));
            return;
        }
        cancelPending();
        long requestedNanos = System.nanoTime();
        scoring.set(true);
        pending = tasks.submit(LocalizedText.of("ui.comparison.task"), progress -> current.score(scenario, progress),
                scored -> {
                    if (scorer.get() != current) {
                        return;
                    }
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - requestedNanos);
                    scoring.set(false);
                    result.set(scored);
                    lastRescoreMillis.set(millis);
                    status.set(Double.isFinite(scored.modelMillis())
                            ? LocalizedText.of("ui.comparison.rescoredModel", millis, scored.modelMillis())
                            : LocalizedText.of("ui.comparison.rescored", millis));
                },
                error -> {
                    scoring.set(false);
                    status.set(LocalizedText.of("ui.comparison.error.failed", String.valueOf(error.getLocalizedMessage())));
                });
    }

    private void open(Workspace workspace, ScorerFactory factory) {
        if (opening != null && !opening.isDone()) {
            opening.cancel();
        }
        // A result that arrives after another workspace was opened, or after this one closed, is dropped.
        long generation = ++openings;
        scorer.set(null);
        if (workspace == null) {
            unavailable.set(null);
            return;
        }
        unavailable.set(LocalizedText.of("ui.comparison.loading", workspace.name()));
        opening = tasks.submit(LocalizedText.of("ui.comparison.openTask"), progress -> factory.open(workspace, progress),
                opened -> {
                    if (generation == openings) {
                        unavailable.set(null);
                        scorer.set(opened);
                    }
                },
                error -> {
                    if (generation == openings) {
                        unavailable.set(LocalizedText.of("ui.comparison.unavailable", workspace.name(),
                                String.valueOf(error.getLocalizedMessage())));
                    }
                });
    }

    private void cancelPending() {
        if (pending != null && !pending.isDone()) {
            pending.cancel();
        }
        pending = null;
    }
}
