package com.hashinsight.economics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Daily net profit of a miner whose revenue declines as difficulty grows and halves at the next
 * halving, against a constant daily cost.
 *
 * <p>Revenue on day d is revenue₀ / (1 + g)^d, where g is the daily difficulty growth, times
 * ((1 − f) / 2 + f) from the halving date on, where f is the fee share of the block reward,
 * because the halving cuts the subsidy part and leaves fees. The BTC price is held constant.
 *
 * @param revenueUsdPerDay           revenue on day 0 after pool fees, in USD, not negative
 * @param costUsdPerDay              energy, hosting and maintenance per day in USD; negative allowed (a credit)
 * @param difficultyGrowthPerDay     relative difficulty growth per day, above -1, for example 0.0015
 * @param halvingDate                first day at the halved subsidy; null when no halving falls in the horizon
 * @param feeShare                   fees / (subsidy + fees) before the halving, 0 to 1
 */
public record DecliningYield(double revenueUsdPerDay, double costUsdPerDay, double difficultyGrowthPerDay,
        LocalDate halvingDate, double feeShare) {

    public DecliningYield {
        if (!(revenueUsdPerDay >= 0) || Double.isInfinite(revenueUsdPerDay)) {
            throw new IllegalArgumentException("revenueUsdPerDay must be a finite number >= 0, got " + revenueUsdPerDay);
        }
        if (!Double.isFinite(costUsdPerDay)) {
            throw new IllegalArgumentException("costUsdPerDay must be finite, got " + costUsdPerDay);
        }
        if (!(difficultyGrowthPerDay > -1) || Double.isInfinite(difficultyGrowthPerDay)) {
            throw new IllegalArgumentException("difficultyGrowthPerDay must be a finite number above -1, got " + difficultyGrowthPerDay);
        }
        if (!(feeShare >= 0 && feeShare <= 1)) {
            throw new IllegalArgumentException("feeShare must be between 0 and 1, got " + feeShare);
        }
    }

    /** Returns true when net profit never rises from one day to the next, which lets payback stop at the first loss-making day. */
    public boolean isNonIncreasing() {
        return difficultyGrowthPerDay >= 0;
    }

    /** Net profit in USD on day {@code day} (0 is {@code start}). */
    public double netUsdOnDay(LocalDate start, int day) {
        double revenue = revenueUsdPerDay / Math.pow(1 + difficultyGrowthPerDay, day);
        if (halvingDate != null && ChronoUnit.DAYS.between(start, halvingDate) <= day) {
            revenue *= (1 - feeShare) / 2 + feeShare;
        }
        return revenue - costUsdPerDay;
    }
}
