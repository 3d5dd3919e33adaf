package com.hashinsight.tokenizer;

import com.hashinsight.i18n.Messages;
import java.nio.file.Path;

/** A model bundle's feature spec differs from the tokenizer's; the model cannot read these tokens. */
public final class FeatureSpecMismatchException extends RuntimeException {

    private final transient Path specFile;
    private final String field;
    private final String bundleValue;
    private final String tokenizerValue;

    public FeatureSpecMismatchException(Path specFile, String field, String bundleValue, String tokenizerValue) {
        super(specFile + ": " + field + " is " + bundleValue + " in the model bundle but " + tokenizerValue
                + " in this tokenizer; export the model again with this version's feature spec, or install the app "
                + "version the model was trained for");
        this.specFile = specFile;
        this.field = field;
        this.bundleValue = bundleValue;
        this.tokenizerValue = tokenizerValue;
    }

    /** Returns the localized sentence to show the user. */
    public String userMessage() {
        return Messages.get("tokenizer.spec.mismatch", specFile, field, bundleValue, tokenizerValue);
    }

    public Path specFile() {
        return specFile;
    }

    /** The differing spec field, for example "feature_spec_version" or "F_S". */
    public String field() {
        return field;
    }

    public String bundleValue() {
        return bundleValue;
    }

    public String tokenizerValue() {
        return tokenizerValue;
    }
}
