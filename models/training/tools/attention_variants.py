"""Time ways to write one layer of Stage II attention as ONNX graphs, on random inputs of a workspace batch.

    .venv/bin/python models/training/tools/attention_variants.py

Shapes: 64 rows, 4 heads, 10 NS query rows of head size 16, 256 cached S keys (each row masks a random left
padding of 0 to 59 keys) and 10 NS keys with a causal mask. It prints the median thread CPU time of each graph on
one ONNX Runtime thread, running the graphs of a group in turn. The first group is the query-key product in four
layouts. The second is the whole attention: as the scorer writes it (two key groups, clipped exp), with one Softmax
over both groups, and with ONNX Runtime's fused MultiHeadAttention. The third group is the masked attention over the
cached S keys alone for the 4 rows of a slider move (the scenario token and 3 candidates), with model changes that
would shrink it: one K/V head shared by all query heads (multi-query attention), the scenario row alone attending the
S keys, and both.
"""

import time

import numpy as np
import onnxruntime as ort
from onnx import TensorProto, helper

BATCH, HEADS, QUERIES, S_KEYS, NS_KEYS, HEAD_DIM = 64, 4, 10, 256, 10, 16


def session(graph) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return ort.InferenceSession(graph.SerializeToString(), options, providers=["CPUExecutionProvider"])


def alternate(runs: dict, repetitions: int = 100) -> dict:
    """Time each (graph, feeds) of `runs` in turn, one run of each per round; returns label -> (median ms, output)."""
    sessions = {label: session(graph) for label, (graph, _) in runs.items()}
    outputs = {label: sessions[label].run(None, feeds)[0] for label, (_, feeds) in runs.items()}
    times: dict = {label: [] for label in runs}
    for _ in range(repetitions):
        for label, (_, feeds) in runs.items():
            start = time.thread_time_ns()
            sessions[label].run(None, feeds)
            times[label].append(time.thread_time_ns() - start)
    return {label: (float(np.median(times[label])) / 1e6, outputs[label]) for label in runs}


def model(nodes: list, inputs: dict, initializers: tuple = ()):
    values = [helper.make_tensor_value_info(name, TensorProto.FLOAT, shape) for name, shape in inputs.items()]
    output = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
    graph = helper.make_graph(nodes, "attention", values, [output], initializer=list(initializers))
    opsets = [helper.make_opsetid("", 18), helper.make_opsetid("com.microsoft", 1)]
    return helper.make_model(graph, opset_imports=opsets, ir_version=9)


def scalar(name: str, value: float):
    return helper.make_tensor(name, TensorProto.FLOAT, [], [value])


def key_products(q: np.ndarray, k: np.ndarray) -> None:
    b, h, s, d = k.shape
    kt = np.ascontiguousarray(k.transpose(0, 1, 3, 2))
    qt = np.ascontiguousarray(q.transpose(0, 1, 3, 2))
    layouts = {
        "q·kᵀ, transpose fused": (
            [helper.make_node("Transpose", ["k"], ["kt"], perm=[0, 1, 3, 2]),
             helper.make_node("MatMul", ["q", "kt"], ["y"])],
            {"q": q.shape, "k": k.shape}, {"q": q, "k": k}),
        "q·kᵀ, keys stored transposed": (
            [helper.make_node("MatMul", ["q", "kt"], ["y"])], {"q": q.shape, "kt": kt.shape}, {"q": q, "kt": kt}),
        "k·qᵀ": (
            [helper.make_node("MatMul", ["k", "qt"], ["y"])], {"k": k.shape, "qt": qt.shape}, {"k": k, "qt": qt}),
        "rows and heads in one axis": (
            [helper.make_node("MatMul", ["q", "kt"], ["y"])], {"q": (b * h, QUERIES, d), "kt": (b * h, d, s)},
            {"q": q.reshape(b * h, QUERIES, d), "kt": kt.reshape(b * h, d, s)}),
    }
    runs = {label: (model(nodes, shapes), feeds) for label, (nodes, shapes, feeds) in layouts.items()}
    for label, (milliseconds, _) in alternate(runs, 200).items():
        print(f"query-key product, {label}: {milliseconds:.2f} ms")


