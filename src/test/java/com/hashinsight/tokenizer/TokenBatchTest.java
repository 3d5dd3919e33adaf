package com.hashinsight.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBatchTest {

    private static final Instant SCORING_TIME = Instant.parse("2024-06-15T14:20:00Z");
    private static final SequenceBuilder BUILDER = new SequenceBuilder(WindowRule.DEFAULT, SequenceBuilder.DEFAULT_MAX_TOKENS);

    private static STokenSequence tokens(int samples) {
        Instant from = SCORING_TIME.minus(Duration.ofMinutes(5L * samples));
        return BUILDER.build(TokenFixtures.history(TokenFixtures.telemetry(from, SCORING_TIME, Duration.ofMinutes(5)),
                List.of(), List.of()), SCORING_TIME);
    }

    private static TokenBatch pack(List<STokenSequence> sequences, int sLength) {
        int fNs = NsFeatures.LAYOUT.width();
        List<float[]> contexts = sequences.stream().map(s -> new float[fNs]).toList();
        List<List<float[]>> candidates = sequences.stream().map(s -> List.<float[]>of()).toList();
        List<long[]> kinds = sequences.stream().map(s -> new long[0]).toList();
        return TokenBatch.pack(sequences, contexts, candidates, kinds, sLength, 2);
    }

    @Test
    void shortSequenceIsLeftPadded() {
        STokenSequence three = tokens(3);
        TokenBatch batch = pack(List.of(three), 5);
        int fS = SFeatures.LAYOUT.width();

        assertEquals(0L, batch.sType()[0]);
        assertEquals(0L, batch.sType()[1]);
        assertEquals(SType.TELEMETRY.id(), batch.sType()[2]);
        for (int i = 0; i < 2 * fS; i++) {
            assertEquals(0f, batch.sNum()[i], "padding feature " + i);
        }
        assertEquals(three.row(0)[SFeatures.HASHRATE_RATIO], batch.sNum()[2 * fS + SFeatures.HASHRATE_RATIO]);
        assertEquals(three.row(2)[SFeatures.HASHRATE_RATIO], batch.sNum()[4 * fS + SFeatures.HASHRATE_RATIO]);
    }

    @Test
    void longSequenceKeepsNewestTokens() {
        STokenSequence six = tokens(6);
        TokenBatch batch = pack(List.of(six), 4);
        int fS = SFeatures.LAYOUT.width();

        assertEquals(six.row(2)[SFeatures.HOUR_SIN], batch.sNum()[SFeatures.HOUR_SIN]);
        assertEquals(six.row(5)[SFeatures.HOUR_SIN], batch.sNum()[3 * fS + SFeatures.HOUR_SIN]);
    }

    @Test
    void emptySequenceIsAllPadding() {
        TokenBatch batch = pack(List.of(tokens(0), tokens(2)), 3);

        for (int i = 0; i < 3; i++) {
            assertEquals(0L, batch.sType()[i], "row 0 column " + i);
        }
        assertEquals(SType.TELEMETRY.id(), batch.sType()[5]);
        assertEquals(2, batch.candidates());
        assertEquals(0L, batch.candKind()[0]);
    }

    @Test
    void tooManyCandidatesAreRejected() {
        STokenSequence one = tokens(1);
        float[] row = new float[CandidateFeatures.LAYOUT.width()];

        assertThrows(IllegalArgumentException.class, () -> TokenBatch.pack(List.of(one),
                List.of(new float[NsFeatures.LAYOUT.width()]), List.of(List.of(row, row, row)), List.of(new long[] {1, 1, 1}), 4, 2));
    }
}
