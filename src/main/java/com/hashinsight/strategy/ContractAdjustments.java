package com.hashinsight.strategy;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.TouWindow;
import java.util.ArrayList;
import java.util.List;

/**
 * What-if changes to a contract's prices, for scenario sliders that move every strategy alike.
 */
public final class ContractAdjustments {

    private ContractAdjustments() {
    }

    /**
     * Returns {@code contract} with {@code adderUsdPerMwh} added to every energy price it charges:
     * the fixed price, the spot adder and each time-of-use window. A negative adder lowers prices.
     */
    public static Contract withEnergyAdder(Contract contract, double adderUsdPerMwh) {
        if (!Double.isFinite(adderUsdPerMwh)) {
            throw new IllegalArgumentException("adderUsdPerMwh must be finite, got " + adderUsdPerMwh);
        }
        List<TouWindow> windows = new ArrayList<>(contract.touWindows().size());
        for (TouWindow window : contract.touWindows()) {
            windows.add(new TouWindow(window.startHour(), window.endHour(), window.usdPerMwh() + adderUsdPerMwh));
        }
        return new Contract(contract.id(), contract.siteId(), contract.type(), contract.fixedUsdPerMwh() + adderUsdPerMwh,
                contract.spotAdderUsdPerMwh() + adderUsdPerMwh, windows, contract.hostingUsdPerKwMonth(), contract.hostingUsdPerKwh(),
                contract.curtailmentAllowed(), contract.maxCurtailHoursPerMonth(), contract.drPaymentUsdPerMwh(), contract.termStart(),
                contract.termMonths());
    }

    /**
     * Returns {@code contract} with {@code adderUsdPerKwMonth} added to its capacity hosting fee,
     * floored at 0 because a fee cannot be negative.
     */
    public static Contract withHostingAdder(Contract contract, double adderUsdPerKwMonth) {
        if (!Double.isFinite(adderUsdPerKwMonth)) {
            throw new IllegalArgumentException("adderUsdPerKwMonth must be finite, got " + adderUsdPerKwMonth);
        }
        return new Contract(contract.id(), contract.siteId(), contract.type(), contract.fixedUsdPerMwh(), contract.spotAdderUsdPerMwh(),
                contract.touWindows(), Math.max(0, contract.hostingUsdPerKwMonth() + adderUsdPerKwMonth), contract.hostingUsdPerKwh(),
                contract.curtailmentAllowed(), contract.maxCurtailHoursPerMonth(), contract.drPaymentUsdPerMwh(), contract.termStart(),
                contract.termMonths());
    }
}
