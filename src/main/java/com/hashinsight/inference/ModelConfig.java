package com.hashinsight.inference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;

/**
 * Shape of the exported model, read from the bundle's {@code config.json} (the training config dataclass).
 *
 * @param featureWidthS    {@code F_S}
 * @param featureWidthNs   {@code F_NS}
 * @param featureWidthCand {@code F_C}
 * @param sTypes           S event-type vocabulary size, padding id 0 included
 * @param width            {@code D}
 * @param heads            {@code H}
 * @param layers           {@code n_layers}
 * @param nsTokens         {@code L_NS}: context tokens plus one candidate token
 * @param ffnMultiplier    FFN hidden width as a multiple of {@code D}
 * @param pyramidBlock     window anchor block in tokens
 * @param pyramidMinS      S-tokens of completed blocks that the last layer keeps
 * @param scenarioColumns  {@code ns_num} columns that the sliders set; only the scenario token, the last context
 *                         token, reads them, so the other context tokens' K/V stay valid across slider moves
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelConfig(
        @JsonProperty(value = "f_s", required = true) int featureWidthS,
        @JsonProperty(value = "f_ns", required = true) int featureWidthNs,
        @JsonProperty(value = "f_c", required = true) int featureWidthCand,
        @JsonProperty(value = "n_s_types", required = true) int sTypes,
        @JsonProperty(value = "d_model", required = true) int width,
        @JsonProperty(value = "n_heads", required = true) int heads,
        @JsonProperty(value = "n_layers", required = true) int layers,
        @JsonProperty(value = "l_ns", required = true) int nsTokens,
        @JsonProperty(value = "ffn_mult", required = true) int ffnMultiplier,
        @JsonProperty(value = "pyramid_block", required = true) int pyramidBlock,
        @JsonProperty(value = "pyramid_min_s", required = true) int pyramidMinS,
        @JsonProperty(value = "scenario_columns", required = true) List<Integer> scenarioColumns) {

    public ModelConfig {
        int[] positive = {featureWidthS, featureWidthNs, featureWidthCand, sTypes, width, heads, layers, nsTokens,
            ffnMultiplier, pyramidBlock};
        for (int value : positive) {
            if (value < 1) {
                throw new IllegalArgumentException("model config values must be ≥ 1, got " + value + " in " + this);
            }
        }
        if (width % heads != 0) {
            throw new IllegalArgumentException("d_model " + width + " is not a multiple of n_heads " + heads);
        }
        scenarioColumns = List.copyOf(scenarioColumns);
        if (scenarioColumns.isEmpty() || nsTokens < 3) {
            throw new IllegalArgumentException("invalid model config: a scenario token needs non-empty scenario_columns"
                    + " (got " + scenarioColumns + ") and l_ns ≥ 3 (got " + nsTokens + "); export the bundle again");
        }
        for (int column : scenarioColumns) {
            if (column < 0 || column >= featureWidthNs) {
                throw new IllegalArgumentException("invalid scenario column " + column + ": ns_num has columns 0.."
                        + (featureWidthNs - 1));
            }
        }
    }

    /** Returns how many context tokens the context cache keeps K/V of: all but the scenario token. */
    public int cachedContextTokens() {
        return nsTokens - 2;
    }

    /** Returns which {@code ns_num} columns the cached context tokens read: every column but the scenario ones. */
    boolean[] cachedContextColumns() {
        boolean[] columns = new boolean[featureWidthNs];
        Arrays.fill(columns, true);
        scenarioColumns.forEach(column -> columns[column] = false);
        return columns;
    }

    /** {@code Dh = D / H}. */
    public int headWidth() {
        return width / heads;
    }

    public PyramidWindow window() {
        return new PyramidWindow(pyramidBlock, pyramidMinS, layers);
    }
}
