package com.hashinsight.importer;

import com.hashinsight.store.ImportBatch;
import com.hashinsight.store.ImportBatchRepository;
import com.hashinsight.store.StoreException;
import com.hashinsight.store.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files into a workspace: detects or takes the format, skips a file already imported
 * (same SHA-256 and format), and runs each file in one transaction, so a failure or a cancel
 * leaves the workspace as it was. Rejected rows are stored with the batch. The CLI and the import
 * screen both call this class.
 *
 * <pre>{@code
 * ImportService service = new ImportService(workspace);
 * ImportResult result = service.importFile(Path.of("telemetry.csv"), null);
 * }</pre>
 */
public final class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final Workspace workspace;
    private final Clock clock;
    private final ImportOptions options;

    public ImportService(Workspace workspace) {
        this(workspace, ImportOptions.DEFAULTS, Clock.systemUTC());
    }

    public ImportService(Workspace workspace, ImportOptions options, Clock clock) {
        this.workspace = workspace;
        this.options = options;
        this.clock = clock;
    }

    /**
     * Imports {@code file} in format {@code format}, or the detected format when it is null.
     *
     * @throws ImportException when the file cannot be read or fails as a whole; nothing is stored then
     */
    public ImportResult importFile(Path file, ImportFormat format) {
        return importFile(file, format, () -> false);
    }

    /**
     * Imports {@code file} like {@link #importFile(Path, ImportFormat)}, checking {@code cancelled}
     * every few thousand rows; a cancel throws {@link ImportException} and stores nothing.
     */
    public ImportResult importFile(Path file, ImportFormat format, BooleanSupplier cancelled) {
        requireReadable(file);
        try {
            ImportFormat resolved = format != null ? format : FormatDetector.detect(file);
            String sha256 = sha256(file);
            Optional<ImportBatch> earlier = workspace.batches().findByHash(sha256, resolved.id());
            if (earlier.isPresent()) {
                log.info("Skipped {}: already imported as batch {}", file, earlier.get().id());
                return new ImportResult(file, resolved, earlier.get().id(), true, 0, 0, 0, List.of());
            }
            return runInTransaction(file, resolved, sha256, cancelled);
        } catch (UncheckedIOException e) {
            throw readFailure(file, e.getCause());
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /**
     * Imports several files, sites and clients first, then miners, then the rest (the order of
     * {@link ImportFormat}), each in its own transaction. A file that fails does not stop the others.
     *
     * @return one outcome per file, in import order: a result, or the failure
     */
    public List<Outcome> importFiles(List<Path> files, ImportFormat format) {
        List<Outcome> detected = new ArrayList<>();
        for (Path file : files) {
            try {
                requireReadable(file);
                detected.add(new Outcome(file, format != null ? format : FormatDetector.detect(file), null, null));
            } catch (ImportException e) {
                detected.add(new Outcome(file, null, null, e));
            } catch (IOException e) {
                detected.add(new Outcome(file, null, null, readFailure(file, e)));
            }
        }
        detected.sort(Comparator.comparingInt(o -> o.format() == null ? -1 : o.format().ordinal()));
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome pending : detected) {
            if (pending.error() != null) {
                outcomes.add(pending);
                continue;
            }
            try {
                outcomes.add(new Outcome(pending.file(), pending.format(), importFile(pending.file(), pending.format()), null));
            } catch (StoreException e) {
                log.warn("Import of {} failed: {}", pending.file(), e.getMessage(), e);
                outcomes.add(new Outcome(pending.file(), pending.format(), null, e));
            }
        }
        return outcomes;
    }

    /**
     * Outcome of one file of {@link #importFiles}: exactly one of {@code result} and {@code error} is set.
     *
     * @param file   the file
     * @param format its format; null when detection failed
     * @param result the import result; null on failure
     * @param error  the failure; null on success
     */
    public record Outcome(Path file, ImportFormat format, ImportResult result, StoreException error) {
    }

    private ImportResult runInTransaction(Path file, ImportFormat format, String sha256, BooleanSupplier cancelled) {
        Instant started = clock.instant();
        log.info("Importing {} as {}", file, format.id());
        ImportResult result = workspace.inTransaction(connection -> {
            long batchId = ImportBatchRepository.begin(connection, file.getFileName().toString(), sha256, format.id(), started);
            ImportContext context = new ImportContext(connection, batchId, file, cancelled);
            ImportCounts counts;
            try {
                counts = importerFor(format).run(context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Rejections rejections = context.rejections();
            ImportBatchRepository.finish(connection, batchId, counts.accepted(), counts.unchanged(), rejections.count(), clock.instant());
            ImportBatchRepository.addRejections(connection, batchId, 1, rejections.kept());
            return new ImportResult(file, format, batchId, false, counts.accepted(), counts.unchanged(), rejections.count(),
                    rejections.kept());
        });
        log.info("Imported {} as {}: {} accepted, {} unchanged, {} rejected (batch {})", file, format.id(), result.accepted(),
                result.unchanged(), result.rejected(), result.batchId());
        return result;
    }

    private FileImporter importerFor(ImportFormat format) {
        return switch (format) {
            case SITES_JSON -> new SitesJsonImporter();
            case CLIENTS_JSON -> new ClientsJsonImporter();
            case MINERS_CSV -> new MinersCsvImporter();
            case TELEMETRY_CSV -> new TelemetryCsvImporter();
            case EVENTS_CSV -> new EventsCsvImporter();
            case ENERGY_PRICES_CSV -> new EnergyPricesCsvImporter();
            case ERCOT_CSV -> new ErcotCsvImporter();
            case DIFFICULTY_EPOCHS_CSV -> new DifficultyEpochsCsvImporter();
            case BTC_DAILY_PRICES_CSV -> new BtcDailyPricesCsvImporter();
            case NETWORK_DAILY_CSV -> new NetworkDailyCsvImporter();
            case BLOCKSTATS_CSV -> new BlockstatsCsvImporter();
            case PYASIC_JSON -> new PyasicJsonImporter(options);
            case CGMINER_JSON -> new CgminerJsonImporter(options);
            case LUXOS_JSON -> new LuxosJsonImporter(options);
        };
    }

    /** Returns the error for a file that could not be read, naming a damaged gzip file as such. */
    private static ImportException readFailure(Path file, IOException e) {
        if (e instanceof InputFiles.CorruptGzipException corrupt) {
            return new ImportException(e, "importer.gzip.corrupt", file, corrupt.detail());
        }
        return new ImportException(e, "importer.file.unreadable", file, e.getMessage());
    }

    private static void requireReadable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportException("importer.file.notFound", file);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
