package com.hashinsight.importer;

import com.hashinsight.fleet.TelemetrySample;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Imports the product telemetry CSV ({@code telemetry-csv}). The hashrate unit comes from the
 * column name ({@code hashrate_hs}, {@code hashrate_mhs}, {@code hashrate_ghs}, {@code hashrate_ths},
 * {@code hashrate_phs}) or from a {@code hashrate_unit} column beside a plain {@code hashrate} column.
 * Rows may come in any order.
 */
final class TelemetryCsvImporter implements FileImporter {

    private static final String[] HASHRATE_COLUMNS = {"hashrate_ths", "hashrate_ghs", "hashrate_mhs", "hashrate_hs", "hashrate_phs"};

    @Override
    public ImportCounts run(ImportContext context) throws IOException, SQLException {
        try (CsvInput csv = CsvInput.open(context.file()); TelemetryWriter writer = new TelemetryWriter(context)) {
            Columns columns = new Columns(csv);
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                context.rowRead();
                if (row.isBlank()) {
                    continue;
                }
                try {
                    row.requireWidth();
                    writer.add(row.line(), parse(row, columns, writer));
                } catch (RowRejectedException e) {
                    context.reject(e);
                }
            }
            writer.flush();
            return writer.counts();
        }
    }

    private static TelemetrySample parse(CsvRow row, Columns c, TelemetryWriter writer) throws RowRejectedException {
        Instant time = row.requireInstant(c.timestamp);
        String serial = row.requireText(c.serial);
        if (!writer.isKnown(serial)) {
            throw row.reject(c.serial, serial, "importer.rejected.unknownSerial");
        }
        long window = row.requireInteger(c.window);
        if (window < 0 || window > Integer.MAX_VALUE) {
            throw row.reject(c.window, row.text(c.window), "importer.rejected.negative");
        }
        double hashrateThs = hashrateThs(row, c);
        double powerW = row.nonNegative(c.power);
        double board = temperature(row, c.boardTemp);
        double chip = temperature(row, c.chipTemp);
        double inlet = temperature(row, c.inletTemp);
        double outlet = temperature(row, c.outletTemp);
        double fan = row.nonNegative(c.fan);
        long boards = row.integer(c.boardsActive, -1);
        long errors = row.integer(c.chipErrors, -1);
        if (boards < -1 || errors < -1) {
            throw row.reject(boards < -1 ? c.boardsActive : c.chipErrors, String.valueOf(Math.min(boards, errors)),
                    "importer.rejected.negative");
        }
        String status = row.text(c.status);
        if (status != null && !TelemetryRules.STATUSES.contains(status)) {
            throw row.reject(c.status, status, "importer.rejected.notOneOf", String.join(", ", TelemetryRules.STATUSES));
        }
        String codes = row.text(c.errorCodes);
        board = TelemetryRules.hashboardTemp(board, hashrateThs);
        chip = TelemetryRules.hashboardTemp(chip, hashrateThs);
        String resolved = TelemetryRules.status(status, hashrateThs, powerW, board, chip, inlet, outlet);
        return new TelemetrySample(time, serial, hashrateThs, (int) window, powerW, board, chip, inlet, outlet, fan,
                (int) Math.min(boards, Integer.MAX_VALUE), (int) Math.min(errors, Integer.MAX_VALUE), resolved,
                codes == null ? "" : codes, "csv");
    }

    private static double hashrateThs(CsvRow row, Columns c) throws RowRejectedException {
        double value = row.nonNegative(c.hashrate);
        if (c.fixedUnit != null) {
            return c.fixedUnit.toThs(value);
        }
        String unitText = row.text(c.unit);
        HashrateUnit unit = HashrateUnit.parse(unitText);
        if (unit == null) {
            if (Double.isNaN(value)) {
                return value;
            }
            throw row.reject(c.unit, unitText, "importer.rejected.unknownUnit");
        }
        return unit.toThs(value);
    }

    private static double temperature(CsvRow row, CsvColumn column) throws RowRejectedException {
        double value = row.number(column);
        if (value < TelemetryRules.MIN_TEMP_C || value > TelemetryRules.MAX_TEMP_C) {
            throw row.reject(column, row.text(column), "importer.rejected.outOfRange", TelemetryRules.MIN_TEMP_C,
                    TelemetryRules.MAX_TEMP_C);
        }
        return value;
    }

    /** Column positions, resolved once from the header. */
    private static final class Columns {
        final CsvColumn timestamp;
        final CsvColumn serial;
        final CsvColumn window;
        final CsvColumn hashrate;
        final HashrateUnit fixedUnit;
        final CsvColumn unit;
        final CsvColumn power;
        final CsvColumn boardTemp;
        final CsvColumn chipTemp;
        final CsvColumn inletTemp;
        final CsvColumn outletTemp;
        final CsvColumn fan;
        final CsvColumn boardsActive;
        final CsvColumn chipErrors;
        final CsvColumn status;
        final CsvColumn errorCodes;

        Columns(CsvInput csv) {
            timestamp = csv.requireColumn("timestamp_utc");
            serial = csv.requireColumn("serial");
            window = csv.requireColumn("hashrate_window_s");
            CsvColumn found = null;
            for (String name : HASHRATE_COLUMNS) {
                if (csv.hasColumn(name)) {
                    found = csv.column(name);
                    break;
                }
            }
            if (found == null) {
                found = csv.requireColumn("hashrate");
                unit = csv.requireColumn("hashrate_unit");
                fixedUnit = null;
            } else {
                unit = csv.column("hashrate_unit");
                fixedUnit = HashrateUnit.fromColumnSuffix(found.name());
            }
            hashrate = found;
            power = csv.requireColumn("power_w");
            boardTemp = csv.column("board_temp_c");
            chipTemp = csv.column("chip_temp_c");
            inletTemp = csv.column("inlet_temp_c");
            outletTemp = csv.column("outlet_temp_c");
            fan = csv.column("fan_rpm");
            boardsActive = csv.column("boards_active");
            chipErrors = csv.column("chip_errors");
            status = csv.column("status");
            errorCodes = csv.column("error_codes");
        }
    }
}
