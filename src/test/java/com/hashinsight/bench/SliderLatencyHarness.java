package com.hashinsight.bench;

import com.hashinsight.ui.HeadlessWorkstation;
import com.hashinsight.ui.Screen;
import com.hashinsight.ui.comparison.ComparisonResult;
import com.hashinsight.ui.comparison.ComparisonViewModel;
import com.hashinsight.ui.comparison.EngineStrategyScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Slider-to-redraw latency of the strategy comparison on the bundled sample workspace: the time from a slider change
 * on the FX thread to the first scene layout after the re-scored comparison is on screen. The BTC price slider
 * re-runs the projections only. The electricity slider changes the contract prices, so it also re-tabulates every
 * strategy's curtailment response over a year of prices. The harness runs the real window headless (Monocle,
 * software rendering), so the time includes the engine's re-score on a background thread, the table and chart
 * rebuild and one layout pulse, but not painting to a real display.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.hashinsight.bench.SliderLatencyHarness 20 btc
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.hashinsight.bench.SliderLatencyHarness 20 electricity
 * </pre>
 */
public final class SliderLatencyHarness {

    private static final long TIMEOUT_SECONDS = 300;
    /** Steps of the comparison screen's BTC and electricity sliders, to which they snap. */
    private static final double BTC_STEP_USD = 1_000;
    private static final double ELECTRICITY_STEP_USD_PER_MWH = 1;

    private SliderLatencyHarness() {
    }

    public static void main(String[] args) throws Exception {
        int moves = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        boolean electricity = args.length > 1 && "electricity".equals(args[1]);
        int warmUp = Math.max(1, moves / 4);
        try (HeadlessWorkstation headless = HeadlessWorkstation.startWithSample()) {
            headless.show(Screen.COMPARISON, Locale.ENGLISH);
            ComparisonViewModel model = headless.workstation().comparisonViewModel();
            if (HeadlessWorkstation.onFx(() -> model.resultProperty().get()) == null) {
                throw new IllegalStateException("the sample workspace has no comparison to move");
            }
            DoubleProperty slider = electricity ? model.electricityAdderUsdPerMwhProperty() : model.btcUsdProperty();
            double step = electricity ? ELECTRICITY_STEP_USD_PER_MWH : BTC_STEP_USD;
            double baseline = HeadlessWorkstation.onFx(slider::get);
            List<Long> redraw = new ArrayList<>();
            List<Long> rescore = new ArrayList<>();
            List<Long> inModel = new ArrayList<>();
            for (int move = 0; move < warmUp + moves; move++) {
                // Whole slider steps, because the slider snaps its value to them; every move is a new scenario.
                double value = Math.round(baseline / step) * step + step * (1 + move);
                long[] times = moveSlider(headless, model, slider, value);
                if (move >= warmUp) {
                    redraw.add(times[0]);
                    rescore.add(times[1]);
                    if (times[2] >= 0) {
                        inModel.add(times[2]);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s slider: moves %d (after %d warm-up), %d paths per strategy%n",
                    electricity ? "electricity" : "BTC", moves, warmUp, EngineStrategyScorer.INTERACTIVE_PATHS);
            System.out.printf(Locale.ROOT, "slider to redraw: median %d ms, p95 %d ms, max %d ms%n", NearestRank.percentile(redraw, 50),
                    NearestRank.percentile(redraw, 95), NearestRank.percentile(redraw, 100));
            System.out.printf(Locale.ROOT, "slider to scored result: median %d ms, p95 %d ms%n", NearestRank.percentile(rescore, 50),
                    NearestRank.percentile(rescore, 95));
            if (!inModel.isEmpty()) {
                System.out.printf(Locale.ROOT, "of it in HashTrans (inputs and Stage II): median %d ms, p95 %d ms%n",
                        NearestRank.percentile(inModel, 50), NearestRank.percentile(inModel, 95));
            }
        }
    }

    /**
     * Sets {@code slider} and returns the milliseconds to the first layout after the new result, to the result, and
     * spent in HashTrans (-1 without the model).
     */
    private static long[] moveSlider(HeadlessWorkstation headless, ComparisonViewModel model, DoubleProperty slider,
            double value) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        HeadlessWorkstation.onFx(() -> {
            Scene scene = headless.stage().getScene();
            long started = System.nanoTime();
            ChangeListener<ComparisonResult> onResult = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends ComparisonResult> observable,
                        ComparisonResult old, ComparisonResult result) {
                    if (result == null || !model.scenario().equals(result.scenario()) || slider.get() != value) {
                        return;
                    }
                    model.resultProperty().removeListener(this);
                    long scored = System.nanoTime();
                    Runnable[] afterLayout = new Runnable[1];
                    afterLayout[0] = () -> {
                        scene.removePostLayoutPulseListener(afterLayout[0]);
                        long modelMillis = Double.isNaN(result.modelMillis()) ? -1 : Math.round(result.modelMillis());
                        done.complete(new long[] {millis(started, System.nanoTime()), millis(started, scored), modelMillis});
                    };
                    scene.addPostLayoutPulseListener(afterLayout[0]);
                    Platform.requestNextPulse();
                }
            };
            model.resultProperty().addListener(onResult);
            slider.set(value);
            return null;
        });
        return done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static long millis(long fromNanos, long toNanos) {
        return TimeUnit.NANOSECONDS.toMillis(toNanos - fromNanos);
    }
}
