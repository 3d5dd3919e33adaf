package com.hashinsight.simulation;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/** File names, headers and the row text of the ground-truth CSV files; writer and reader share it. */
final class GroundTruthCsv {

    static final String FOLDER = "ground-truth";
    static final String WORLD_FILE = "world.json";
    static final String MINERS_FILE = "miners.csv";
    static final String MINER_DAYS_FILE = "miner-days.csv";
    static final String FAILURES_FILE = "failures.csv";
    static final String COUNTERFACTUALS_FILE = "counterfactuals.csv";

    static final String MINERS_HEADER = "serial,model,site_id,client_id,install_date,nominal_ths,nominal_w,"
            + "power_mode,firmware,curtailment_policy,frailty";
    static final String MINER_DAYS_HEADER = "serial,date,day,in_service,degraded,hazard_per_day,p_fail_7d,p_fail_30d,"
            + "failed_within_7d,failed_within_30d,uptime_fraction,curtailed_hours,cycles,energy_kwh,revenue_usd,"
            + "energy_cost_usd,hosting_cost_usd,repair_cost_usd,dr_payment_usd,net_profit_usd,mean_chip_temp_c,power_mode";
    static final String FAILURES_HEADER = "serial,component,onset_utc,failed_utc,returned_utc,downtime_hours,repair_cost_usd";
    static final String COUNTERFACTUALS_HEADER = "serial,anchor_day,candidate_id,horizon_days,applicable,net_profit_usd,"
            + "revenue_usd,energy_cost_usd,energy_kwh,downtime_hours,failures,cycles,curtailed_hours";

    private static final int MONEY_DECIMALS = 4;
    private static final int PROBABILITY_DECIMALS = 8;

    private GroundTruthCsv() {
    }

    static int columns(String header) {
        return header.split(",").length;
    }

    static void appendMiner(StringBuilder out, MinerPlanRecord row) {
        out.append(row.serial()).append(',').append(row.model()).append(',').append(row.siteId()).append(',')
                .append(row.clientId()).append(',').append(row.installDate()).append(',');
        CsvText.append(out, row.nominalThs(), 3).append(',');
        CsvText.append(out, row.nominalW(), 1).append(',');
        out.append(row.powerMode()).append(',').append(row.firmware()).append(',').append(row.curtailmentPolicy()).append(',');
        CsvText.append(out, row.frailty(), 4).append('\n');
    }

    static MinerPlanRecord parseMiner(String line, Path file, int lineNumber) {
        String[] c = CsvText.split(line, columns(MINERS_HEADER), file, lineNumber);
        return new MinerPlanRecord(c[0], c[1], c[2], c[3], parseDate(c[4], file, lineNumber, "install_date"),
                CsvText.parseDouble(c[5], file, lineNumber, "nominal_ths"),
                CsvText.parseDouble(c[6], file, lineNumber, "nominal_w"),
                parseEnum(PowerMode.class, c[7], file, lineNumber, "power_mode"),
                parseEnum(FirmwareMode.class, c[8], file, lineNumber, "firmware"), c[9],
                CsvText.parseDouble(c[10], file, lineNumber, "frailty"));
    }

    static void appendMinerDay(StringBuilder out, MinerDayRecord row) {
        out.append(row.serial()).append(',').append(row.date()).append(',').append(row.day()).append(',')
                .append(row.inService() ? 1 : 0).append(',').append(row.degraded() ? 1 : 0).append(',');
        CsvText.append(out, row.hazardPerDay(), PROBABILITY_DECIMALS).append(',');
        CsvText.append(out, row.pFail7d(), PROBABILITY_DECIMALS).append(',');
        CsvText.append(out, row.pFail30d(), PROBABILITY_DECIMALS).append(',');
        out.append(row.failedWithin7d()).append(',').append(row.failedWithin30d()).append(',');
        CsvText.append(out, row.uptimeFraction(), 5).append(',');
        CsvText.append(out, row.curtailedHours(), 4).append(',');
        out.append(row.cycles()).append(',');
        CsvText.append(out, row.energyKwh(), 3).append(',');
        CsvText.append(out, row.revenueUsd(), MONEY_DECIMALS).append(',');
        CsvText.append(out, row.energyCostUsd(), MONEY_DECIMALS).append(',');
        CsvText.append(out, row.hostingCostUsd(), MONEY_DECIMALS).append(',');
        CsvText.append(out, row.repairCostUsd(), MONEY_DECIMALS).append(',');
        CsvText.append(out, row.drPaymentUsd(), MONEY_DECIMALS).append(',');
        CsvText.append(out, row.netProfitUsd(), MONEY_DECIMALS).append(',');
        CsvText.append(out, row.meanChipTempC(), 2).append(',');
        out.append(row.powerMode()).append('\n');
    }

