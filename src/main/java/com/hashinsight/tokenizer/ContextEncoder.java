package com.hashinsight.tokenizer;

import com.hashinsight.economics.Hashprice;
import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.Miner;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TelemetrySample;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Builds the {@code ns_num} row of one entity at one scoring time. */
public final class ContextEncoder {

    private static final double HOURS_PER_YEAR = 24 * 365.25;
    private static final Duration SPOT_LOOKBACK = Duration.ofDays(7);

    private ContextEncoder() {
    }

    /**
     * Returns the F_NS features of {@code history} at {@code tokens.scoringTime()}.
     *
     * @param tokens   the entity's S-tokens at the scoring time (possibly empty); gives the time and block start
     * @param market   market state at the same scoring time
     * @param scenario the user's assumptions
     */
    public static float[] encode(EntityHistory history, STokenSequence tokens, MarketState market, Scenario scenario) {
        FeatureLayout layout = NsFeatures.LAYOUT;
        float[] row = new float[layout.width()];
        Instant scoringTime = tokens.scoringTime();
        SiteClock clock = new SiteClock(history.site() == null ? null : history.site().timezone());

        writeTime(row, layout, tokens, clock);
        layout.putPresent(row, NsFeatures.HOURS_SINCE_TELEMETRY, NsFeatures.HOURS_SINCE_TELEMETRY_PRESENT,
                hoursSinceTelemetry(history, scoringTime));
        writeClient(row, history.client(), history.site());
        double[] spot = spotStats(history, scoringTime);
        NsFeatures.SITE.write(row, layout, history.site(), history.contract(), scoringTime, spot[0]);
        writeModelAndMiner(row, layout, history.model(), history.miner(), scoringTime);
        writeMarket(row, layout, market, spot);
        layout.putPresent(row, NsFeatures.HASHPRICE, NsFeatures.HASHPRICE_PRESENT, market.usdPerThDay() * Hashprice.THS_PER_PHS);
        layout.putPresent(row, NsFeatures.BREAKEVEN, NsFeatures.BREAKEVEN_PRESENT,
                market.breakevenUsdPerMwh(history.model().joulesPerTh()));
        writeScenario(row, layout, market, scenario);
        return row;
    }

    /**
     * Returns a copy of {@code row} (from {@link #encode}) with only the scenario columns rewritten,
     * for a slider move: equal to encoding again with {@code scenario}, without reading the history.
     *
     * @param market the market state {@code row} was encoded with
     */
    public static float[] withScenario(float[] row, MarketState market, Scenario scenario) {
        float[] copy = row.clone();
        FeatureLayout layout = NsFeatures.LAYOUT;
        for (FeatureField field : layout.fields()) {
            if (field.group().equals(NsFeatures.SCENARIO_GROUP)) {
                copy[field.index()] = 0f;
            }
        }
        writeScenario(copy, layout, market, scenario);
        return copy;
    }

    private static void writeTime(float[] row, FeatureLayout layout, STokenSequence tokens, SiteClock clock) {
        Instant scoringTime = tokens.scoringTime();
        double blockMs = tokens.rule().blockHours() * 3_600_000.0;
        layout.put(row, NsFeatures.SCORE_OFFSET,
                (scoringTime.toEpochMilli() - tokens.blockStart().toEpochMilli()) / blockMs);
        clock.write(scoringTime, row, NsFeatures.SCORE_HOUR_SIN, NsFeatures.SCORE_HOUR_COS,
                NsFeatures.SCORE_DOW_SIN, NsFeatures.SCORE_DOW_COS);
        double dayOfYear = scoringTime.atOffset(ZoneOffset.UTC).getDayOfYear() - 1;
        double yearAngle = 2 * Math.PI * dayOfYear / 365.25;
        row[NsFeatures.SCORE_DOY_SIN] = (float) Math.sin(yearAngle);
        row[NsFeatures.SCORE_DOY_COS] = (float) Math.cos(yearAngle);
        layout.put(row, NsFeatures.S_TOKEN_COUNT, tokens.length());
    }

