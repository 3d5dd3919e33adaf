package com.hashinsight.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequenceTokensTest {

    private static SequenceTokens tokens(float... values) {
        long[] types = new long[values.length / 2];
        java.util.Arrays.fill(types, 1);
        return new SequenceTokens(values, types, 2);
    }

    @Test
    void digestChangesWithOneFloatBit() {
        float value = 0.5f;
        float next = Math.nextUp(value);

        assertNotEquals(tokens(value, 1f).digest(), tokens(next, 1f).digest());
    }

    @Test
    void digestSeparatesNegativeZero() {
        assertNotEquals(tokens(0f, 1f).digest(), tokens(-0f, 1f).digest());
    }

    @Test
    void digestDependsOnTypes() {
        SequenceTokens first = new SequenceTokens(new float[] {1, 2}, new long[] {1}, 2);
        SequenceTokens second = new SequenceTokens(new float[] {1, 2}, new long[] {2}, 2);

        assertNotEquals(first.digest(), second.digest());
    }

    @Test
    void digestIsStableForEqualContent() {
        assertEquals(tokens(1f, 2f, 3f, 4f).digest(), tokens(1f, 2f, 3f, 4f).digest());
    }

    @Test
    void inputArraysAreCopied() {
        float[] values = {1f, 2f};
        SequenceTokens sequence = new SequenceTokens(values, new long[] {1}, 2);
        String before = sequence.digest();

        values[0] = 9f;

        assertEquals(before, sequence.digest());
    }

    @Test
    void prefixIsRecognised() {
        SequenceTokens full = tokens(1f, 2f, 3f, 4f);

        assertTrue(full.startsWith(full.slice(0, 1)));
        assertTrue(full.startsWith(full));
        assertFalse(full.startsWith(tokens(1f, 2.5f)));
        assertFalse(full.slice(0, 1).startsWith(full));
    }

    @Test
    void paddingTypeRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SequenceTokens(new float[] {1f}, new long[] {0}, 1));
    }

    @Test
    void shapeMismatchRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SequenceTokens(new float[] {1f, 2f, 3f}, new long[] {1}, 2));
    }
}