def masked_scores(ns_scores: str) -> list:
    """Return the nodes of both groups' scaled scores plus their masks: "ss" for the S keys and `ns_scores` for NS."""
    node = helper.make_node
    return [
        node("Transpose", ["ks"], ["kst"], perm=[0, 1, 3, 2]), node("MatMul", ["q", "kst"], ["ss0"]),
        node("Mul", ["ss0", "scale"], ["ss1"]), node("Add", ["ss1", "bs"], ["ss"]),
        node("Transpose", ["kn"], ["knt"], perm=[0, 1, 3, 2]), node("MatMul", ["q", "knt"], ["sn0"]),
        node("Mul", ["sn0", "scale"], ["sn1"]), node("Add", ["sn1", "bn"], [ns_scores]),
    ]


def two_groups(shapes: dict) -> tuple:
    """Return the scorer's form: each group's masked scores, one row maximum, clipped exp, sums and value products."""
    node = helper.make_node
    nodes = masked_scores("sn") + [
        node("ReduceMax", ["ss", "axis"], ["ms"], keepdims=1), node("ReduceMax", ["sn", "axis"], ["mn"], keepdims=1),
        node("Max", ["ms", "mn"], ["m"]),
        node("Sub", ["ss", "m"], ["ds"]), node("Clip", ["ds", "low", "high"], ["cs"]), node("Exp", ["cs"], ["es"]),
        node("Sub", ["sn", "m"], ["dn"]), node("Clip", ["dn", "low", "high"], ["cn"]), node("Exp", ["cn"], ["en"]),
        node("ReduceSum", ["es", "axis"], ["ts"], keepdims=1), node("ReduceSum", ["en", "axis"], ["tn"], keepdims=1),
        node("Add", ["ts", "tn"], ["total"]),
        node("MatMul", ["es", "vs"], ["os"]), node("MatMul", ["en", "vn"], ["on"]),
        node("Add", ["os", "on"], ["sum"]), node("Div", ["sum", "total"], ["y"]),
    ]
    initializers = (scalar("scale", HEAD_DIM ** -0.5), scalar("low", -60.0), scalar("high", 0.0),
                    helper.make_tensor("axis", TensorProto.INT64, [1], [-1]))
    return nodes, shapes, initializers


def one_softmax(shapes: dict) -> tuple:
    """Return both groups' masked scores joined into one array, one Softmax, then a split for the value products."""
    node = helper.make_node
    nodes = masked_scores("sn2") + [
        node("Expand", ["sn2", "ns_shape"], ["sn"]),
        node("Concat", ["ss", "sn"], ["scores"], axis=-1), node("Softmax", ["scores"], ["weights"], axis=-1),
        node("Split", ["weights", "parts"], ["ws", "wn"], axis=-1),
        node("MatMul", ["ws", "vs"], ["os"]), node("MatMul", ["wn", "vn"], ["on"]), node("Add", ["os", "on"], ["y"]),
    ]
    initializers = (scalar("scale", HEAD_DIM ** -0.5),
                    helper.make_tensor("parts", TensorProto.INT64, [2], [S_KEYS, NS_KEYS]),
                    helper.make_tensor("ns_shape", TensorProto.INT64, [4], [BATCH, HEADS, QUERIES, NS_KEYS]))
    return nodes, shapes, initializers


def fused_multi_head(arrays: dict, valid: np.ndarray, ns_mask: np.ndarray) -> tuple:
    """Return ONNX Runtime's MultiHeadAttention over the cached and NS keys joined into one array, and its feeds."""
    bias = np.concatenate(
        [np.broadcast_to(np.where(valid > 0, 0, -60.0)[:, None, None, :], (BATCH, 1, QUERIES, S_KEYS)),
         np.broadcast_to(np.where(ns_mask > 0, 0, -60.0)[None, None], (BATCH, 1, QUERIES, NS_KEYS))],
        axis=-1).astype(np.float32)
    node = helper.make_node
    nodes = [node("Concat", ["ks", "kn"], ["k"], axis=2), node("Concat", ["vs", "vn"], ["v"], axis=2),
             node("Transpose", ["q"], ["qt"], perm=[0, 2, 1, 3]), node("Reshape", ["qt", "q_shape"], ["query"]),
             node("MultiHeadAttention", ["query", "k", "v", "", "", "bias"], ["y"], domain="com.microsoft",
                  num_heads=HEADS)]
    shapes = {name: arrays[name].shape for name in ("q", "ks", "vs", "kn", "vn")}
    shapes["bias"] = bias.shape
    q_shape = helper.make_tensor("q_shape", TensorProto.INT64, [3], [BATCH, QUERIES, HEADS * HEAD_DIM])
    feeds = {name: arrays[name] for name in ("q", "ks", "vs", "kn", "vn")}
    return model(nodes, shapes, (q_shape,)), {**feeds, "bias": bias}


