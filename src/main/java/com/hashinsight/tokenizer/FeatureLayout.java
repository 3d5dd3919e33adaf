package com.hashinsight.tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered columns of one feature vector (S-token, NS or candidate row).
 *
 * <p>Encoders write columns through the indices that {@link Builder} hands out, and the feature
 * spec lists the same fields, so the code and the spec cannot disagree on an index.
 */
public final class FeatureLayout {

    private final String tensor;
    private final List<FeatureField> fields;
    private final List<Map<String, Object>> groups;
    private final Map<String, Integer> indexByName;

    private FeatureLayout(String tensor, List<FeatureField> fields, List<Map<String, Object>> groups) {
        this.tensor = tensor;
        this.fields = List.copyOf(fields);
        this.groups = List.copyOf(groups);
        Map<String, Integer> byName = new HashMap<>();
        for (FeatureField field : fields) {
            byName.put(field.name(), field.index());
        }
        this.indexByName = Map.copyOf(byName);
    }

    public static Builder builder(String tensor) {
        return new Builder(tensor);
    }

    /** Name of the tensor whose last axis this layout describes, for example "s_num". */
    public String tensor() {
        return tensor;
    }

    /** Number of columns: F_S, F_NS or F_C. */
    public int width() {
        return fields.size();
    }

    public List<FeatureField> fields() {
        return fields;
    }

    /** One-hot and hash-bucket column groups with their vocabularies, for the feature spec. */
    public List<Map<String, Object>> groups() {
        return groups;
    }

    /**
     * Returns the column of {@code name}.
     *
     * @throws IllegalArgumentException when the layout has no such field
     */
    public int indexOf(String name) {
        Integer index = indexByName.get(name);
        if (index == null) {
            throw new IllegalArgumentException("no field " + name + " in " + tensor);
        }
        return index;
    }

    /** Writes {@code value} normalised by field {@code index}'s rule into {@code row}. */
    public void put(float[] row, int index, double value) {
        row[index] = fields.get(index).normalization().apply(value);
    }

    /**
     * Writes {@code value} into field {@code index} and 1 into its presence column {@code presentIndex}
     * when the value is finite; leaves both at 0 otherwise.
     */
    public void putPresent(float[] row, int index, int presentIndex, double value) {
        if (Double.isFinite(value)) {
            put(row, index, value);
            row[presentIndex] = 1f;
        }
    }

    /** Collects fields in column order. */
    public static final class Builder {
        private final String tensor;
        private final List<FeatureField> fields = new ArrayList<>();
        private final List<Map<String, Object>> groups = new ArrayList<>();

        private Builder(String tensor) {
            this.tensor = tensor;
        }

        /** Adds one column and returns its index. */
        public int add(String name, String group, Normalization normalization, String source) {
            for (FeatureField field : fields) {
                if (field.name().equals(name)) {
                    throw new IllegalArgumentException("duplicate field " + name + " in " + tensor);
                }
            }
            fields.add(new FeatureField(fields.size(), name, group, normalization, source));
            return fields.size() - 1;
        }

        /** Adds a 0/1 presence column for field {@code of} and returns its index. */
        public int addPresence(String of, String group) {
            return add(of + "_present", group, Normalization.IDENTITY, "1 when " + of + " is known, else 0 (and " + of + " is 0)");
        }

        /**
         * Adds one column per value in {@code values} (named {@code prefix + "_" + value}) and returns
         * the first index. Column {@code first + i} is 1 (or a fraction, for summaries) for value i.
         */
        public int addOneHot(String prefix, String group, List<String> values, String source) {
            int first = fields.size();
            for (String value : values) {
                add(prefix + "_" + value.toLowerCase(java.util.Locale.ROOT), group, Normalization.IDENTITY, source + " = " + value);
            }
            Map<String, Object> description = new LinkedHashMap<>();
            description.put("name", prefix);
            description.put("kind", "one_hot");
            description.put("first_index", first);
            description.put("values", List.copyOf(values));
            description.put("source", source);
            groups.add(description);
            return first;
        }

        /**
         * Adds {@code buckets} columns for a hashed string ({@link FeatureHash#bucket}) and returns the
         * first index.
         */
        public int addHashBuckets(String prefix, String group, int buckets, String source) {
            int first = fields.size();
            for (int i = 0; i < buckets; i++) {
                add(prefix + "_bucket_" + i, group, Normalization.IDENTITY, source + ", hash bucket " + i);
            }
            Map<String, Object> description = new LinkedHashMap<>();
            description.put("name", prefix);
            description.put("kind", "hash_buckets");
            description.put("first_index", first);
            description.put("buckets", buckets);
            description.put("hash", FeatureHash.DESCRIPTION);
            description.put("source", source);
            groups.add(description);
            return first;
        }

        public FeatureLayout build() {
            return new FeatureLayout(tensor, fields, groups);
        }
    }
}
