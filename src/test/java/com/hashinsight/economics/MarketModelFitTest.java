package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MarketModelFitTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void dailyLogReturnsSkipInvalidCloses() {
        double[] returns = PriceModel.dailyLogReturns(new double[] {100, Double.NaN, 110, 0, 121});

        assertEquals(2, returns.length);
        assertEquals(Math.log(1.1), returns[0], TOLERANCE);
        assertEquals(Math.log(1.1), returns[1], TOLERANCE);
    }

    @Test
    void bootstrapDrawsOnlyHistoricalReturns() {
        BootstrapPriceModel model = BootstrapPriceModel.fromCloses(new double[] {100, 110, 121, 133.1});
        SplittableRandom random = new SplittableRandom(3);

        assertEquals(30 * Math.log(1.1), model.sampleLogReturn(random, 30), TOLERANCE);
    }

    @Test
    void bootstrapSamplesEveryHistoricalDay() {
        BootstrapPriceModel model = new BootstrapPriceModel(new double[] {-0.1, 0.0, 0.2}, 1);
        SplittableRandom random = new SplittableRandom(11);
        int[] seen = new int[3];

        for (int i = 0; i < 3_000; i++) {
            double value = model.sampleLogReturn(random, 1);
            seen[value < -0.05 ? 0 : value > 0.1 ? 2 : 1]++;
        }

        for (int count : seen) {
            assertTrue(count > 900 && count < 1_100, "each day drawn about a third of the time, got " + count);
        }
    }

    @Test
    void blockBootstrapKeepsRunsTogether() {
        BootstrapPriceModel model = new BootstrapPriceModel(new double[] {0.1, -0.1, 0.1, -0.1}, 2);
        SplittableRandom random = new SplittableRandom(5);

        // Any two consecutive days sum to 0, so whole blocks cancel and an odd horizon keeps one day.
        assertEquals(0.0, model.sampleLogReturn(random, 4), TOLERANCE);
        assertEquals(0.1, Math.abs(model.sampleLogReturn(random, 3)), TOLERANCE);
    }

    @Test
    void centeredBootstrapHasZeroDrift() {
        BootstrapPriceModel crash = new BootstrapPriceModel(new double[] {-0.02, -0.01, -0.03}, 1, true);
        SplittableRandom random = new SplittableRandom(4);
        double sum = 0;

        for (int i = 0; i < 3_000; i++) {
            sum += crash.sampleLogReturn(random, 1);
        }

        assertEquals(0.0, sum / 3_000, 0.001);
        assertEquals("bootstrap, zero drift", crash.label());
        assertEquals("GBM, zero drift", new GbmPriceModel(-0.01, 0.03).withoutDrift().label());
    }

    @Test
    void gbmFitRecoversMoments() {
        double[] closes = {100, 110, 99, 108.9};
        double[] returns = {Math.log(1.1), Math.log(0.9), Math.log(1.1)};
        double mean = (returns[0] + returns[1] + returns[2]) / 3;
        double variance = 0;
        for (double value : returns) {
            variance += (value - mean) * (value - mean) / 2;
        }

        GbmPriceModel model = GbmPriceModel.fit(closes);

        assertEquals(mean, model.meanDailyLogReturn(), TOLERANCE);
        assertEquals(Math.sqrt(variance), model.dailyLogVolatility(), TOLERANCE);
        assertThrows(IllegalArgumentException.class, () -> GbmPriceModel.fit(new double[] {1, 2}));
    }

    @Test
    void gbmMonthlyReturnHasScaledMoments() {
        GbmPriceModel model = new GbmPriceModel(0.001, 0.03);
        SplittableRandom random = new SplittableRandom(9);
        int draws = 20_000;
        double sum = 0;
        double squares = 0;

        for (int i = 0; i < draws; i++) {
            double value = model.sampleLogReturn(random, 30);
            sum += value;
            squares += value * value;
        }

        double mean = sum / draws;
        assertEquals(0.03, mean, 0.003);
        assertEquals(0.03 * 0.03 * 30, squares / draws - mean * mean, 0.0015);
    }

    @Test
    void difficultyFitRecoversSteadyGrowth() {
        List<DifficultyPoint> history = new ArrayList<>();
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int epoch = 0; epoch < 40; epoch++) {
            history.add(new DifficultyPoint(start.plus(Duration.ofDays(14L * epoch)), 7e13 * Math.pow(1.03, epoch)));
        }

        DifficultyModel model = DifficultyModel.fit(history, 365);

        assertEquals(Math.log(1.03) / 14, model.dailyLogGrowth(), TOLERANCE);
        assertEquals(0.0, model.dailyLogVolatility(), 1e-9);
        assertEquals(Math.expm1(Math.log(1.03) / 14 * 365.25), model.annualGrowth(), TOLERANCE);
    }

    @Test
    void difficultyFitMeasuresScatter() {
        List<DifficultyPoint> history = new ArrayList<>();
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int epoch = 0; epoch < 27; epoch++) {
            double wobble = epoch % 2 == 0 ? 1.0 : 1.05;
            history.add(new DifficultyPoint(start.plus(Duration.ofDays(14L * epoch)), 8e13 * wobble));
        }

        DifficultyModel model = DifficultyModel.fit(history, 400);

        assertEquals(0.0, model.dailyLogGrowth(), TOLERANCE);
        // 26 changes of ±ln(1.05) over 364 days.
        assertEquals(Math.sqrt(26 * Math.pow(Math.log(1.05), 2) / 364), model.dailyLogVolatility(), TOLERANCE);
    }

    @Test
    void difficultyFitNeedsThreeEpochs() {
        List<DifficultyPoint> history = List.of(new DifficultyPoint(Instant.parse("2024-01-01T00:00:00Z"), 1e14),
                new DifficultyPoint(Instant.parse("2024-01-15T00:00:00Z"), 1.1e14));

        assertThrows(IllegalArgumentException.class, () -> DifficultyModel.fit(history, 365));
    }

    @Test
    void percentilesInterpolateLinearly() {
        Percentiles percentiles = Percentiles.ofSortingInPlace(new double[] {5, 1, 4, 2, 3, Double.NaN});

        assertEquals(1.4, percentiles.p10(), TOLERANCE);
        assertEquals(3.0, percentiles.p50(), TOLERANCE);
        assertEquals(4.6, percentiles.p90(), TOLERANCE);
        assertTrue(Double.isNaN(Percentiles.ofSortingInPlace(new double[0]).p50()));
    }

    @Test
    void selectionMatchesSorting() {
        SplittableRandom random = new SplittableRandom(21);
        for (int size : new int[] {1, 2, 3, 10, 11, 1_000, 10_001}) {
            double[] values = new double[size];
            for (int i = 0; i < size; i++) {
                values[i] = random.nextInt(4) == 0 ? Math.floor(random.nextDouble() * 5) : random.nextGaussian();
                if (size > 3 && random.nextInt(50) == 0) {
                    values[i] = Double.NaN;
                }
            }

            Percentiles sorted = Percentiles.ofSortingInPlace(values.clone());
            Percentiles selected = Percentiles.ofSelectingInPlace(values.clone());

            assertEquals(sorted, selected, "size " + size);
        }
        assertTrue(Double.isNaN(Percentiles.ofSelectingInPlace(new double[] {Double.NaN}).p90()));
    }
}
