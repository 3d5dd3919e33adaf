package com.hashinsight.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioned feature spec: every tensor column, its normalisation, the vocabularies, hash
 * buckets, window rule and token order. Written by the {@code feature-spec} command and bundled
 * with the model as {@code feature-spec.json}; inference calls {@link #checkBundle} before it
 * loads a model.
 */
public final class FeatureSpec {

    /**
     * Version of the token format. Bump it, and update {@link #FINGERPRINT}, whenever a column,
     * normalisation, vocabulary or the window rule changes; a model trained on another version
     * cannot read these tokens.
     */
    public static final int VERSION = 2;

    /**
     * SHA-256 of the spec's content without the fingerprint itself. A test recomputes it, so a change
     * to the columns without a version bump fails the build.
     */
    public static final String FINGERPRINT = "23e29ec16503e4b7682b74af3743d31d3a47b9905ac7f1811642aee0d504d323";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private FeatureSpec() {
    }

    /** Returns the spec as ordered JSON values, including {@code spec_fingerprint}. */
    public static Map<String, Object> describe(WindowRule rule, int maxTokens) {
        Map<String, Object> spec = content(rule, maxTokens);
        spec.put("spec_fingerprint", fingerprint(rule, maxTokens));
        return spec;
    }

    /** Writes the spec JSON to {@code file}, with a trailing newline. */
    public static void write(Path file, WindowRule rule, int maxTokens) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, JSON.writeValueAsString(describe(rule, maxTokens)) + "\n", StandardCharsets.UTF_8);
    }

    /** Returns the SHA-256 of the spec content in hex. */
    public static String fingerprint(WindowRule rule, int maxTokens) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(content(rule, maxTokens));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the feature spec", e);
        }
    }

    /**
     * Checks that a model bundle's {@code feature-spec.json} matches this tokenizer and returns the
     * window rule and L_S limit to build tokens with.
     *
     * @throws FeatureSpecMismatchException when the version, a width or any other spec value differs;
     *         the message names the field and both values
     * @throws IOException when the file cannot be read or is not JSON
     */
    public static BundleSettings checkBundle(Path specFile) throws IOException {
        JsonNode bundle = JSON.readTree(specFile.toFile());
        int bundleVersion = bundle.path("feature_spec_version").asInt(-1);
        if (bundleVersion != VERSION) {
            throw new FeatureSpecMismatchException(specFile, "feature_spec_version", Integer.toString(bundleVersion),
                    Integer.toString(VERSION));
        }
        Map<String, Object> widths = widths();
        for (Map.Entry<String, Object> width : widths.entrySet()) {
            int bundleWidth = bundle.path("widths").path(width.getKey()).asInt(-1);
            if (bundleWidth != (Integer) width.getValue()) {
                throw new FeatureSpecMismatchException(specFile, width.getKey(), Integer.toString(bundleWidth),
                        width.getValue().toString());
            }
        }
        WindowRule rule = new WindowRule(bundle.path("window").path("block_hours").asInt(),
                bundle.path("window").path("native_hours").asInt(), bundle.path("window").path("hourly_hours").asInt(),
                bundle.path("window").path("daily_days").asInt());
        int maxTokens = bundle.path("l_s_max").asInt();
        JsonNode expected = JSON.valueToTree(describe(rule, maxTokens));
        String difference = firstDifference("", bundle, expected);
        if (difference != null) {
            JsonNode bundleValue = bundle.at(difference);
            JsonNode tokenizerValue = expected.at(difference);
            throw new FeatureSpecMismatchException(specFile, difference.substring(1).replace('/', '.'),
                    bundleValue.isMissingNode() ? "missing" : bundleValue.toString(),
                    tokenizerValue.isMissingNode() ? "missing" : tokenizerValue.toString());
        }
        return new BundleSettings(rule, maxTokens);
    }

    /** Returns the JSON pointer of the first value that differs between the trees, or null when they are equal. */
    private static String firstDifference(String pointer, JsonNode actual, JsonNode expected) {
        if (actual.isContainerNode() && expected.isContainerNode() && actual.getNodeType() == expected.getNodeType()) {
            java.util.TreeSet<String> keys = new java.util.TreeSet<>();
            if (actual.isObject()) {
                actual.fieldNames().forEachRemaining(keys::add);
                expected.fieldNames().forEachRemaining(keys::add);
            } else {
                for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
                    keys.add(String.format(java.util.Locale.ROOT, "%08d", i));
                }
            }
            for (String key : keys) {
                String child = actual.isObject() ? key : Integer.toString(Integer.parseInt(key));
                JsonNode actualChild = actual.isObject() ? actual.path(child) : actual.path(Integer.parseInt(child));
                JsonNode expectedChild = expected.isObject() ? expected.path(child) : expected.path(Integer.parseInt(child));
                String found = firstDifference(pointer + "/" + child, actualChild, expectedChild);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        boolean same = actual.isNumber() && expected.isNumber()
                ? actual.decimalValue().compareTo(expected.decimalValue()) == 0
                : actual.equals(expected);
        return same ? null : pointer;
    }

    /**
     * Token settings a model was trained with.
     *
     * @param rule       window rule
     * @param maxTokens  L_S limit
     */
    public record BundleSettings(WindowRule rule, int maxTokens) {

        /** Returns a sequence builder with these settings. */
        public SequenceBuilder sequenceBuilder() {
            return new SequenceBuilder(rule, maxTokens);
        }
    }

    /** F_S, F_NS and F_C. */
    public static Map<String, Object> widths() {
        Map<String, Object> widths = new LinkedHashMap<>();
        widths.put("F_S", SFeatures.LAYOUT.width());
        widths.put("F_NS", NsFeatures.LAYOUT.width());
        widths.put("F_C", CandidateFeatures.LAYOUT.width());
        return widths;
    }

    private static Map<String, Object> content(WindowRule rule, int maxTokens) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("feature_spec_version", VERSION);
        spec.put("widths", widths());
        spec.put("l_s_max", maxTokens);
        spec.put("s_type_vocab_size", SType.values().length);
        spec.put("cand_kind_vocab_size", CandidateKind.values().length);
        spec.put("padding", "S-tokens are left-padded: real tokens are right-aligned; padding rows have s_type 0 and "
                + "all s_num 0. Padding candidates have cand_kind 0, all cand_num 0 and NaN labels.");
        spec.put("token_order", "oldest first, by token time, then summaries before native tokens, then s_type id, then "
                + "input row order; when more than l_s_max tokens exist the oldest are dropped");
        spec.put("token_time", "native tokens: the row's time (a price interval's start); summary tokens: the end of "
                + "their UTC hour or day. Every token's rows are strictly before the scoring time.");
        spec.put("missing_values", "a missing reading contributes nothing; its value column is 0 and its _present "
                + "column (a share of rows for summaries) says how much was reported. No column is ever NaN or infinite.");
        spec.put("hash", FeatureHash.DESCRIPTION);
        spec.put("price_spike_usd_per_mwh", SequenceBuilder.PRICE_SPIKE_USD_PER_MWH);
        spec.put("price_market", "real-time (RTM) prices when the site's settlement point has any RTM row before the "
                + "scoring time, else day-ahead (DAM)");
        spec.put("window", rule.describe());
        spec.put("s_type_vocab", sTypeVocabulary());
        spec.put("cand_kind_vocab", candidateKindVocabulary());
        spec.put("s_num", layout(SFeatures.LAYOUT));
        spec.put("ns_num", layout(NsFeatures.LAYOUT));
        spec.put("cand_num", layout(CandidateFeatures.LAYOUT));
        return spec;
    }

    private static Map<String, Object> layout(FeatureLayout layout) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (FeatureField field : layout.fields()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", field.index());
            entry.put("name", field.name());
            entry.put("group", field.group());
            entry.put("source", field.source());
            entry.put("normalization", field.normalization().describe());
            fields.add(entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("width", layout.width());
        out.put("fields", fields);
        out.put("groups", layout.groups());
        return out;
    }

    private static List<Map<String, Object>> sTypeVocabulary() {
        List<Map<String, Object>> vocabulary = new ArrayList<>();
        for (SType type : SType.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", type.id());
            entry.put("name", type.name().toLowerCase(java.util.Locale.ROOT));
            entry.put("stream", type.stream());
            entry.put("meaning", type.meaning());
            vocabulary.add(entry);
        }
        return vocabulary;
    }

    private static List<Map<String, Object>> candidateKindVocabulary() {
        List<Map<String, Object>> vocabulary = new ArrayList<>();
        for (CandidateKind kind : CandidateKind.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", kind.id());
            entry.put("name", kind.name().toLowerCase(java.util.Locale.ROOT));
            entry.put("meaning", kind.meaning());
            vocabulary.add(entry);
        }
        return vocabulary;
    }
}
