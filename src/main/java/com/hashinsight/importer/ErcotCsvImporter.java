package com.hashinsight.importer;

import com.hashinsight.fleet.EnergyPrice;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports ERCOT settlement point prices ({@code ercot-csv}): one row per delivery date and hour
 * ending in Central Prevailing Time, one column per market and point ({@code dam_HB_WEST},
 * {@code rtm_LZ_NORTH}, ...; other columns are ignored). A file with an {@code interval} column
 * (1 to 4) has 15-minute prices. An optional DST flag column ({@code dst_flag} or {@code DSTFlag},
 * Y/N) marks the repeated fall-back hour. Intervals are stored by their UTC start, see {@link ErcotClock}.
 *
 * <p>Rows of the two daylight-saving days are held until the end of the file, because their hour
 * numbering convention is decided from all rows of the day; other rows are stored as they come.
 * An empty price cell is a missing price and stores nothing.
 */
final class ErcotCsvImporter implements FileImporter {

    /** Most rows held for daylight-saving days; a real year has at most 2 x 25 x 4 = 200. */
    static final int MAX_HELD_ROWS = 10_000;
    private static final String[] INTERVAL_COLUMNS = {"interval", "delivery_interval", "interval_ending"};
    private static final String[] DST_COLUMNS = {"dst_flag", "dstflag", "repeated_hour_flag"};

    private record PriceColumn(CsvColumn column, String market, String point) {
    }

    private record HourRow(CsvRow row, LocalDate date, int hourEnding, int interval, boolean repeated) {
    }

    private CsvColumn date;
    private CsvColumn hourEnding;
    private CsvColumn interval;
    private CsvColumn dstFlag;
    private final List<PriceColumn> prices = new ArrayList<>();

    @Override
    public ImportCounts run(ImportContext context) throws IOException, SQLException {
        Map<LocalDate, List<HourRow>> held = new TreeMap<>();
        int heldRows = 0;
        try (CsvInput csv = CsvInput.open(context.file()); KeyedWriter writer = EnergyPricesCsvImporter.priceWriter(context)) {
            resolveColumns(csv, context);
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                context.rowRead();
                if (row.isBlank()) {
                    continue;
                }
                try {
                    row.requireWidth();
                    HourRow hour = parse(row);
                    if (ErcotClock.hoursInDay(hour.date()) == 24) {
                        store(context, writer, hour, ErcotClock.Convention.WALL_CLOCK);
                    } else {
                        if (++heldRows > MAX_HELD_ROWS) {
                            throw new ImportException("importer.ercot.tooManyDstRows", context.file(), MAX_HELD_ROWS);
                        }
                        held.computeIfAbsent(hour.date(), day -> new ArrayList<>()).add(hour);
                    }
                } catch (RowRejectedException e) {
                    context.reject(e);
                }
            }
            for (List<HourRow> day : held.values()) {
                ErcotClock.Convention convention = conventionOf(day);
                for (HourRow hour : day) {
                    try {
                        store(context, writer, hour, convention);
                    } catch (RowRejectedException e) {
                        context.reject(e);
                    }
                }
            }
            writer.flush();
            return new ImportCounts(writer.accepted(), writer.unchanged());
        }
    }

    /**
     * Picks the hour numbering of one daylight-saving day: in the fall, a DST flag means wall clock and an
     * hour ending 25 means elapsed; in spring, an hour ending 2 without an hour ending 24 means elapsed.
     */
    static ErcotClock.Convention conventionOf(List<HourRow> day) {
        boolean flagged = day.stream().anyMatch(HourRow::repeated);
        boolean has2 = day.stream().anyMatch(h -> h.hourEnding() == 2);
        boolean has24 = day.stream().anyMatch(h -> h.hourEnding() == 24);
        boolean has25 = day.stream().anyMatch(h -> h.hourEnding() == 25);
        int hours = ErcotClock.hoursInDay(day.get(0).date());
        if (hours == 25) {
            return !flagged && has25 ? ErcotClock.Convention.ELAPSED : ErcotClock.Convention.WALL_CLOCK;
        }
        return has2 && !has24 ? ErcotClock.Convention.ELAPSED : ErcotClock.Convention.WALL_CLOCK;
    }

    private void resolveColumns(CsvInput csv, ImportContext context) {
        date = csv.requireColumn("delivery_date");
        hourEnding = csv.requireColumn("hour_ending");
        interval = firstPresent(csv, INTERVAL_COLUMNS);
        dstFlag = firstPresent(csv, DST_COLUMNS);
        List<String> header = csv.header();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("dam_") || lower.startsWith("rtm_")) {
                prices.add(new PriceColumn(new CsvColumn(name, i), lower.substring(0, 3).toUpperCase(Locale.ROOT),
                        name.substring(4).toUpperCase(Locale.ROOT)));
            }
        }
        if (prices.isEmpty()) {
            throw new ImportException("importer.csv.missingColumn", context.file(), "dam_<POINT> / rtm_<POINT>",
                    String.join(",", header));
        }
    }

    private static CsvColumn firstPresent(CsvInput csv, String[] names) {
        for (String name : names) {
            if (csv.hasColumn(name)) {
                return csv.column(name);
            }
        }
        return new CsvColumn(names[0], -1);
    }

    private HourRow parse(CsvRow row) throws RowRejectedException {
        LocalDate day = row.requireDate(date);
        String hourText = row.requireText(hourEnding);
        int hour;
        try {
            // ERCOT writes hours as "3" or as "03:00"; both mean hour ending 3.
            hour = Integer.parseInt(hourText.endsWith(":00") ? hourText.substring(0, hourText.length() - 3) : hourText);
        } catch (NumberFormatException e) {
            throw row.reject(hourEnding, hourText, "importer.rejected.notAWholeNumber");
        }
        int quarter = 1;
        if (interval.present()) {
            quarter = (int) row.requireInteger(interval);
            if (quarter < 1 || quarter > 4) {
                throw row.reject(interval, row.text(interval), "importer.rejected.outOfRange", 1, 4);
            }
        }
        return new HourRow(row, day, hour, quarter, flag(row));
    }

    private boolean flag(CsvRow row) throws RowRejectedException {
        String value = row.text(dstFlag);
        if (value == null) {
            return false;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "Y", "YES", "TRUE", "1" -> true;
            case "N", "NO", "FALSE", "0" -> false;
            default -> throw row.reject(dstFlag, value, "importer.rejected.notOneOf", "Y, N");
        };
    }

    private void store(ImportContext context, KeyedWriter writer, HourRow hour, ErcotClock.Convention convention)
            throws RowRejectedException, SQLException {
        Instant start = ErcotClock.hourStart(hour.date(), hour.hourEnding(), hour.repeated(), convention);
        if (start == null) {
            throw hour.row().reject(hourEnding, String.valueOf(hour.hourEnding()), "importer.rejected.hourNotOnDay",
                    hour.date(), ErcotClock.hoursInDay(hour.date()));
        }
        int minutes = interval.present() ? 15 : 60;
        Instant intervalStart = start.plus(Duration.ofMinutes(15L * (hour.interval() - 1)));
        for (PriceColumn price : prices) {
            try {
                double usdPerMwh = hour.row().number(price.column());
                if (!Double.isNaN(usdPerMwh)) {
                    EnergyPricesCsvImporter.add(writer, hour.row().line(),
                            new EnergyPrice(price.point(), intervalStart, minutes, price.market(), usdPerMwh));
                }
            } catch (RowRejectedException e) {
                context.reject(e);
            }
        }
    }
}
