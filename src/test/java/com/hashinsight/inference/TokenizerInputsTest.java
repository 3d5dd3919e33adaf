package com.hashinsight.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashinsight.tokenizer.FeatureSpec;
import com.hashinsight.tokenizer.SequenceBuilder;
import com.hashinsight.tokenizer.WindowRule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizerInputsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path bundle;

    @Test
    void specVersionIsTokenizerVersion() {
        assertEquals(Integer.toString(FeatureSpec.VERSION), TokenizerInputs.SPEC_VERSION);
    }

    @Test
    void bundleWithoutSpecFilePasses() {
        assertDoesNotThrow(() -> TokenizerInputs.checkFeatureSpec(bundle));
    }

    @Test
    void tokenizerOwnSpecPasses() throws Exception {
        FeatureSpec.write(bundle.resolve(ModelBundle.FEATURE_SPEC_FILE), WindowRule.DEFAULT,
                SequenceBuilder.DEFAULT_MAX_TOKENS);

        assertDoesNotThrow(() -> TokenizerInputs.checkFeatureSpec(bundle));
    }

    @Test
    void changedSpecVersionNamesBothValues() throws Exception {
        Path specFile = bundle.resolve(ModelBundle.FEATURE_SPEC_FILE);
        FeatureSpec.write(specFile, WindowRule.DEFAULT, SequenceBuilder.DEFAULT_MAX_TOKENS);
        ObjectNode spec = (ObjectNode) JSON.readTree(specFile.toFile());
        spec.put("feature_spec_version", 99);
        JSON.writeValue(specFile.toFile(), spec);

        InferenceException error = assertThrows(InferenceException.class,
                () -> TokenizerInputs.checkFeatureSpec(bundle));

        assertEquals("inference.bundle.specFieldMismatch", error.key());
        assertTrue(error.getMessage().contains("feature_spec_version"), error.getMessage());
        assertTrue(error.getMessage().contains("99"), error.getMessage());
        assertTrue(error.getMessage().contains(TokenizerInputs.SPEC_VERSION), error.getMessage());
    }

    @Test
    void candidateRowsArePackedInOrder() {
        CandidateTokens packed = TokenizerInputs.candidates(new float[] {0.5f},
                List.of(new float[] {1, 2}, new float[] {3, 4}), new long[] {1, 3});

        assertEquals(2, packed.count());
        assertEquals(2, packed.featureWidth());
        assertArrayEquals(new float[] {1, 2, 3, 4}, packed.candNum());
        assertArrayEquals(new long[] {1, 3}, packed.candKind());
    }

    @Test
    void raggedCandidateRowsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TokenizerInputs.candidates(new float[] {0.5f},
                List.of(new float[] {1, 2}, new float[] {3}), new long[] {1, 1}));
    }
}
