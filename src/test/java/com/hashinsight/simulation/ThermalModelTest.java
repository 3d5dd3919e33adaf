package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hashinsight.fleet.Cooling;
import org.junit.jupiter.api.Test;

class ThermalModelTest {

    private static final double TOLERANCE_C = 1e-9;

    @Test
    void immersionRunsCoolerThanAir() {
        ThermalModel air = new ThermalModel();
        ThermalModel immersion = new ThermalModel();
        for (double ambientC = -10; ambientC <= 45; ambientC += 5) {
            for (double load = 0.7; load <= 1.31; load += 0.15) {
                air.compute(Cooling.AIR, true, ambientC, load, 1.0, true);
                immersion.compute(Cooling.IMMERSION, false, ambientC, load, 1.0, true);
                assertTrue(immersion.chipC < air.chipC,
                        "at " + ambientC + " C and load " + load + ": immersion " + immersion.chipC + " vs air " + air.chipC);
            }
        }
    }

    @Test
    void fansSaturateOnHotDays() {
        ThermalModel thermal = new ThermalModel();
        thermal.compute(Cooling.AIR, true, 15, 1.0, 1.0, true);
        double mildChipC = thermal.chipC;
        double mildDuty = thermal.fanDuty;
        thermal.compute(Cooling.AIR, true, 42, 1.0, 1.0, true);

        assertTrue(mildDuty < 1.0, "fans at full duty on a mild day: " + mildDuty);
        assertEquals(1.0, thermal.fanDuty, TOLERANCE_C);
        assertTrue(thermal.chipC > mildChipC + 5, "hot-day chip " + thermal.chipC + " vs mild " + mildChipC);
    }

    @Test
    void stoppedMinerSitsAtInlet() {
        ThermalModel thermal = new ThermalModel();
        thermal.compute(Cooling.HYDRO, false, 20, 0.0, 1.0, false);
        assertEquals(thermal.inletC, thermal.chipC, TOLERANCE_C);
        assertEquals(0.0, thermal.fanDuty, TOLERANCE_C);
    }
}
