package com.hashinsight.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleChecksumsTest {

    /** SHA-256 of the ASCII text "abc", from FIPS 180-2 appendix B.1. */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path bundle;

    @BeforeEach
    void writeFile() throws IOException {
        Files.writeString(bundle.resolve("encoder.onnx"), "abc", StandardCharsets.US_ASCII);
    }

    @Test
    void matchingDigestPasses() throws Exception {
        Files.writeString(bundle.resolve(BundleChecksums.FILE_NAME), SHA256_ABC + "  encoder.onnx\n");

        assertEquals(1, BundleChecksums.verify(bundle, List.of("encoder.onnx")));
    }

    @Test
    void binaryModeMarkerAndUppercaseAccepted() throws Exception {
        Files.writeString(bundle.resolve(BundleChecksums.FILE_NAME), SHA256_ABC.toUpperCase() + " *encoder.onnx\n");

        assertEquals(1, BundleChecksums.verify(bundle, List.of("encoder.onnx")));
    }

    @Test
    void changedFileNamesBothDigests() throws Exception {
        Files.writeString(bundle.resolve(BundleChecksums.FILE_NAME), SHA256_ABC + "  encoder.onnx\n");
        Files.writeString(bundle.resolve("encoder.onnx"), "abd", StandardCharsets.US_ASCII);

        InferenceException error = assertThrows(InferenceException.class,
                () -> BundleChecksums.verify(bundle, List.of("encoder.onnx")));

        assertEquals("inference.checksum.mismatch", error.key());
        assertTrue(error.getMessage().contains(SHA256_ABC), error.getMessage());
        assertTrue(error.getMessage().contains(BundleChecksums.sha256(bundle.resolve("encoder.onnx"))),
                error.getMessage());
    }

    @Test
    void unlistedRequiredFileFails() throws Exception {
        Files.writeString(bundle.resolve(BundleChecksums.FILE_NAME), SHA256_ABC + "  encoder.onnx\n");

        InferenceException error = assertThrows(InferenceException.class,
                () -> BundleChecksums.verify(bundle, List.of("encoder.onnx", "scorer.onnx")));

        assertEquals("inference.checksum.notListed", error.key());
    }

    @Test
    void listedButMissingFileFails() throws Exception {
        Files.writeString(bundle.resolve(BundleChecksums.FILE_NAME),
                SHA256_ABC + "  encoder.onnx\n" + SHA256_ABC + "  scorer.onnx\n");

        InferenceException error = assertThrows(InferenceException.class,
                () -> BundleChecksums.verify(bundle, List.of("encoder.onnx")));

        assertEquals("inference.checksum.fileMissing", error.key());
    }

    @Test
    void malformedLineNamesLineNumber() throws Exception {
        Files.writeString(bundle.resolve(BundleChecksums.FILE_NAME), "# comment\nnot-a-digest encoder.onnx\n");

        InferenceException error = assertThrows(InferenceException.class,
                () -> BundleChecksums.verify(bundle, List.of("encoder.onnx")));

        assertEquals("inference.checksum.badLine", error.key());
        assertTrue(error.getMessage().contains("line 2"), error.getMessage());
    }

    @Test
    void entryOutsideBundleRejected() throws Exception {
        Files.writeString(bundle.resolve(BundleChecksums.FILE_NAME), SHA256_ABC + "  ../encoder.onnx\n");

        InferenceException error = assertThrows(InferenceException.class,
                () -> BundleChecksums.verify(bundle, List.of()));

        assertEquals("inference.checksum.outsideBundle", error.key());
    }
}