    private static void writeClient(float[] row, ClientProfile client, Site site) {
        if (client == null) {
            return;
        }
        FeatureLayout layout = NsFeatures.LAYOUT;
        row[NsFeatures.CLIENT_PRESENT] = 1f;
        row[NsFeatures.RISK_FIRST + client.riskLevel().ordinal()] = 1f;
        layout.put(row, NsFeatures.BUDGET_USD, client.budgetUsd());
        layout.put(row, NsFeatures.PAYBACK_MONTHS, client.paybackTargetMonths());
        row[NsFeatures.HOLD_FIRST + client.holdStyle().ordinal()] = 1f;
        boolean match = site != null && site.region() != null && client.preferredRegion() != null
                && site.region().equalsIgnoreCase(client.preferredRegion().trim());
        row[NsFeatures.REGION_MATCH] = match ? 1f : 0f;
    }

    private static void writeModelAndMiner(float[] row, FeatureLayout layout, MinerModel model, Miner miner, Instant scoringTime) {
        layout.put(row, NsFeatures.NOMINAL_THS, model.nominalThs());
        layout.put(row, NsFeatures.NOMINAL_W, model.nominalW());
        layout.put(row, NsFeatures.JOULES_PER_TH, model.joulesPerTh());
        layout.put(row, NsFeatures.HASHBOARDS, model.hashboards());
        layout.put(row, NsFeatures.CHIPS, model.chips());
        layout.putPresent(row, NsFeatures.MODEL_AGE_YEARS, NsFeatures.MODEL_AGE_PRESENT,
                hoursSince(model.releaseDate(), scoringTime) / HOURS_PER_YEAR);
        row[NsFeatures.VENDOR_FIRST + FeatureHash.bucket(model.vendor(), NsFeatures.VENDOR_BUCKETS)] = 1f;
        row[NsFeatures.MODEL_FIRST + FeatureHash.bucket(model.model(), NsFeatures.MODEL_BUCKETS)] = 1f;

        double ageHours = hoursSince(miner.installDate(), scoringTime);
        if (ageHours >= 0) {
            layout.putPresent(row, NsFeatures.MINER_AGE_DAYS, NsFeatures.MINER_AGE_PRESENT, ageHours / 24);
        }
        String firmware = miner.firmware() == null ? "" : miner.firmware().trim();
        if (!firmware.isEmpty()) {
            row[NsFeatures.FIRMWARE_CUSTOM] = isCustomFirmware(firmware) ? 1f : 0f;
            String family = firmware.split("\\s+", 2)[0];
            row[NsFeatures.FIRMWARE_FIRST + FeatureHash.bucket(family, NsFeatures.FIRMWARE_BUCKETS)] = 1f;
        }
    }

    /** Returns true when {@code firmware} names third-party firmware (see {@link NsFeatures#CUSTOM_FIRMWARE}). */
    static boolean isCustomFirmware(String firmware) {
        String lower = firmware.toLowerCase(Locale.ROOT);
        return NsFeatures.CUSTOM_FIRMWARE.stream().anyMatch(lower::contains);
    }

    private static void writeMarket(float[] row, FeatureLayout layout, MarketState market, double[] spot) {
        layout.putPresent(row, NsFeatures.BTC_USD, NsFeatures.BTC_PRESENT, market.btcUsd());
        layout.putPresent(row, NsFeatures.BTC_RETURN_30D, NsFeatures.BTC_RETURN_PRESENT,
                Math.log(market.btcUsd() / market.btcUsd30dAgo()));
        layout.putPresent(row, NsFeatures.DIFFICULTY, NsFeatures.DIFFICULTY_PRESENT, market.difficulty());
        layout.putPresent(row, NsFeatures.DIFFICULTY_CHANGE_30D, NsFeatures.DIFFICULTY_CHANGE_PRESENT,
                Math.log(market.difficulty() / market.difficulty30dAgo()));
        layout.putPresent(row, NsFeatures.NETWORK_HASHRATE, NsFeatures.NETWORK_HASHRATE_PRESENT, market.networkHashrateThs());
        layout.putPresent(row, NsFeatures.FEES_PER_BLOCK, NsFeatures.FEES_PRESENT, market.feesPerBlockBtc());
        if (Double.isFinite(spot[0])) {
            layout.put(row, NsFeatures.SPOT_MEAN_7D, spot[0]);
            layout.put(row, NsFeatures.SPOT_STD_7D, spot[1]);
            layout.put(row, NsFeatures.SPOT_MAX_7D, spot[2]);
            row[NsFeatures.SPOT_PRESENT] = 1f;
        }
    }

