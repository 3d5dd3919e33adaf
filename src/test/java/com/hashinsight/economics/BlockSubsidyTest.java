package com.hashinsight.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlockSubsidyTest {

    @Test
    void halvingBoundaryAt840000() {
        assertEquals(6.25, BlockSubsidy.subsidyBtc(839_999L));
        assertEquals(3.125, BlockSubsidy.subsidyBtc(840_000L));
    }

    @Test
    void thirdAndFifthHalvings() {
        assertEquals(50.0, BlockSubsidy.subsidyBtc(0L));
        assertEquals(12.5, BlockSubsidy.subsidyBtc(629_999L));
        assertEquals(1.5625, BlockSubsidy.subsidyBtc(1_050_000L));
        assertEquals(312_500_000L, BlockSubsidy.subsidySat(1_049_999L));
        assertEquals(156_250_000L, BlockSubsidy.subsidySat(1_050_000L));
    }

    @Test
    void subsidyEndsAfter64Halvings() {
        assertEquals(1L, BlockSubsidy.subsidySat(32L * 210_000L));
        assertEquals(0L, BlockSubsidy.subsidySat(33L * 210_000L));
        assertEquals(0L, BlockSubsidy.subsidySat(64L * 210_000L));
    }

    @Test
    void unknownHeightNamesTheField() {
        EconomicInputException error = assertThrows(EconomicInputException.class, () -> BlockSubsidy.subsidyBtc(-1L));
        assertEquals("blockHeight", error.field());
        assertEquals("-1", error.value());
        assertTrue(error.getMessage().contains("blockHeight"), error.getMessage());
    }

    @Test
    void nextHalvingHeightFollowsSchedule() {
        assertEquals(1_050_000L, BlockSubsidy.nextHalvingHeight(840_000L));
        assertEquals(1_050_000L, BlockSubsidy.nextHalvingHeight(1_049_999L));
        assertEquals(840_000L, BlockSubsidy.nextHalvingHeight(839_999L));
    }
}
