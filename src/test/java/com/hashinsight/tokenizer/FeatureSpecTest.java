package com.hashinsight.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void fingerprintMatchesVersionConstant() {
        assertEquals(FeatureSpec.FINGERPRINT, FeatureSpec.fingerprint(WindowRule.DEFAULT, SequenceBuilder.DEFAULT_MAX_TOKENS),
                "the feature spec changed: bump FeatureSpec.VERSION and set FeatureSpec.FINGERPRINT to the new value");
    }

    @Test
    void specListsEveryColumnInOrder() throws IOException {
        Path file = folder.resolve("feature-spec.json");
        FeatureSpec.write(file, WindowRule.DEFAULT, SequenceBuilder.DEFAULT_MAX_TOKENS);
        JsonNode spec = JSON.readTree(file.toFile());

        for (FeatureLayout layout : List.of(SFeatures.LAYOUT, NsFeatures.LAYOUT, CandidateFeatures.LAYOUT)) {
            JsonNode fields = spec.path(layout.tensor()).path("fields");
            assertEquals(layout.width(), fields.size(), layout.tensor());
            assertEquals(layout.width(), spec.path(layout.tensor()).path("width").asInt(), layout.tensor());
            Set<String> names = new HashSet<>();
            for (int i = 0; i < fields.size(); i++) {
                assertEquals(i, fields.get(i).path("index").asInt(), layout.tensor() + " column " + i);
                assertTrue(names.add(fields.get(i).path("name").asText()), "duplicate name in " + layout.tensor());
                assertTrue(fields.get(i).path("normalization").has("kind"), layout.tensor() + " column " + i);
            }
        }
        assertEquals(SFeatures.LAYOUT.width(), spec.path("widths").path("F_S").asInt());
        assertEquals(NsFeatures.LAYOUT.width(), spec.path("widths").path("F_NS").asInt());
        assertEquals(CandidateFeatures.LAYOUT.width(), spec.path("widths").path("F_C").asInt());
        assertEquals(SType.values().length, spec.path("s_type_vocab").size());
        assertEquals(FeatureSpec.VERSION, spec.path("feature_spec_version").asInt());
    }

    @Test
    void writingTwiceGivesSameBytes() throws IOException {
        Path first = folder.resolve("a.json");
        Path second = folder.resolve("b.json");
        FeatureSpec.write(first, WindowRule.DEFAULT, 256);
        FeatureSpec.write(second, WindowRule.DEFAULT, 256);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void bundleWithOwnSpecPasses() throws IOException {
        Path file = folder.resolve("feature-spec.json");
        FeatureSpec.write(file, WindowRule.DEFAULT, 512);

        FeatureSpec.BundleSettings settings = FeatureSpec.checkBundle(file);

        assertEquals(WindowRule.DEFAULT, settings.rule());
        assertEquals(512, settings.maxTokens());
    }

    @Test
    void bundleWithOtherVersionIsRejected() throws IOException {
        Path file = folder.resolve("feature-spec.json");
        FeatureSpec.write(file, WindowRule.DEFAULT, 256);
        ObjectNode spec = (ObjectNode) JSON.readTree(file.toFile());
        spec.put("feature_spec_version", FeatureSpec.VERSION + 1);
        JSON.writeValue(file.toFile(), spec);

        FeatureSpecMismatchException error = assertThrows(FeatureSpecMismatchException.class, () -> FeatureSpec.checkBundle(file));

        assertEquals("feature_spec_version", error.field());
        assertEquals(Integer.toString(FeatureSpec.VERSION + 1), error.bundleValue());
        assertEquals(Integer.toString(FeatureSpec.VERSION), error.tokenizerValue());
        assertTrue(error.userMessage().contains(Integer.toString(FeatureSpec.VERSION + 1)), error.userMessage());
    }

    @Test
    void bundleWithEditedColumnIsRejected() throws IOException {
        Path file = folder.resolve("feature-spec.json");
        FeatureSpec.write(file, WindowRule.DEFAULT, 256);
        ObjectNode spec = (ObjectNode) JSON.readTree(file.toFile());
        ((ObjectNode) spec.path("s_num").path("fields").get(0)).put("name", "renamed");
        JSON.writeValue(file.toFile(), spec);

        FeatureSpecMismatchException error = assertThrows(FeatureSpecMismatchException.class, () -> FeatureSpec.checkBundle(file));

        assertEquals("s_num.fields.0.name", error.field());
        assertEquals("\"renamed\"", error.bundleValue());
    }
}
