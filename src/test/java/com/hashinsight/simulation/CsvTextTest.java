package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTextTest {

    private static String format(double value, int decimals) {
        return CsvText.append(new StringBuilder(), value, decimals).toString();
    }

    @Test
    void roundsAndTrimsTrailingZeros() {
        assertEquals("1.5", format(1.5, 3));
        assertEquals("2", format(1.9996, 3));
        assertEquals("0.001", format(0.0012, 3));
        assertEquals("-12.35", format(-12.345, 2));
        assertEquals("0", format(-0.0001, 2));
    }

    @Test
    void nanIsEmptyAndHugeValuesFallBack() {
        assertEquals("", format(Double.NaN, 2));
        assertEquals("1.48E14", format(1.48e14, 2));
    }

    @Test
    void roundTripsThroughParser() {
        double value = 1234.56789;
        assertEquals(1234.5679, CsvText.parseDouble(format(value, 4), null, 1, "x"), 1e-12);
    }
}
