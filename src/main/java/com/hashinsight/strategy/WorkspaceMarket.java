package com.hashinsight.strategy;

import com.hashinsight.economics.BootstrapPriceModel;
import com.hashinsight.economics.DifficultyModel;
import com.hashinsight.economics.DifficultyPoint;
import com.hashinsight.economics.EconomicInputException;
import com.hashinsight.economics.GbmPriceModel;
import com.hashinsight.economics.MarketModel;
import com.hashinsight.economics.PriceModel;
import com.hashinsight.economics.PriceSeries;
import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.MarketSnapshot;
import com.hashinsight.store.BlockHeights;
import com.hashinsight.store.DifficultyEpoch;
import com.hashinsight.store.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the market inputs of a comparison from a workspace: the BTC price history, difficulty
 * epochs, fees per block and the last year of energy prices per settlement point.
 *
 * <p>The projection starts on the day of the last snapshot with a BTC price. With less than a
 * year of price history the price model's drift is set to zero, because a few months' trend (a
 * crash or a rally) compounded over years would dominate every path. Fees per block are
 * the mean over the 90 days before it (365 days when the shorter window has no fee data).
 * Difficulty growth is fitted to the epochs of the last two years.
 */
public final class WorkspaceMarket {

    /** BTC price model of the projection. */
    public enum PriceModelKind {
        /** Resampled historical daily log returns. */
        BOOTSTRAP,
        /** Geometric Brownian motion fitted to the history. */
        GBM
    }

    private static final Logger log = LoggerFactory.getLogger(WorkspaceMarket.class);
    private static final Instant ALL_TIME_END = Instant.parse("3000-01-01T00:00:00Z");
    private static final int DIFFICULTY_LOOKBACK_DAYS = 730;
    /** Fewest daily returns whose mean return the price model keeps as its drift. */
    static final int MIN_DRIFT_HISTORY_DAYS = 365;
    private static final int FEE_WINDOW_DAYS = 90;
    private static final int LONG_FEE_WINDOW_DAYS = 365;
    private static final Duration PRICE_YEAR = Duration.ofDays(365);

    private WorkspaceMarket() {
    }

    /**
     * Builds the market model of {@code workspace}.
     *
     * @param workspace     open workspace with BTC prices, difficulty epochs and fee data
     * @param kind          BTC price model
     * @param historyYears  years of price history before the start used to fit the price model, positive
     * @throws EconomicInputException naming the field when prices, height, difficulty or fees are missing
     */
    public static MarketModel marketModel(Workspace workspace, PriceModelKind kind, int historyYears) {
        if (historyYears <= 0) {
            throw new IllegalArgumentException("historyYears must be positive, got " + historyYears);
        }
        List<MarketSnapshot> snapshots = workspace.market().snapshots(Instant.EPOCH, ALL_TIME_END);
        List<MarketSnapshot> priced = snapshots.stream().filter(snapshot -> snapshot.btcUsd() > 0).toList();
        if (priced.isEmpty()) {
            throw new EconomicInputException("economics.error.invalidBtcPrice", "btcUsd", Double.NaN);
        }
        MarketSnapshot last = priced.getLast();
        Instant historyStart = last.time().minus(Duration.ofDays(365L * historyYears));
        double[] closes = priced.stream().filter(snapshot -> !snapshot.time().isBefore(historyStart))
                .mapToDouble(MarketSnapshot::btcUsd).toArray();
        PriceModel priceModel = priceModel(kind, closes, workspace.name());

        List<DifficultyEpoch> epochs = workspace.market().epochs();
        BlockHeights heights = new BlockHeights(epochs);
        long height = last.blockHeight() >= 0 ? last.blockHeight() : heights.heightAt(last.time());
        double difficulty = Double.isFinite(last.difficulty()) ? last.difficulty() : latestDifficulty(epochs);
        DifficultyModel difficultyModel = DifficultyModel.fit(difficultyHistory(epochs), DIFFICULTY_LOOKBACK_DAYS);
        double fees = meanFeesPerBlock(snapshots, last.time());
        LocalDate start = LocalDate.ofInstant(last.time(), ZoneOffset.UTC);

        log.info("Market from workspace {}: start {}, BTC {} USD, height {}, difficulty {}, fees {} BTC/block, "
                + "{} daily closes, difficulty growth {}/year", workspace.name(), start, last.btcUsd(), height, difficulty, fees,
                closes.length, difficultyModel.annualGrowth());
        return new MarketModel(start, last.btcUsd(), difficulty, height, fees, priceModel, difficultyModel);
    }

