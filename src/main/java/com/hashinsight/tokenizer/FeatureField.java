package com.hashinsight.tokenizer;

import java.util.Objects;

/**
 * One column of a token's feature vector.
 *
 * @param index         column in the vector
 * @param name          unique name within its layout, written to the feature spec
 * @param group         the entity or stream the value comes from, for example "telemetry" or "contract"
 * @param normalization rule from raw value to float
 * @param source        raw value and unit, for example "board_temp_c, mean over the window, °C"
 */
public record FeatureField(int index, String name, String group, Normalization normalization, String source) {

    public FeatureField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(source, "source");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, got " + index);
        }
    }
}