    private static void writeScenario(float[] row, FeatureLayout layout, MarketState market, Scenario scenario) {
        double btc = Double.isNaN(scenario.btcUsd()) ? market.btcUsd() : scenario.btcUsd();
        layout.putPresent(row, NsFeatures.SCENARIO_BTC_USD, NsFeatures.SCENARIO_BTC_PRESENT, btc);
        double versusMarket = Math.log(btc / market.btcUsd());
        layout.put(row, NsFeatures.SCENARIO_BTC_VS_MARKET, Double.isFinite(versusMarket) ? versusMarket : 0);
        layout.put(row, NsFeatures.SCENARIO_DIFFICULTY_GROWTH, scenario.difficultyGrowthPctPerMonth());
        layout.put(row, NsFeatures.SCENARIO_ENERGY_ADDER, scenario.electricityAdderUsdPerMwh());
        layout.putPresent(row, NsFeatures.SCENARIO_HOSTING, NsFeatures.SCENARIO_HOSTING_PRESENT, scenario.hostingUsdPerKwMonth());
        layout.put(row, NsFeatures.SCENARIO_POWER_TARGET, scenario.powerTargetRatio());
    }

    /** Hours from the start of {@code date} (UTC) to {@code time}; NaN when {@code date} is null. */
    private static double hoursSince(LocalDate date, Instant time) {
        if (date == null) {
            return Double.NaN;
        }
        return Duration.between(date.atStartOfDay(ZoneOffset.UTC).toInstant(), time).toMillis() / 3_600_000.0;
    }

    /**
     * Returns mean, population standard deviation and maximum of the spot prices at the site's node
     * over the 7 days before the scoring time, in USD/MWh; NaNs when there are none.
     */
    static double[] spotStats(EntityHistory history, Instant scoringTime) {
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        String point = TokenSources.settlementPoint(history);
        if (point == null) {
            return none;
        }
        long toMs = scoringTime.toEpochMilli();
        String market = TokenSources.usesRealTimePrices(history, toMs) ? "RTM" : "DAM";
        List<EnergyPrice> prices = history.prices();
        int i = SequenceBuilder.firstAtOrAfter(prices, toMs - SPOT_LOOKBACK.toMillis(), p -> p.intervalStart().toEpochMilli());
        int count = 0;
        double sum = 0;
        double sumSquares = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (; i < prices.size() && prices.get(i).intervalStart().toEpochMilli() < toMs; i++) {
            EnergyPrice price = prices.get(i);
            if (market.equals(price.market()) && point.equals(price.settlementPoint())) {
                count++;
                sum += price.usdPerMwh();
                sumSquares += price.usdPerMwh() * price.usdPerMwh();
                max = Math.max(max, price.usdPerMwh());
            }
        }
        if (count == 0) {
            return none;
        }
        double mean = sum / count;
        return new double[] {mean, Math.sqrt(Math.max(0, sumSquares / count - mean * mean)), max};
    }

    /** Hours from the latest telemetry sample before {@code scoringTime} to it; NaN when there is none. */
    static double hoursSinceTelemetry(EntityHistory history, Instant scoringTime) {
        List<TelemetrySample> rows = history.telemetry();
        int end = SequenceBuilder.firstAtOrAfter(rows, scoringTime.toEpochMilli(), s -> s.time().toEpochMilli());
        if (end == 0) {
            return Double.NaN;
        }
        return (scoringTime.toEpochMilli() - rows.get(end - 1).time().toEpochMilli()) / 3_600_000.0;
    }
}
