package com.hashinsight.inference;

import com.hashinsight.tokenizer.FeatureSpec;
import com.hashinsight.tokenizer.FeatureSpecMismatchException;
import com.hashinsight.tokenizer.SFeatures;
import com.hashinsight.tokenizer.STokenSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Converts the tokenizer's output into model inputs and checks a bundle's feature spec against the tokenizer.
 * The tokenizer is the only place that computes features, and this class only copies them.
 */
public final class TokenizerInputs {

    /** Feature-spec version of the tokenizer built into this app. */
    public static final String SPEC_VERSION = Integer.toString(FeatureSpec.VERSION);

    private TokenizerInputs() {
    }

    /** Returns the S-tokens of {@code sequence}, oldest first. */
    public static SequenceTokens history(STokenSequence sequence) {
        int width = SFeatures.LAYOUT.width();
        float[] sNum = new float[sequence.length() * width];
        long[] sType = new long[sequence.length()];
        sequence.copyFeatures(0, sNum, 0);
        sequence.copyTypes(0, sType, 0);
        return new SequenceTokens(sNum, sType, width);
    }

    /**
     * Returns the NS-side input of one entity.
     *
     * @param nsRow         {@code ContextEncoder.encode} output
     * @param candidateRows {@code CandidateEncoder.encode} output per candidate
     * @param kinds         {@code CandidateEncoder.kinds} of the same candidates
     */
    public static CandidateTokens candidates(float[] nsRow, List<float[]> candidateRows, long[] kinds) {
        if (candidateRows.isEmpty()) {
            throw new IllegalArgumentException("at least one candidate row is required");
        }
        int width = candidateRows.get(0).length;
        float[] candNum = new float[candidateRows.size() * width];
        for (int i = 0; i < candidateRows.size(); i++) {
            float[] row = candidateRows.get(i);
            if (row.length != width) {
                throw new IllegalArgumentException("candidate row " + i + " has " + row.length + " values, expected "
                        + width);
            }
            System.arraycopy(row, 0, candNum, i * width, width);
        }
        return new CandidateTokens(nsRow, candNum, kinds, width);
    }

    /**
     * Checks the bundle's {@code feature-spec.json}, when present, field by field against the tokenizer.
     *
     * @throws InferenceException naming the field and both values on a difference, or the file when unreadable
     */
    static void checkFeatureSpec(Path bundleDir) throws InferenceException {
        Path specFile = bundleDir.resolve(ModelBundle.FEATURE_SPEC_FILE);
        if (!Files.isRegularFile(specFile)) {
            return;
        }
        try {
            FeatureSpec.checkBundle(specFile);
        } catch (FeatureSpecMismatchException e) {
            throw new InferenceException(e, "inference.bundle.specFieldMismatch", specFile, e.field(), e.bundleValue(),
                    e.tokenizerValue());
        } catch (IOException e) {
            throw new InferenceException(e, "inference.bundle.unreadable", specFile, e.getMessage());
        }
    }
}