    /**
     * Returns the last 365 days of real-time prices of each settlement point, or day-ahead prices
     * where a point has no real-time prices. Points without prices are left out.
     */
    public static Map<String, PriceSeries> lastYearPrices(Workspace workspace, Collection<String> settlementPoints) {
        Map<String, PriceSeries> series = new LinkedHashMap<>();
        for (String point : settlementPoints) {
            List<EnergyPrice> prices = workspace.energyPrices().prices(point, "RTM", Instant.EPOCH, ALL_TIME_END);
            if (prices.isEmpty()) {
                prices = workspace.energyPrices().prices(point, "DAM", Instant.EPOCH, ALL_TIME_END);
            }
            if (prices.isEmpty()) {
                log.warn("No energy prices for settlement point {} in workspace {}", point, workspace.name());
                continue;
            }
            EnergyPrice newest = prices.getLast();
            Instant from = newest.intervalStart().minus(PRICE_YEAR);
            List<EnergyPrice> lastYear = prices.stream()
                    .filter(price -> price.intervalStart().isAfter(from) && price.intervalMinutes() == newest.intervalMinutes())
                    .toList();
            series.put(point, PriceSeries.of(lastYear));
        }
        return series;
    }

    private static PriceModel priceModel(PriceModelKind kind, double[] closes, String workspaceName) {
        double[] returns = PriceModel.dailyLogReturns(closes);
        boolean shortHistory = returns.length < MIN_DRIFT_HISTORY_DAYS;
        if (shortHistory) {
            log.warn("Workspace {} has {} daily BTC returns, fewer than {}; the price model's drift is set to zero", workspaceName,
                    returns.length, MIN_DRIFT_HISTORY_DAYS);
        }
        if (kind == PriceModelKind.GBM) {
            GbmPriceModel fitted = GbmPriceModel.fit(closes);
            return shortHistory ? fitted.withoutDrift() : fitted;
        }
        return new BootstrapPriceModel(returns, 1, shortHistory);
    }

    private static List<DifficultyPoint> difficultyHistory(List<DifficultyEpoch> epochs) {
        List<DifficultyPoint> points = new ArrayList<>(epochs.size());
        for (DifficultyEpoch epoch : epochs) {
            points.add(new DifficultyPoint(epoch.startTime(), epoch.difficulty()));
        }
        return points;
    }

    private static double latestDifficulty(List<DifficultyEpoch> epochs) {
        if (epochs.isEmpty()) {
            throw new EconomicInputException("economics.error.invalidDifficulty", "difficulty", Double.NaN);
        }
        return epochs.getLast().difficulty();
    }

    private static double meanFeesPerBlock(List<MarketSnapshot> snapshots, Instant end) {
        for (int windowDays : new int[] {FEE_WINDOW_DAYS, LONG_FEE_WINDOW_DAYS}) {
            Instant from = end.minus(Duration.ofDays(windowDays));
            double sum = 0;
            int count = 0;
            for (MarketSnapshot snapshot : snapshots) {
                boolean inWindow = !snapshot.time().isBefore(from) && !snapshot.time().isAfter(end);
                if (inWindow && snapshot.feesPerBlockBtc() >= 0 && Double.isFinite(snapshot.feesPerBlockBtc())) {
                    sum += snapshot.feesPerBlockBtc();
                    count++;
                }
            }
            if (count > 0) {
                return sum / count;
            }
        }
        throw new EconomicInputException("economics.error.invalidFees", "feesPerBlockBtc", Double.NaN);
    }
}
