package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArrheniusTableTest {

    private static final double RELATIVE_TOLERANCE = 1e-6;

    @Test
    void tableMatchesFormulaAcrossRange() {
        ArrheniusTable table = new ArrheniusTable(0.7, 65.0);
        for (double tempC = -59.997; tempC < 199.99; tempC += 0.1234) {
            double exact = HazardModel.arrhenius(tempC, 0.7, 65.0);
            assertEquals(exact, table.factor(tempC), exact * RELATIVE_TOLERANCE, "at " + tempC + " C");
        }
    }

    @Test
    void outsideRangeUsesFormula() {
        ArrheniusTable table = new ArrheniusTable(0.5, 50.0);
        assertEquals(HazardModel.arrhenius(250.0, 0.5, 50.0), table.factor(250.0), 0.0);
        assertEquals(HazardModel.arrhenius(-80.0, 0.5, 50.0), table.factor(-80.0), 0.0);
    }

    @Test
    void referenceTemperatureGivesOne() {
        assertEquals(1.0, new ArrheniusTable(0.45, 25.0).factor(25.0), RELATIVE_TOLERANCE);
    }
}
