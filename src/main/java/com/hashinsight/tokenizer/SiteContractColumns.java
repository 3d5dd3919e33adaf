package com.hashinsight.tokenizer;

import static com.hashinsight.tokenizer.Normalization.IDENTITY;
import static com.hashinsight.tokenizer.Normalization.affine;
import static com.hashinsight.tokenizer.Normalization.log1p;
import static com.hashinsight.tokenizer.Normalization.signedLog1p;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TouWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The site and contract columns, registered once in the NS layout (the miner's own site) and once
 * in the candidate layout (the candidate's site), with the same rules so the model can compare them.
 */
final class SiteContractColumns {

    static final int REGION_BUCKETS = 8;
    private static final List<String> COOLING = Arrays.stream(Cooling.values()).map(Enum::name).toList();
    private static final List<String> CONTRACT_TYPES = Arrays.stream(ContractType.values()).map(Enum::name).toList();
    private static final double HOURS_PER_MONTH = 730.0;

    final int sitePresent;
    final int coolingFirst;
    final int pue;
    final int capacityKw;
    final int latitude;
    final int latitudePresent;
    final int regionFirst;
    final int settlementPointPresent;
    final int contractPresent;
    final int contractTypeFirst;
    final int energyUsdPerMwh;
    final int energyPresent;
    final int fixedUsdPerMwh;
    final int fixedPresent;
    final int spotAdderUsdPerMwh;
    final int touMaxUsdPerMwh;
    final int touMinUsdPerMwh;
    final int touPresent;
    final int hostingUsdPerKwMonth;
    final int hostingUsdPerKwh;
    final int curtailmentAllowed;
    final int maxCurtailHours;
    final int curtailUnlimited;
    final int drPaymentUsdPerMwh;
    final int termMonthsLeft;

    /** Registers the columns in {@code builder}, every name starting with {@code prefix}. */
    SiteContractColumns(FeatureLayout.Builder builder, String prefix) {
        String site = "site";
        String contract = "contract";
        sitePresent = builder.add(prefix + "site_present", site, IDENTITY, "1 when the site is known, else 0 and the site columns are 0");
        coolingFirst = builder.addOneHot(prefix + "cooling", site, COOLING, "site cooling");
        pue = builder.add(prefix + "pue", site, affine(1, 0.5, 0, 4), "site PUE");
        capacityKw = builder.add(prefix + "capacity_kw", site, log1p(100, 100_000), "site capacity, kW");
        latitude = builder.add(prefix + "latitude", site, affine(0, 90, -1, 1), "site latitude, degrees north");
        latitudePresent = builder.addPresence(prefix + "latitude", site);
        regionFirst = builder.addHashBuckets(prefix + "region", site, REGION_BUCKETS, "site market region");
        settlementPointPresent = builder.add(prefix + "settlement_point_present", site, IDENTITY,
                "1 when the site has a price node");

        contractPresent = builder.add(prefix + "contract_present", contract, IDENTITY,
                "1 when the contract is known, else 0 and the contract columns are 0");
        contractTypeFirst = builder.addOneHot(prefix + "contract_type", contract, CONTRACT_TYPES, "contract type");
        energyUsdPerMwh = builder.add(prefix + "energy_usd_per_mwh", contract, signedLog1p(10, 1000),
                "expected energy price before scenario adder, USD/MWh: FIXED the fixed price; TIME_OF_USE the mean over "
                        + "24 local hours of the covering window (uncovered hours left out); SPOT and DEMAND_RESPONSE "
                        + "the fixed price when set, else the 7-day mean spot price plus the adder");
        energyPresent = builder.addPresence(prefix + "energy_usd_per_mwh", contract);
        fixedUsdPerMwh = builder.add(prefix + "fixed_usd_per_mwh", contract, signedLog1p(10, 1000), "fixed price, USD/MWh");
        fixedPresent = builder.addPresence(prefix + "fixed_usd_per_mwh", contract);
        spotAdderUsdPerMwh = builder.add(prefix + "spot_adder_usd_per_mwh", contract, affine(0, 50, -4, 4),
                "adder on the spot price, USD/MWh");
        touMaxUsdPerMwh = builder.add(prefix + "tou_max_usd_per_mwh", contract, signedLog1p(10, 1000),
                "highest time-of-use window price, USD/MWh");
        touMinUsdPerMwh = builder.add(prefix + "tou_min_usd_per_mwh", contract, signedLog1p(10, 1000),
                "lowest time-of-use window price, USD/MWh");
        touPresent = builder.addPresence(prefix + "tou", contract);
        hostingUsdPerKwMonth = builder.add(prefix + "hosting_usd_per_kw_month", contract, affine(0, 100, 0, 4),
                "hosting fee per kW per month, USD");
        hostingUsdPerKwh = builder.add(prefix + "hosting_usd_per_kwh", contract, affine(0, 0.1, 0, 4),
                "hosting fee per kWh, USD");
        curtailmentAllowed = builder.add(prefix + "curtailment_allowed", contract, IDENTITY, "1 when the client may curtail");
        maxCurtailHours = builder.add(prefix + "max_curtail_hours_per_month", contract, affine(0, 744, 0, 1),
                "cap on curtailed hours per month; 0 when unlimited");
        curtailUnlimited = builder.add(prefix + "curtail_hours_unlimited", contract, IDENTITY,
                "1 when curtailed hours are not capped");
        drPaymentUsdPerMwh = builder.add(prefix + "dr_payment_usd_per_mwh", contract, signedLog1p(10, 1000),
                "demand-response payment per curtailed MWh, USD");
        termMonthsLeft = builder.add(prefix + "term_months_left", contract, affine(0, 60, -1, 4),
                "months from the scoring time to the end of the term (term_start + term_months), 730 h per month");
    }

    /**
     * Writes the site and contract of a row.
     *
     * @param spotMeanUsdPerMwh 7-day mean spot price at the site's node before the scoring time; NaN when unknown
     */
    void write(float[] row, FeatureLayout layout, Site site, Contract contract, Instant scoringTime, double spotMeanUsdPerMwh) {
        if (site != null) {
            row[sitePresent] = 1f;
            row[coolingFirst + site.cooling().ordinal()] = 1f;
            layout.put(row, pue, site.pue());
            layout.put(row, capacityKw, site.capacityKw());
            layout.putPresent(row, latitude, latitudePresent, site.latitude());
            if (site.region() != null && !site.region().isBlank()) {
                row[regionFirst + FeatureHash.bucket(site.region(), REGION_BUCKETS)] = 1f;
            }
            row[settlementPointPresent] = site.settlementPoint() == null || site.settlementPoint().isBlank() ? 0f : 1f;
        }
        if (contract == null) {
            return;
        }
        row[contractPresent] = 1f;
        row[contractTypeFirst + contract.type().ordinal()] = 1f;
        layout.putPresent(row, energyUsdPerMwh, energyPresent, expectedEnergyUsdPerMwh(contract, site, spotMeanUsdPerMwh));
        layout.putPresent(row, fixedUsdPerMwh, fixedPresent, contract.fixedUsdPerMwh());
        layout.put(row, spotAdderUsdPerMwh, contract.spotAdderUsdPerMwh());
        if (!contract.touWindows().isEmpty()) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (TouWindow window : contract.touWindows()) {
                max = Math.max(max, window.usdPerMwh());
                min = Math.min(min, window.usdPerMwh());
            }
            layout.put(row, touMaxUsdPerMwh, max);
            layout.put(row, touMinUsdPerMwh, min);
            row[touPresent] = 1f;
        }
        layout.put(row, hostingUsdPerKwMonth, contract.hostingUsdPerKwMonth());
        layout.put(row, hostingUsdPerKwh, contract.hostingUsdPerKwh());
        row[curtailmentAllowed] = contract.curtailmentAllowed() ? 1f : 0f;
        if (Double.isFinite(contract.maxCurtailHoursPerMonth())) {
            layout.put(row, maxCurtailHours, contract.maxCurtailHoursPerMonth());
        } else {
            row[curtailUnlimited] = 1f;
        }
        layout.put(row, drPaymentUsdPerMwh, contract.drPaymentUsdPerMwh());
        if (contract.termStart() != null) {
            LocalDate end = contract.termStart().plusMonths(contract.termMonths());
            double hoursLeft = ChronoUnit.SECONDS.between(scoringTime, end.atStartOfDay(ZoneOffset.UTC).toInstant()) / 3600.0;
            layout.put(row, termMonthsLeft, hoursLeft / HOURS_PER_MONTH);
        }
    }

    /** Returns the contract's expected energy price in USD/MWh as the field's source text states; NaN when unknown. */
    static double expectedEnergyUsdPerMwh(Contract contract, Site site, double spotMeanUsdPerMwh) {
        return switch (contract.type()) {
            case FIXED -> contract.fixedUsdPerMwh();
            case TIME_OF_USE -> touMean(contract);
            case SPOT, DEMAND_RESPONSE -> Double.isFinite(contract.fixedUsdPerMwh())
                    ? contract.fixedUsdPerMwh()
                    : spotMeanUsdPerMwh + contract.spotAdderUsdPerMwh();
        };
    }

    private static double touMean(Contract contract) {
        double sum = 0;
        int covered = 0;
        for (int hour = 0; hour < 24; hour++) {
            for (TouWindow window : contract.touWindows()) {
                if (window.contains(hour)) {
                    sum += window.usdPerMwh();
                    covered++;
                    break;
                }
            }
        }
        return covered == 0 ? Double.NaN : sum / covered;
    }
}
