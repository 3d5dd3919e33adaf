package com.hashinsight.economics;

import java.util.Objects;

/**
 * A pool's payout scheme and fees, turning the expected gross reward into the expected payout.
 *
 * <p>All three schemes pay the same in expectation before fees when the pool's luck averages 1,
 * so they differ here only by which part of the reward each fee applies to. Under PPLNS the
 * payout also varies with the pool's luck, and this class returns only its expected value.
 * FPPS pays each share its expected subsidy and the network's mean fees minus one fee; PPS+ pays
 * the subsidy per share minus a PPS fee and shares the fees of found blocks minus a PPLNS fee.
 *
 * @param scheme              payout scheme
 * @param subsidyFeeFraction  fee on the subsidy part, 0 to 1 (0.025 is 2.5 %)
 * @param txFeeFraction       fee on the transaction-fee part, 0 to 1; equal to the subsidy fee for FPPS and PPLNS
 */
public record PoolTerms(PayoutScheme scheme, double subsidyFeeFraction, double txFeeFraction) {

    public PoolTerms {
        Objects.requireNonNull(scheme, "scheme");
        requireFraction("subsidyFeeFraction", subsidyFeeFraction);
        requireFraction("txFeeFraction", txFeeFraction);
        if (scheme != PayoutScheme.PPS_PLUS && subsidyFeeFraction != txFeeFraction) {
            throw new IllegalArgumentException(scheme + " charges one fee on the whole reward, got "
                    + subsidyFeeFraction + " and " + txFeeFraction);
        }
    }

    /** FPPS with one fee on subsidy and fees. */
    public static PoolTerms fpps(double feeFraction) {
        return new PoolTerms(PayoutScheme.FPPS, feeFraction, feeFraction);
    }

    /** PPS+ with a PPS fee on the subsidy and a PPLNS fee on transaction fees. */
    public static PoolTerms ppsPlus(double subsidyFeeFraction, double txFeeFraction) {
        return new PoolTerms(PayoutScheme.PPS_PLUS, subsidyFeeFraction, txFeeFraction);
    }

    /** PPLNS with one fee on the whole reward. */
    public static PoolTerms pplns(double feeFraction) {
        return new PoolTerms(PayoutScheme.PPLNS, feeFraction, feeFraction);
    }

    /**
     * Returns the expected payout in BTC for an expected gross reward split into subsidy and fees.
     *
     * @param subsidyBtc expected subsidy earned, in BTC, not negative; NaN gives NaN
     * @param feesBtc    expected transaction fees earned, in BTC, not negative; NaN gives NaN
     * @throws IllegalArgumentException when an amount is negative
     */
    public double expectedPayoutBtc(double subsidyBtc, double feesBtc) {
        if (subsidyBtc < 0 || feesBtc < 0) {
            throw new IllegalArgumentException("subsidyBtc and feesBtc must be >= 0, got " + subsidyBtc + " and " + feesBtc);
        }
        return subsidyBtc * (1 - subsidyFeeFraction) + feesBtc * (1 - txFeeFraction);
    }

    /**
     * Returns the fraction of a gross reward that reaches the miner when fees make up
     * {@code feeShare} of the reward.
     *
     * @param feeShare fees / (subsidy + fees), 0 to 1
     */
    public double payoutFraction(double feeShare) {
        requireFraction("feeShare", feeShare);
        return (1 - feeShare) * (1 - subsidyFeeFraction) + feeShare * (1 - txFeeFraction);
    }

    private static void requireFraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }
}
