package com.hashinsight.tokenizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code .npy} files of one training set, written one entity row at a time. */
final class TrainingTensors implements AutoCloseable {

    /** One training row: the packed tokens of one entity at one scoring time plus its labels. */
    record Row(TokenBatch tokens, float[] yFail, float[] yHazard, float[] yValue, float[] yRisk, float[] yCandFail,
            float[] yCandProfit, float[] yProfit, long split) {
    }

    private final Map<String, NpyWriter> writers = new LinkedHashMap<>();
    private final Map<String, List<Integer>> shapes = new LinkedHashMap<>();

    private TrainingTensors() {
    }

    /** Opens every file in {@code folder} for rows of {@code sLength} S-tokens and {@code candidates} candidates. */
    static TrainingTensors open(Path folder, int sLength, int candidates) throws IOException {
        TrainingTensors tensors = new TrainingTensors();
        int fS = SFeatures.LAYOUT.width();
        try {
            tensors.add(folder, "s_num", NpyWriter.DType.FLOAT32, sLength, fS);
            tensors.add(folder, "s_type", NpyWriter.DType.INT64, sLength);
            tensors.add(folder, "ns_num", NpyWriter.DType.FLOAT32, NsFeatures.LAYOUT.width());
            tensors.add(folder, "cand_num", NpyWriter.DType.FLOAT32, candidates, CandidateFeatures.LAYOUT.width());
            tensors.add(folder, "cand_kind", NpyWriter.DType.INT64, candidates);
            tensors.add(folder, "y_fail", NpyWriter.DType.FLOAT32, TrainingLabels.FAIL_HORIZONS_DAYS.length);
            tensors.add(folder, "y_hazard", NpyWriter.DType.FLOAT32, TrainingLabels.FAIL_HORIZONS_DAYS.length);
            tensors.add(folder, "y_value", NpyWriter.DType.FLOAT32, candidates);
            tensors.add(folder, "y_risk", NpyWriter.DType.FLOAT32, candidates);
            tensors.add(folder, "y_cand_fail", NpyWriter.DType.FLOAT32, candidates, TrainingLabels.FAIL_HORIZONS_DAYS.length);
            tensors.add(folder, "y_cand_profit", NpyWriter.DType.FLOAT32, candidates, TrainingLabels.PROFIT_HORIZONS_DAYS.length);
            tensors.add(folder, "y_profit", NpyWriter.DType.FLOAT32, TrainingLabels.PROFIT_HORIZONS_DAYS.length);
            tensors.add(folder, "split", NpyWriter.DType.INT64);
        } catch (IOException e) {
            tensors.close();
            throw e;
        }
        return tensors;
    }

    /** File name to shape after the leading B axis, for meta.json. */
    Map<String, List<Integer>> shapes() {
        return shapes;
    }

    void write(Row row) throws IOException {
        TokenBatch tokens = row.tokens();
        writers.get("s_num").write(tokens.sNum());
        writers.get("s_type").write(tokens.sType());
        writers.get("ns_num").write(tokens.nsNum());
        writers.get("cand_num").write(tokens.candNum());
        writers.get("cand_kind").write(tokens.candKind());
        writers.get("y_fail").write(row.yFail());
        writers.get("y_hazard").write(row.yHazard());
        writers.get("y_value").write(row.yValue());
        writers.get("y_risk").write(row.yRisk());
        writers.get("y_cand_fail").write(row.yCandFail());
        writers.get("y_cand_profit").write(row.yCandProfit());
        writers.get("y_profit").write(row.yProfit());
        writers.get("split").write(new long[] {row.split()});
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (NpyWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void add(Path folder, String name, NpyWriter.DType dtype, int... rowShape) throws IOException {
        writers.put(name, NpyWriter.open(folder.resolve(name + ".npy"), dtype, rowShape));
        List<Integer> shape = new ArrayList<>();
        for (int dimension : rowShape) {
            shape.add(dimension);
        }
        shapes.put(name, shape);
    }
}
