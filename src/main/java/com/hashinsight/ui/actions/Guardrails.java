package com.hashinsight.ui.actions;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.Miner;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.Site;
import com.hashinsight.store.ActionLogEntry;
import com.hashinsight.store.Workspace;
import com.hashinsight.ui.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a proposed change against the fleet's physical and contractual limits before it is logged.
 *
 * <ul>
 *   <li>A miner's power limit may not exceed its model's rated (nameplate) power.</li>
 *   <li>The site's load after the change, every miner at its current limit or rated power times the site's
 *       PUE, may not exceed the site's capacity.</li>
 *   <li>Curtailment needs a contract that allows it, and may not exceed the contract's hours per month.</li>
 *   <li>A firmware change, or switching off more than {@link #LARGE_SHUTDOWN_SHARE} of the fleet, needs
 *       confirmation.</li>
 * </ul>
 */
public final class Guardrails {

    /** Share of the whole fleet above which a shutdown asks for confirmation. */
    public static final double LARGE_SHUTDOWN_SHARE = 0.10;

    private static final double WATTS_PER_KW = 1_000;

    /** Checks {@code change} against the data in {@code workspace}. */
    public Verdict check(Workspace workspace, ProposedChange change) {
        return switch (change.type()) {
            case POWER_LIMIT_W -> checkPowerLimit(workspace, change);
            case FIRMWARE -> checkFirmware(workspace, change);
            case CURTAIL_HOURS -> checkCurtailment(workspace, change);
            case SHUTDOWN_MINERS -> checkShutdown(workspace, change);
        };
    }

    private Verdict checkPowerLimit(Workspace workspace, ProposedChange change) {
        Optional<Miner> miner = workspace.fleet().miner(change.target());
        if (miner.isEmpty()) {
            return blocked(null, LocalizedText.of("ui.actions.error.noMiner", change.target()));
        }
        double watts;
        try {
            watts = Double.parseDouble(change.newValue().strip());
        } catch (NumberFormatException e) {
            return blocked(null, LocalizedText.of("ui.actions.error.notANumber", change.newValue()));
        }
        String oldValue = currentValue(workspace, change);
        List<LocalizedText> violations = new ArrayList<>();
        if (!(watts > 0) || Double.isInfinite(watts)) {
            violations.add(LocalizedText.of("ui.actions.error.notANumber", change.newValue()));
            return new Verdict(oldValue, violations, null);
        }
        Optional<MinerModel> model = workspace.catalog().model(miner.get().model());
        if (model.isPresent() && watts > model.get().nominalW()) {
            violations.add(LocalizedText.of("ui.actions.error.ratedPower", watts, model.get().model(), model.get().nominalW()));
        }
        Optional<Site> site = miner.get().siteId() == null ? Optional.empty() : workspace.fleet().site(miner.get().siteId());
        if (site.isPresent()) {
            double siteKw = siteLoadKw(workspace, site.get(), change.target(), watts);
            if (siteKw > site.get().capacityKw()) {
                violations.add(LocalizedText.of("ui.actions.error.capacity", site.get().name(), siteKw, site.get().capacityKw()));
            }
        }
        return new Verdict(oldValue, violations, null);
    }

    private Verdict checkFirmware(Workspace workspace, ProposedChange change) {
        Optional<Miner> miner = workspace.fleet().miner(change.target());
        if (miner.isEmpty()) {
            return blocked(null, LocalizedText.of("ui.actions.error.noMiner", change.target()));
        }
        return new Verdict(miner.get().firmware(), List.of(),
                LocalizedText.of("ui.actions.confirm.firmware", change.target(), miner.get().firmware(), change.newValue()));
    }

    private Verdict checkCurtailment(Workspace workspace, ProposedChange change) {
        Optional<Site> site = workspace.fleet().site(change.target());
        if (site.isEmpty()) {
            return blocked(null, LocalizedText.of("ui.actions.error.noSite", change.target()));
        }
        double hours;
        try {
            hours = Double.parseDouble(change.newValue().strip());
        } catch (NumberFormatException e) {
            return blocked(null, LocalizedText.of("ui.actions.error.notANumber", change.newValue()));
        }
        String oldValue = currentValue(workspace, change);
        List<Contract> contracts = workspace.fleet().contractsOfSite(site.get().id());
        List<LocalizedText> violations = new ArrayList<>();
        if (!(hours >= 0) || Double.isInfinite(hours)) {
            violations.add(LocalizedText.of("ui.actions.error.notANumber", change.newValue()));
        } else if (contracts.isEmpty() || !contracts.getFirst().curtailmentAllowed()) {
            violations.add(LocalizedText.of("ui.actions.error.curtailNotAllowed", site.get().name()));
        } else if (hours > contracts.getFirst().maxCurtailHoursPerMonth()) {
            violations.add(LocalizedText.of("ui.actions.error.curtailHours", hours, contracts.getFirst().id(),
                    contracts.getFirst().maxCurtailHoursPerMonth()));
        }
        return new Verdict(oldValue, violations, null);
    }

    private Verdict checkShutdown(Workspace workspace, ProposedChange change) {
        Optional<Site> site = workspace.fleet().site(change.target());
        if (site.isEmpty()) {
            return blocked(null, LocalizedText.of("ui.actions.error.noSite", change.target()));
        }
        int count;
        try {
            count = Integer.parseInt(change.newValue().strip());
        } catch (NumberFormatException e) {
            return blocked(null, LocalizedText.of("ui.actions.error.notANumber", change.newValue()));
        }
        int atSite = workspace.fleet().minersAtSite(site.get().id()).size();
        if (count < 0 || count > atSite) {
            return blocked(null, LocalizedText.of("ui.actions.error.shutdownCount", count, site.get().name(), atSite));
        }
        int fleetSize = workspace.fleet().miners().size();
        double share = fleetSize == 0 ? 0 : (double) count / fleetSize;
        LocalizedText confirmation = share > LARGE_SHUTDOWN_SHARE
                ? LocalizedText.of("ui.actions.confirm.shutdown", count, 100 * share, 100 * LARGE_SHUTDOWN_SHARE)
                : null;
        return new Verdict(currentValue(workspace, change), List.of(), confirmation);
    }

    /** Returns the site's metered load in kW with {@code serial} at {@code watts} and every other miner at its limit. */
    private static double siteLoadKw(Workspace workspace, Site site, String serial, double watts) {
        double totalW = 0;
        for (Miner other : workspace.fleet().minersAtSite(site.id())) {
            if (other.serial().equals(serial)) {
                totalW += watts;
                continue;
            }
            totalW += powerLimitW(workspace, other);
        }
        return totalW * site.pue() / WATTS_PER_KW;
    }

    /** Returns the miner's newest logged power limit, else its model's rated power, else 0. */
    private static double powerLimitW(Workspace workspace, Miner miner) {
        String logged = newestValue(workspace, miner.serial(), ActionType.POWER_LIMIT_W);
        if (logged != null) {
            try {
                return Double.parseDouble(logged);
            } catch (NumberFormatException ignored) {
                // NOTE: a hand-edited log value that is not a number falls back to the rated power.
            }
        }
        return workspace.catalog().model(miner.model()).map(MinerModel::nominalW).orElse(0.0);
    }

    private static String currentValue(Workspace workspace, ProposedChange change) {
        return newestValue(workspace, change.target(), change.type());
    }

    private static String newestValue(Workspace workspace, String target, ActionType type) {
        List<ActionLogEntry> entries = workspace.actions().entriesFor(target);
        for (ActionLogEntry entry : entries.reversed()) {
            if (entry.actionType().equals(type.code())) {
                return entry.newValue();
            }
        }
        return null;
    }

    private static Verdict blocked(String oldValue, LocalizedText violation) {
        return new Verdict(oldValue, List.of(violation), null);
    }
}
