package com.hashinsight.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.Site;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateEncoderTest {

    private static final float TOLERANCE = 1e-6f;
    private static final Instant SCORING_TIME = Instant.parse("2024-06-15T14:20:00Z");
    private static final EntityHistory HISTORY = TokenFixtures.history(List.of(), List.of(), List.of());
    private static final Site HYDRO = new Site("no-oslo", "Oslo", "Oslo, NO", 59.9, ZoneId.of("Europe/Oslo"), Cooling.HYDRO,
            1.05, 2000, null, "Nordics");
    private static final Contract HYDRO_CONTRACT = new Contract("c-2", "no-oslo", ContractType.FIXED, 45, 0, List.of(), 20, 0,
            false, Double.NaN, 0, LocalDate.of(2024, 1, 1), 24);

    @Test
    void siteCandidateDescribesTheNewSite() {
        CandidateInput move = new CandidateInput(CandidateKind.SITE_CONTRACT, null, HYDRO, HYDRO_CONTRACT, Double.NaN,
                Double.NaN, null, null);

        float[] row = CandidateEncoder.encode(HISTORY, move, SCORING_TIME);

        assertEquals(1f, row[CandidateFeatures.SITE_CHANGED]);
        assertEquals(1f, row[CandidateFeatures.SITE.coolingFirst + Cooling.HYDRO.ordinal()]);
        assertEquals(1f, row[CandidateFeatures.SITE.contractTypeFirst + ContractType.FIXED.ordinal()]);
        assertEquals(0f, row[CandidateFeatures.FIRMWARE_CHANGED]);
    }

    @Test
    void configPresetKeepsTheSite() {
        CandidateInput keep = new CandidateInput(CandidateKind.CONFIG_PRESET, "B", null, null, 0.85, 0.72, "LuxOS 2024.11",
                null);

        float[] row = CandidateEncoder.encode(HISTORY, keep, SCORING_TIME);

        assertEquals(0f, row[CandidateFeatures.SITE_CHANGED]);
        assertEquals(1f, row[CandidateFeatures.SITE.coolingFirst + Cooling.AIR.ordinal()], "the miner's own air-cooled site");
        assertEquals(1f, row[CandidateFeatures.PRESET_FIRST + 1], "preset B");
        assertEquals(0.85f, row[CandidateFeatures.HASHRATE_RATIO], TOLERANCE);
        assertEquals(1f, row[CandidateFeatures.FIRMWARE_CUSTOM]);
        assertEquals(1f, row[CandidateFeatures.FIRMWARE_CHANGED]);
    }

    @Test
    void curtailmentPolicyFillsItsColumns() {
        CandidateInput policy = new CandidateInput(CandidateKind.CURTAILMENT_POLICY, null, null, null, Double.NaN, Double.NaN,
                null, new CandidateInput.Curtailment(true, true, 0, 3, 4, 1, true));

        float[] row = CandidateEncoder.encode(HISTORY, policy, SCORING_TIME);

        assertEquals(1f, row[CandidateFeatures.CURTAIL_ENABLED]);
        assertEquals(1f, row[CandidateFeatures.STRIKE_FOLLOWS_BREAKEVEN]);
        assertEquals(0.3f, row[CandidateFeatures.HYSTERESIS], TOLERANCE, "3 USD/MWh over scale 10");
        assertEquals(0.5f, row[CandidateFeatures.PEAK_WINDOWS], TOLERANCE, "one window over scale 2");
        assertEquals(1f, row[CandidateFeatures.MIN_OFF_HOURS], TOLERANCE, "4 hours over scale 4");
        assertEquals(1f, row[CandidateFeatures.DEMAND_RESPONSE]);
        assertArrayEquals(new long[] {CandidateKind.CURTAILMENT_POLICY.id()}, CandidateEncoder.kinds(List.of(policy)));
    }

    @Test
    void paddingKindIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CandidateInput(CandidateKind.PADDING, null, null, null,
                Double.NaN, Double.NaN, null, null));
    }
}