def cached_heads(rng: np.random.Generator) -> None:
    """Time the masked attention over S_KEYS cached keys with fewer cached heads or fewer query rows."""
    node = helper.make_node
    nodes = [node("Transpose", ["k"], ["kt"], perm=[0, 1, 3, 2]), node("MatMul", ["q", "kt"], ["s"]),
             node("Add", ["s", "mask"], ["masked"]), node("ReduceMax", ["masked", "axis"], ["m"], keepdims=1),
             node("Sub", ["masked", "m"], ["d"]), node("Clip", ["d", "low", "high"], ["c"]), node("Exp", ["c"], ["e"]),
             node("ReduceSum", ["e", "axis"], ["total"], keepdims=1), node("MatMul", ["e", "v"], ["o"]),
             node("Div", ["o", "total"], ["y"])]
    initializers = (scalar("low", -60.0), scalar("high", 0.0), helper.make_tensor("axis", TensorProto.INT64, [1], [-1]))
    mask = np.zeros((BATCH, 1, 1, S_KEYS), np.float32)
    mask[:, :, :, :20] = -1e9

    def variant(kv_heads: int, rows: int) -> tuple:
        arrays = {"q": rng.standard_normal((BATCH, kv_heads, rows, HEAD_DIM), dtype=np.float32),
                  "k": rng.standard_normal((BATCH, kv_heads, S_KEYS, HEAD_DIM), dtype=np.float32),
                  "v": rng.standard_normal((BATCH, kv_heads, S_KEYS, HEAD_DIM), dtype=np.float32), "mask": mask}
        return model(nodes, {name: value.shape for name, value in arrays.items()}, initializers), arrays

    rows = 4  # the scenario token and 3 candidates
    variants = {"4 cached heads, 4 rows (now)": variant(HEADS, rows),
                "1 shared cached head, 4 rows": variant(1, HEADS * rows),
                "4 cached heads, scenario row only": variant(HEADS, 1),
                "1 shared cached head, scenario row only": variant(1, HEADS)}
    for label, (milliseconds, _) in alternate(variants, 200).items():
        print(f"attention over the cached S keys, {label}: {milliseconds:.2f} ms")


def main() -> None:
    rng = np.random.default_rng(0)

    def normal(*shape):
        return rng.standard_normal(shape, dtype=np.float32)

    q = normal(BATCH, HEADS, QUERIES, HEAD_DIM)
    arrays = {"q": q, "ks": normal(BATCH, HEADS, S_KEYS, HEAD_DIM), "vs": normal(BATCH, HEADS, S_KEYS, HEAD_DIM),
              "kn": normal(BATCH, HEADS, NS_KEYS, HEAD_DIM), "vn": normal(BATCH, HEADS, NS_KEYS, HEAD_DIM)}
    key_products(q, arrays["ks"])

    valid = np.ones((BATCH, S_KEYS), np.float32)
    for row in range(BATCH):
        valid[row, : rng.integers(0, 60)] = 0  # left padding
    ns_mask = np.tril(np.ones((QUERIES, NS_KEYS), np.float32))
    masks = {"bs": np.where(valid > 0, 0, -np.inf).astype(np.float32)[:, None, None, :],
             "bn": np.where(ns_mask > 0, 0, -np.inf).astype(np.float32)[None, None]}
    shapes = {name: value.shape for name, value in {**arrays, **masks}.items()}
    feeds = {**arrays, **masks}
    timed = alternate({"two key groups as the scorer": (model(*two_groups(shapes)), feeds),
                       "one Softmax over both groups": (model(*one_softmax(shapes)), feeds),
                       "MultiHeadAttention on joined keys": fused_multi_head(arrays, valid, ns_mask)})
    reference = timed["two key groups as the scorer"][1]
    for label, (milliseconds, output) in timed.items():
        note = ""
        if output.shape == reference.shape:
            note = f" (max difference {np.abs(output - reference).max():.1e})"
        print(f"attention, {label}: {milliseconds:.2f} ms{note}")
    cached_heads(rng)

if __name__ == "__main__":
    main()
