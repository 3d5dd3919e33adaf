package com.hashinsight.simulation;

import com.hashinsight.fleet.MarketSnapshot;
import com.hashinsight.i18n.Messages;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Turns imported daily market snapshots into a {@link MarketPath}. */
final class ImportedMarket {

    private ImportedMarket() {
    }

    /**
     * Builds a path of {@code days} days from {@code start}. A day without a snapshot, or a snapshot
     * without a value, keeps the previous day's value; days after the data keep the last values.
     *
     * @throws SimulationInputException when the first day lacks a BTC price, difficulty, fees or height
     */
    static MarketPath path(List<MarketSnapshot> snapshots, LocalDate start, int days) {
        double[] btcUsd = filled(days);
        double[] difficulty = filled(days);
        double[] fees = filled(days);
        double[] hashrate = filled(days);
        long[] height = new long[days];
        java.util.Arrays.fill(height, -1);
        for (MarketSnapshot snapshot : snapshots) {
            int day = dayIndex(snapshot, start);
            if (day < 0 || day >= days) {
                continue;
            }
            btcUsd[day] = snapshot.btcUsd();
            difficulty[day] = snapshot.difficulty();
            fees[day] = snapshot.feesPerBlockBtc();
            hashrate[day] = snapshot.networkHashrateThs();
            height[day] = snapshot.blockHeight();
        }

        requireFirst(btcUsd[0], "simulation.field.btcPrice", start);
        requireFirst(difficulty[0], "simulation.field.difficulty", start);
        requireFirst(fees[0], "simulation.field.fees", start);
        if (height[0] < 0) {
            throw new SimulationInputException("simulation.error.marketFieldMissing", Messages.get("simulation.field.height"), start);
        }

        for (int day = 1; day < days; day++) {
            btcUsd[day] = Double.isNaN(btcUsd[day]) ? btcUsd[day - 1] : btcUsd[day];
            difficulty[day] = Double.isNaN(difficulty[day]) ? difficulty[day - 1] : difficulty[day];
            fees[day] = Double.isNaN(fees[day]) ? fees[day - 1] : fees[day];
            hashrate[day] = Double.isNaN(hashrate[day]) ? hashrate[day - 1] : hashrate[day];
            height[day] = height[day] < 0 ? height[day - 1] + 144 : height[day];
        }
        return new MarketPath(start, btcUsd, difficulty, fees, hashrate, height);
    }

    /** Days from {@code start} up to and including the last day with a complete snapshot. */
    static int coveredDays(List<MarketSnapshot> snapshots, LocalDate start) {
        int last = -1;
        for (MarketSnapshot snapshot : snapshots) {
            boolean complete = snapshot.blockHeight() >= 0 && Double.isFinite(snapshot.btcUsd())
                    && Double.isFinite(snapshot.difficulty()) && Double.isFinite(snapshot.feesPerBlockBtc());
            if (complete) {
                last = Math.max(last, dayIndex(snapshot, start));
            }
        }
        return last + 1;
    }

    private static int dayIndex(MarketSnapshot snapshot, LocalDate start) {
        return (int) Math.floorDiv(snapshot.time().getEpochSecond() - start.atStartOfDay(ZoneOffset.UTC).toEpochSecond(), 86_400L);
    }

    private static double[] filled(int days) {
        double[] values = new double[days];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    private static void requireFirst(double value, String fieldKey, LocalDate start) {
        if (!Double.isFinite(value)) {
            throw new SimulationInputException("simulation.error.marketFieldMissing", Messages.get(fieldKey), start);
        }
    }
}
