package com.hashinsight.importer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens import files for reading. A file whose name ends in {@code .gz} is decompressed while it is read, so
 * {@code telemetry.csv.gz} streams like {@code telemetry.csv} and keeps the same line numbers.
 */
public final class InputFiles {

    private static final int BUFFER_BYTES = 64 * 1024;

    private InputFiles() {
    }

    /** Returns whether {@code file} is read through gzip, judged by its name ending in {@code .gz}. */
    public static boolean isGzip(Path file) {
        return lowerCaseName(file).endsWith(".gz");
    }

    /** Returns whether {@code file} has a name the importers read: {@code .csv} or {@code .json}, each optionally gzipped. */
    public static boolean isImportable(Path file) {
        String name = lowerCaseName(file);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        return name.endsWith(".csv") || name.endsWith(".json");
    }

    /**
     * Opens the bytes of {@code file}, decompressed when it is gzipped.
     *
     * @throws CorruptGzipException when a gzipped file has no valid gzip header
     */
    static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (!isGzip(file)) {
            return raw;
        }
        try {
            return new GzipContent(file, new GZIPInputStream(new BufferedInputStream(raw, BUFFER_BYTES), BUFFER_BYTES));
        } catch (ZipException | EOFException e) {
            raw.close();
            throw new CorruptGzipException(file, e);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Opens the text of {@code file} as UTF-8. Like {@link Files#newBufferedReader(Path)}, it throws on malformed
     * UTF-8 instead of replacing it.
     */
    static BufferedReader openReader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8.newDecoder()));
    }

    private static String lowerCaseName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A gzipped file that is not valid gzip: a wrong header, a damaged deflate stream, a checksum mismatch, or an
     * end in the middle of the data.
     */
    static final class CorruptGzipException extends IOException {

        private final String detail;

        CorruptGzipException(Path file, IOException cause) {
            super(file + ": " + describe(cause), cause);
            this.detail = describe(cause);
        }

        /** Returns the decompressor's message, such as "Not in GZIP format" or "Unexpected end of ZLIB input stream". */
        String detail() {
            return detail;
        }

        /**
         * Returns the gzip error in the cause chain of {@code error}, or null. Jackson wraps an error of the
         * underlying stream in a mapping exception when it occurs inside a row.
         */
        static CorruptGzipException findIn(Throwable error) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof CorruptGzipException corrupt) {
                    return corrupt;
                }
            }
            return null;
        }

        private static String describe(IOException cause) {
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
    }

    /** Decompressed content that reports gzip format errors as {@link CorruptGzipException}, naming the file. */
    private static final class GzipContent extends FilterInputStream {

        private final Path file;

        GzipContent(Path file, GZIPInputStream in) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (ZipException | EOFException e) {
                throw new CorruptGzipException(file, e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (ZipException | EOFException e) {
                throw new CorruptGzipException(file, e);
            }
        }
    }
}
