package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PoolTermsTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void fppsChargesOneFeeOnWholeReward() {
        assertEquals((0.01 + 0.001) * 0.975, PoolTerms.fpps(0.025).expectedPayoutBtc(0.01, 0.001), TOLERANCE);
    }

    @Test
    void ppsPlusChargesSeparateFees() {
        PoolTerms terms = PoolTerms.ppsPlus(0.04, 0.0);

        assertEquals(0.01 * 0.96 + 0.001, terms.expectedPayoutBtc(0.01, 0.001), TOLERANCE);
        assertEquals(0.9 * 0.96 + 0.1, terms.payoutFraction(0.1), TOLERANCE);
    }

    @Test
    void pplnsExpectedValueEqualsFppsAtSameFee() {
        assertEquals(PoolTerms.fpps(0.02).expectedPayoutBtc(0.01, 0.002),
                PoolTerms.pplns(0.02).expectedPayoutBtc(0.01, 0.002), TOLERANCE);
    }

    @Test
    void invalidFeesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PoolTerms.fpps(1.5));
        assertThrows(IllegalArgumentException.class, () -> PoolTerms.pplns(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new PoolTerms(PayoutScheme.FPPS, 0.02, 0.0));
        assertThrows(IllegalArgumentException.class, () -> PoolTerms.fpps(0.02).expectedPayoutBtc(-1, 0));
    }
}
