package com.hashinsight.simulation;

import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.MarketSnapshot;
import com.hashinsight.importer.ImportResult;
import com.hashinsight.importer.ImportService;
import com.hashinsight.store.StoreException;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exogenous inputs from real files. The files go through the product's importers into a temporary
 * workspace, exactly as a user's files would, and the simulator reads the stored rows back.
 *
 * <ul>
 *   <li>Prices: every site whose settlement point the file has uses its real-time prices (day-ahead
 *       when it has no real-time ones), averaged to hours. Hours the file lacks, inside or after
 *       its span, take the site's synthetic price.</li>
 *   <li>Market: daily snapshots (BTC price, difficulty, fees per block, height). A day that lacks a
 *       value keeps the previous day's; days after the data keep the last day's values.</li>
 * </ul>
 * Counterfactual horizons that run past the data are written as not applicable.
 */
final class ImportedInputs extends ExogenousInputs {

    private static final Logger LOG = LoggerFactory.getLogger(ImportedInputs.class);
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private final Path pricesFile;
    private final Map<String, List<EnergyPrice>> pricesByPoint;
    private final List<MarketSnapshot> snapshots;

    private ImportedInputs(Path pricesFile, Map<String, List<EnergyPrice>> pricesByPoint, List<MarketSnapshot> snapshots) {
        this.pricesFile = pricesFile;
        this.pricesByPoint = pricesByPoint;
        this.snapshots = snapshots;
    }

    /**
     * Imports {@code pricesFile} (null for none) and {@code marketFiles} into a temporary workspace and
     * keeps their rows.
     *
     * @throws SimulationInputException when a file cannot be imported or stores no row
     */
    static ImportedInputs load(Path pricesFile, List<Path> marketFiles) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("hashinsight-simulator-inputs-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Workspace workspace = new Workspaces(dataDir).create("inputs")) {
            ImportService importer = new ImportService(workspace);
            List<Path> files = new ArrayList<>(marketFiles);
            if (pricesFile != null) {
                files.add(pricesFile);
            }
            for (Path file : files) {
                importOne(importer, file);
            }
            Map<String, List<EnergyPrice>> prices = new HashMap<>();
            for (String point : workspace.energyPrices().settlementPoints()) {
                List<EnergyPrice> realTime = workspace.energyPrices().prices(point, "RTM", EARLIEST, LATEST);
                prices.put(point, realTime.isEmpty() ? workspace.energyPrices().prices(point, "DAM", EARLIEST, LATEST) : realTime);
            }
            List<MarketSnapshot> market = marketFiles.isEmpty() ? List.of() : workspace.market().snapshots(EARLIEST, LATEST);
            return new ImportedInputs(pricesFile, prices, market);
        } finally {
            deleteQuietly(dataDir);
        }
    }

    private static void importOne(ImportService importer, Path file) {
        ImportResult result;
        try {
            result = importer.importFile(file, null);
        } catch (StoreException e) {
            throw new SimulationInputException(e, "simulation.error.inputUnreadable", file, e.getMessage());
        }
        LOG.info("Read simulation input {} as {}: {} rows, {} rejected", file, result.format().id(), result.accepted(),
                result.rejected());
        if (result.accepted() == 0) {
            throw new SimulationInputException("simulation.error.inputEmpty", file);
        }
    }

    /** First UTC day of the price data, or of the market data when there are no prices; null when neither. */
    LocalDate firstDay() {
        Instant first = pricesByPoint.values().stream().filter(list -> !list.isEmpty()).map(list -> list.getFirst().intervalStart())
                .min(Comparator.naturalOrder()).orElse(snapshots.isEmpty() ? null : snapshots.getFirst().time());
        return first == null ? null : LocalDate.ofInstant(first, ZoneOffset.UTC);
    }

    @Override
    MarketPath market(SimulationConfig config, int days) {
        if (snapshots.isEmpty()) {
            return super.market(config, days);
        }
        return ImportedMarket.path(snapshots, config.startDate(), days);
    }

    @Override
    SiteSeries siteSeries(SimulationConfig config, SitePlan site, int siteIndex, int days, MarketPath market) {
        SiteSeries synthetic = super.siteSeries(config, site, siteIndex, days, market);
        List<EnergyPrice> prices = pricesByPoint.get(site.site().settlementPoint());
        if (prices == null) {
            return synthetic;
        }
        double[] spot = synthetic.spotUsdPerMwh.clone();
        double[] weightedSum = new double[spot.length];
        double[] minutes = new double[spot.length];
        long startSecond = config.startDate().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (EnergyPrice price : prices) {
            long hour = Math.floorDiv(price.intervalStart().getEpochSecond() - startSecond, 3600L);
            if (hour >= 0 && hour < spot.length) {
                weightedSum[(int) hour] += price.usdPerMwh() * price.intervalMinutes();
                minutes[(int) hour] += price.intervalMinutes();
            }
        }
        for (int hour = 0; hour < spot.length; hour++) {
            if (minutes[hour] > 0) {
                spot[hour] = Math.round(weightedSum[hour] / minutes[hour] * 100) / 100.0;
            }
        }
        return new SiteSeries(site, synthetic.ambientC, spot, config.startDate(), market);
    }

    @Override
    int coveredDays(SimulationConfig config, List<SitePlan> sites, int days) {
        int covered = days;
        boolean anyPriceMatch = false;
        long startSecond = config.startDate().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (SitePlan site : sites) {
            List<EnergyPrice> prices = pricesByPoint.get(site.site().settlementPoint());
            if (prices != null && !prices.isEmpty()) {
                anyPriceMatch = true;
                EnergyPrice last = prices.getLast();
                long endSecond = last.intervalStart().getEpochSecond() + last.intervalMinutes() * 60L;
                covered = Math.min(covered, (int) Math.floorDiv(endSecond - startSecond, 86_400L));
            }
        }
        if (pricesFile != null && !anyPriceMatch) {
            List<String> sitePoints = sites.stream().map(site -> site.site().settlementPoint()).toList();
            throw new SimulationInputException("simulation.error.noMatchingSettlementPoint", pricesFile,
                    String.join(" ", pricesByPoint.keySet().stream().sorted().toList()), String.join(" ", sitePoints));
        }
        if (!snapshots.isEmpty()) {
            covered = Math.min(covered, ImportedMarket.coveredDays(snapshots, config.startDate()));
        }
        return Math.max(0, covered);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary input workspace {}: {}", folder, e.getMessage());
        }
    }
}
