package com.hashinsight.tokenizer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one raw value becomes one float feature.
 *
 * <p>Every variant returns a finite float for every input: NaN maps to 0 (the field's presence
 * column then says the value was missing), and infinities clip to the variant's bounds. The
 * feature spec JSON writes each variant with {@link #describe()}, so Python and inference read
 * the same rule the Java code applies.
 */
public sealed interface Normalization {

    /** Applies the rule to {@code value}; always finite. */
    float apply(double value);

    /** Returns the rule's kind and parameters for the feature spec. */
    Map<String, Object> describe();

    /** A value already in a small range: flags, fractions, one-hot and hash-bucket columns, sin/cos. */
    Identity IDENTITY = new Identity();

    static Normalization affine(double center, double scale, double min, double max) {
        return new Affine(center, scale, min, max);
    }

    static Normalization log1p(double scale, double reference) {
        return new Log1p(scale, reference);
    }

    static Normalization signedLog1p(double scale, double reference) {
        return new SignedLog1p(scale, reference);
    }

    static Normalization logRatio(double reference, double min, double max) {
        return new LogRatio(reference, min, max);
    }

    /** Copies the value, with NaN as 0 and the result clipped to [-1e6, 1e6]. */
    record Identity() implements Normalization {
        @Override
        public float apply(double value) {
            return Double.isNaN(value) ? 0f : (float) clip(value, -1e6, 1e6);
        }

        @Override
        public Map<String, Object> describe() {
            return Map.of("kind", "identity");
        }
    }

    /** {@code clip((x - center) / scale, min, max)}. */
    record Affine(double center, double scale, double min, double max) implements Normalization {
        public Affine {
            if (!(scale > 0) || !(min < max)) {
                throw new IllegalArgumentException("affine needs scale > 0 and min < max, got scale " + scale
                        + ", min " + min + ", max " + max);
            }
        }

        @Override
        public float apply(double value) {
            return Double.isNaN(value) ? 0f : (float) clip((value - center) / scale, min, max);
        }

        @Override
        public Map<String, Object> describe() {
            return rule("affine", "clip((x - center) / scale, min, max)",
                    "center", center, "scale", scale, "min", min, "max", max);
        }
    }

    /**
     * {@code log1p(max(x, 0) / scale) / log1p(reference / scale)}, so {@code reference} maps to 1;
     * clipped to [0, 4].
     */
    record Log1p(double scale, double reference) implements Normalization {
        public Log1p {
            if (!(scale > 0) || !(reference > 0)) {
                throw new IllegalArgumentException("log1p needs scale > 0 and reference > 0, got " + scale + ", " + reference);
            }
        }

        @Override
        public float apply(double value) {
            if (Double.isNaN(value) || value <= 0) {
                return 0f;
            }
            return (float) clip(Math.log1p(value / scale) / Math.log1p(reference / scale), 0, 4);
        }

        @Override
        public Map<String, Object> describe() {
            return rule("log1p", "clip(log1p(max(x, 0) / scale) / log1p(reference / scale), 0, 4)",
                    "scale", scale, "reference", reference);
        }
    }

    /** {@code sign(x) * log1p(|x| / scale) / log1p(reference / scale)}, clipped to [-4, 4]. */
    record SignedLog1p(double scale, double reference) implements Normalization {
        public SignedLog1p {
            if (!(scale > 0) || !(reference > 0)) {
                throw new IllegalArgumentException("signed log1p needs scale > 0 and reference > 0, got " + scale + ", " + reference);
            }
        }

        @Override
        public float apply(double value) {
            if (Double.isNaN(value)) {
                return 0f;
            }
            double magnitude = Math.log1p(Math.abs(value) / scale) / Math.log1p(reference / scale);
            return (float) clip(Math.copySign(magnitude, value), -4, 4);
        }

        @Override
        public Map<String, Object> describe() {
            return rule("signed_log1p", "clip(sign(x) * log1p(|x| / scale) / log1p(reference / scale), -4, 4)",
                    "scale", scale, "reference", reference);
        }
    }

    /** {@code clip(ln(x / reference), min, max)} for x > 0; 0 for x <= 0, which the presence column marks. */
    record LogRatio(double reference, double min, double max) implements Normalization {
        public LogRatio {
            if (!(reference > 0) || !(min < max)) {
                throw new IllegalArgumentException("log ratio needs reference > 0 and min < max, got " + reference
                        + ", " + min + ", " + max);
            }
        }

        @Override
        public float apply(double value) {
            if (Double.isNaN(value) || value <= 0) {
                return 0f;
            }
            return (float) clip(Math.log(value / reference), min, max);
        }

        @Override
        public Map<String, Object> describe() {
            return rule("log_ratio", "clip(ln(x / reference), min, max) for x > 0, else 0",
                    "reference", reference, "min", min, "max", max);
        }
    }

    private static Map<String, Object> rule(String kind, String formula, Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind);
        out.put("formula", formula);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    private static double clip(double value, double min, double max) {
        return value < min ? min : Math.min(value, max);
    }
}
