package com.hashinsight.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.Miner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextEncoderTest {

    private static final float TOLERANCE = 1e-6f;
    private static final Instant SCORING_TIME = Instant.parse("2024-06-15T14:20:00Z");
    private static final SequenceBuilder BUILDER = new SequenceBuilder(WindowRule.DEFAULT, SequenceBuilder.DEFAULT_MAX_TOKENS);

    private static float[] encode(EntityHistory history, MarketHistory market, Scenario scenario) {
        STokenSequence tokens = BUILDER.build(history, SCORING_TIME);
        return ContextEncoder.encode(history, tokens, MarketState.at(market, SCORING_TIME), scenario);
    }

    @Test
    void newMinerWithoutDataIsFinite() {
        Miner miner = new Miner("SN-NEW", TokenFixtures.MODEL.model(), null, null, null, null);
        EntityHistory bare = new EntityHistory(miner, TokenFixtures.MODEL, null, null, null, List.of(), List.of(), List.of());

        float[] row = encode(bare, MarketHistory.EMPTY, Scenario.MARKET);

        assertEquals(NsFeatures.LAYOUT.width(), row.length);
        for (int i = 0; i < row.length; i++) {
            assertTrue(Float.isFinite(row[i]), NsFeatures.LAYOUT.fields().get(i).name());
        }
        assertEquals(0f, row[NsFeatures.HOURS_SINCE_TELEMETRY_PRESENT]);
        assertEquals(0f, row[NsFeatures.BTC_PRESENT]);
        assertEquals(0f, row[NsFeatures.CLIENT_PRESENT]);
        assertEquals(0f, row[NsFeatures.SITE.sitePresent]);
    }

    @Test
    void knownFleetFillsEveryGroup() {
        Instant start = SCORING_TIME.minus(Duration.ofDays(60));
        EntityHistory history = TokenFixtures.history(TokenFixtures.telemetry(start, SCORING_TIME, Duration.ofMinutes(15)),
                List.of(), TokenFixtures.prices(start, SCORING_TIME));

        float[] row = encode(history, TokenFixtures.market(start, SCORING_TIME), Scenario.MARKET);

        assertEquals(1f, row[NsFeatures.CLIENT_PRESENT]);
        assertEquals(1f, row[NsFeatures.SITE.sitePresent]);
        assertEquals(1f, row[NsFeatures.SITE.contractPresent]);
        assertEquals(1f, row[NsFeatures.SITE.energyPresent], "spot contract priced from the 7-day mean");
        assertEquals(1f, row[NsFeatures.BTC_PRESENT]);
        assertEquals(1f, row[NsFeatures.HASHPRICE_PRESENT]);
        assertEquals(1f, row[NsFeatures.BREAKEVEN_PRESENT]);
        assertEquals(1f, row[NsFeatures.SPOT_PRESENT]);
        assertEquals(1f, row[NsFeatures.REGION_MATCH], "client prefers ERCOT, site is in ERCOT");
        assertEquals(1f, row[NsFeatures.HOURS_SINCE_TELEMETRY_PRESENT]);
        assertEquals((2 + 20 / 60f) / 6f, row[NsFeatures.SCORE_OFFSET], TOLERANCE,
                "14:20 is 2 h 20 min into the 12:00 block");
    }

    @Test
    void scenarioSlidersMoveOnlyScenarioColumns() {
        Instant start = SCORING_TIME.minus(Duration.ofDays(40));
        EntityHistory history = TokenFixtures.history(List.of(), List.of(), List.of());
        MarketHistory market = TokenFixtures.market(start, SCORING_TIME);

        float[] base = encode(history, market, Scenario.MARKET);
        float[] moved = encode(history, market, new Scenario(120_000, 3, 10, 80, 0.8));

        for (int i = 0; i < base.length; i++) {
            FeatureField field = NsFeatures.LAYOUT.fields().get(i);
            if (!field.group().equals("scenario")) {
                assertEquals(base[i], moved[i], TOLERANCE, field.name() + " must not depend on the scenario");
            }
        }
        assertNotEquals(base[NsFeatures.SCENARIO_BTC_VS_MARKET], moved[NsFeatures.SCENARIO_BTC_VS_MARKET]);
        assertEquals(0.8f, moved[NsFeatures.SCENARIO_POWER_TARGET], TOLERANCE);
        assertEquals(1f, moved[NsFeatures.SCENARIO_HOSTING_PRESENT]);
    }

    @Test
    void scenarioPatchEqualsFullEncode() {
        Instant start = SCORING_TIME.minus(Duration.ofDays(40));
        EntityHistory history = TokenFixtures.history(TokenFixtures.telemetry(start, SCORING_TIME, Duration.ofHours(1)),
                List.of(), TokenFixtures.prices(start, SCORING_TIME));
        STokenSequence tokens = BUILDER.build(history, SCORING_TIME);
        MarketState market = MarketState.at(TokenFixtures.market(start, SCORING_TIME), SCORING_TIME);
        Scenario moved = new Scenario(80_000, -2, 15, Double.NaN, 1.2);

        float[] patched = ContextEncoder.withScenario(ContextEncoder.encode(history, tokens, market, new Scenario(120_000, 3, 10, 80, 0.8)),
                market, moved);

        assertArrayEquals(ContextEncoder.encode(history, tokens, market, moved), patched);
    }
}
