package com.hashinsight.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SHA-256 check of a model bundle against its {@value #FILE_NAME}, in {@code sha256sum} format
 * ({@code <64 hex digits>  <file name>}, one file a line, with an optional {@code *} before the name for binary mode).
 */
final class BundleChecksums {

    static final String FILE_NAME = "checksums.sha256";

    private static final Pattern LINE = Pattern.compile("^([0-9a-fA-F]{64})\\s+\\*?(.+)$");

    private BundleChecksums() {
    }

    /**
     * Verifies every file listed in the checksum file and that each of {@code required} is listed.
     *
     * @return the number of files verified
     * @throws InferenceException naming the file, line and the expected and actual digest on the first problem
     */
    static int verify(Path bundleDir, List<String> required) throws InferenceException {
        Map<String, String> expected = read(bundleDir.resolve(FILE_NAME));
        for (String name : required) {
            if (!expected.containsKey(name)) {
                throw new InferenceException("inference.checksum.notListed", name, bundleDir.resolve(FILE_NAME));
            }
        }
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            Path file = bundleDir.resolve(entry.getKey()).normalize();
            if (!file.startsWith(bundleDir.normalize())) {
                throw new InferenceException("inference.checksum.outsideBundle", entry.getKey(), bundleDir);
            }
            if (!Files.isRegularFile(file)) {
                throw new InferenceException("inference.checksum.fileMissing", file);
            }
            String actual = sha256(file);
            if (!actual.equals(entry.getValue())) {
                throw new InferenceException("inference.checksum.mismatch", file, entry.getValue(), actual);
            }
        }
        return expected.size();
    }

    private static Map<String, String> read(Path checksumFile) throws InferenceException {
        List<String> lines;
        try {
            lines = Files.readAllLines(checksumFile);
        } catch (IOException e) {
            throw new InferenceException(e, "inference.checksum.unreadable", checksumFile, e.getMessage());
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new InferenceException("inference.checksum.badLine", checksumFile, i + 1, line);
            }
            expected.put(matcher.group(2).strip(), matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return expected;
    }

    static String sha256(Path file) throws InferenceException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new InferenceException(e, "inference.checksum.unreadable", file, e.getMessage());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
