package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HostingFeesTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void capacityFeeIsProratedByDays() {
        assertEquals(3.5 * 10, HostingFees.capacityFeeUsd(3.5, 10, HostingFees.DAYS_PER_MONTH), TOLERANCE);
        assertEquals(3.5 * 10 / HostingFees.DAYS_PER_MONTH, HostingFees.capacityFeeUsd(3.5, 10, 1), TOLERANCE);
    }

    @Test
    void energyFeeIsPerKwh() {
        assertEquals(84 * 0.005, HostingFees.energyFeeUsd(84, 0.005), TOLERANCE);
    }

    @Test
    void totalAddsBothFeesOfContract() {
        double total = HostingFees.totalUsd(TestContracts.hosted(40, 12, 0.004), 3.5, 84, 1);

        assertEquals(3.5 * 12 / HostingFees.DAYS_PER_MONTH + 84 * 0.004, total, TOLERANCE);
    }

    @Test
    void negativeOrNaNInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> HostingFees.capacityFeeUsd(-1, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> HostingFees.energyFeeUsd(Double.NaN, 0.01));
    }
}