    static MinerDayRecord parseMinerDay(String line, Path file, int n) {
        String[] c = CsvText.split(line, columns(MINER_DAYS_HEADER), file, n);
        return new MinerDayRecord(c[0], parseDate(c[1], file, n, "date"), CsvText.parseInt(c[2], file, n, "day"),
                parseFlag(c[3], file, n, "in_service"), parseFlag(c[4], file, n, "degraded"),
                CsvText.parseDouble(c[5], file, n, "hazard_per_day"), CsvText.parseDouble(c[6], file, n, "p_fail_7d"),
                CsvText.parseDouble(c[7], file, n, "p_fail_30d"), CsvText.parseInt(c[8], file, n, "failed_within_7d"),
                CsvText.parseInt(c[9], file, n, "failed_within_30d"), CsvText.parseDouble(c[10], file, n, "uptime_fraction"),
                CsvText.parseDouble(c[11], file, n, "curtailed_hours"), CsvText.parseInt(c[12], file, n, "cycles"),
                CsvText.parseDouble(c[13], file, n, "energy_kwh"), CsvText.parseDouble(c[14], file, n, "revenue_usd"),
                CsvText.parseDouble(c[15], file, n, "energy_cost_usd"), CsvText.parseDouble(c[16], file, n, "hosting_cost_usd"),
                CsvText.parseDouble(c[17], file, n, "repair_cost_usd"), CsvText.parseDouble(c[18], file, n, "dr_payment_usd"),
                CsvText.parseDouble(c[19], file, n, "net_profit_usd"), CsvText.parseDouble(c[20], file, n, "mean_chip_temp_c"),
                parseEnum(PowerMode.class, c[21], file, n, "power_mode"));
    }

    static void appendFailure(StringBuilder out, FailureRecord row) {
        out.append(row.serial()).append(',').append(row.component()).append(',').append(row.onsetTime()).append(',')
                .append(row.failedTime()).append(',');
        if (row.returnedTime() != null) {
            out.append(row.returnedTime());
        }
        out.append(',');
        CsvText.append(out, row.downtimeHours(), 3).append(',');
        CsvText.append(out, row.repairCostUsd(), 2).append('\n');
    }

    static FailureRecord parseFailure(String line, Path file, int n) {
        String[] c = CsvText.split(line, columns(FAILURES_HEADER), file, n);
        return new FailureRecord(c[0], parseEnum(Component.class, c[1], file, n, "component"),
                parseInstant(c[2], file, n, "onset_utc"), parseInstant(c[3], file, n, "failed_utc"),
                c[4].isEmpty() ? null : parseInstant(c[4], file, n, "returned_utc"),
                CsvText.parseDouble(c[5], file, n, "downtime_hours"), CsvText.parseDouble(c[6], file, n, "repair_cost_usd"));
    }

    static void appendCounterfactual(StringBuilder out, CounterfactualRecord row) {
        out.append(row.serial()).append(',').append(row.anchorDay()).append(',').append(row.candidateId()).append(',')
                .append(row.horizonDays()).append(',').append(row.applicable() ? 1 : 0).append(',');
        CsvText.append(out, row.netProfitUsd(), MONEY_DECIMALS).append(',');
        CsvText.append(out, row.revenueUsd(), MONEY_DECIMALS).append(',');
        CsvText.append(out, row.energyCostUsd(), MONEY_DECIMALS).append(',');
        CsvText.append(out, row.energyKwh(), 3).append(',');
        CsvText.append(out, row.downtimeHours(), 3).append(',');
        out.append(row.failures()).append(',').append(row.cycles()).append(',');
        CsvText.append(out, row.curtailedHours(), 4).append('\n');
    }

    static CounterfactualRecord parseCounterfactual(String line, Path file, int n) {
        String[] c = CsvText.split(line, columns(COUNTERFACTUALS_HEADER), file, n);
        return new CounterfactualRecord(c[0], CsvText.parseInt(c[1], file, n, "anchor_day"), c[2],
                CsvText.parseInt(c[3], file, n, "horizon_days"), parseFlag(c[4], file, n, "applicable"),
                CsvText.parseDouble(c[5], file, n, "net_profit_usd"), CsvText.parseDouble(c[6], file, n, "revenue_usd"),
                CsvText.parseDouble(c[7], file, n, "energy_cost_usd"), CsvText.parseDouble(c[8], file, n, "energy_kwh"),
                CsvText.parseDouble(c[9], file, n, "downtime_hours"), CsvText.parseInt(c[10], file, n, "failures"),
                CsvText.parseInt(c[11], file, n, "cycles"), CsvText.parseDouble(c[12], file, n, "curtailed_hours"));
    }

    private static boolean parseFlag(String cell, Path file, int n, String field) {
        return switch (cell) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new GroundTruthFormatException(file, n, field, cell, "expected 0 or 1");
        };
    }

    private static LocalDate parseDate(String cell, Path file, int n, String field) {
        try {
            return LocalDate.parse(cell);
        } catch (java.time.format.DateTimeParseException e) {
            throw new GroundTruthFormatException(file, n, field, cell, "expected a date like 2026-01-31");
        }
    }

    private static Instant parseInstant(String cell, Path file, int n, String field) {
        try {
            return Instant.parse(cell);
        } catch (java.time.format.DateTimeParseException e) {
            throw new GroundTruthFormatException(file, n, field, cell, "expected a UTC time like 2026-01-31T05:00:00Z");
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String cell, Path file, int n, String field) {
        try {
            return Enum.valueOf(type, cell);
        } catch (IllegalArgumentException e) {
            throw new GroundTruthFormatException(file, n, field, cell, "not a " + type.getSimpleName());
        }
    }
}
