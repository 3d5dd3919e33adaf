package com.hashinsight.simulation;

/**
 * Arrhenius factors tabulated every 0.01 °C from −60 to 200 °C and interpolated linearly, because
 * the hazard loop evaluates three of them per miner and step. The relative interpolation error is
 * below 1e-6 (a test checks it); temperatures outside the table use the exact formula.
 */
final class ArrheniusTable {

    private static final double MIN_C = -60.0;
    private static final double MAX_C = 200.0;
    private static final double STEPS_PER_DEGREE = 100.0;

    private final double activationEv;
    private final double referenceC;
    private final double[] factors;

    ArrheniusTable(double activationEv, double referenceC) {
        this.activationEv = activationEv;
        this.referenceC = referenceC;
        int size = (int) Math.round((MAX_C - MIN_C) * STEPS_PER_DEGREE) + 1;
        factors = new double[size];
        for (int i = 0; i < size; i++) {
            factors[i] = HazardModel.arrhenius(MIN_C + i / STEPS_PER_DEGREE, activationEv, referenceC);
        }
    }

    double factor(double tempC) {
        double position = (tempC - MIN_C) * STEPS_PER_DEGREE;
        if (!(position >= 0) || position >= factors.length - 1) {
            return HazardModel.arrhenius(tempC, activationEv, referenceC);
        }
        int index = (int) position;
        double weight = position - index;
        return factors[index] + weight * (factors[index + 1] - factors[index]);
    }
}
