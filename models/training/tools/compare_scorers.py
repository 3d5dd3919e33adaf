"""Time several scorer.onnx files against each other on the same inputs, in alternating runs.

    .venv/bin/python models/training/tools/compare_scorers.py OLD_BUNDLE models/hashtrans-v1

Each folder contains a scorer.onnx; the first folder's encoder.onnx builds the S-side cache for all of them, so they
must share the model's widths. For each shape it prints the median thread CPU time of each scorer on one ONNX
Runtime thread and its ratio to the first. It also prints the largest output difference from the first scorer,
which is float rounding only when the weights and the math are the same.
"""

import json
import sys
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort

# (batch, L_S, candidates, repetitions): the cache target's shape, an empty history (fixed cost), one sorted
# workspace batch and a large candidate set.
SHAPES = [(1, 1024, 3, 200), (1, 0, 3, 100), (64, 256, 3, 20), (1, 256, 100, 30)]


def session(path: Path) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def inputs(config: dict, encoder: ort.InferenceSession, scorer: ort.InferenceSession, batch: int, length: int,
           candidates: int) -> dict:
    rng = np.random.default_rng(0)
    width = max(length, 1)
    real_lengths = np.sort(rng.integers(16, length + 1, batch)) if batch > 1 else np.array([width])
    s_type = rng.integers(1, config["n_s_types"], (batch, width)).astype(np.int64)
    for row, count in enumerate(real_lengths):
        s_type[row, : width - count] = 0  # left padding, as the app batches histories
    s_num = rng.uniform(-1, 1, (batch, width, config["f_s"])).astype(np.float32)
    cache = encoder.run(None, {"s_num": s_num, "s_type": s_type})
    if length == 0:  # no history: a cache with no columns
        cache = [c[:, :, :0] if c.ndim == 4 else c[:, :0] for c in cache]
    feed = {"ns_num": rng.uniform(-1, 1, (batch, config["f_ns"])).astype(np.float32),
            "cand_num": rng.uniform(-1, 1, (batch, candidates, config["f_c"])).astype(np.float32),
            "cand_kind": rng.integers(1, 5, (batch, candidates)).astype(np.int64)}
    feed.update({spec.name: value for spec, value in zip(scorer.get_inputs()[3:], cache)})
    return feed


def main(folders: list[Path]) -> None:
    config = json.loads((folders[0] / "config.json").read_text(encoding="utf-8"))
    encoder = session(folders[0] / "encoder.onnx")
    scorers = [session(folder / "scorer.onnx") for folder in folders]
    for batch, length, candidates, repetitions in SHAPES:
        feed = inputs(config, encoder, scorers[0], batch, length, candidates)
        outputs = [np.concatenate([o.ravel() for o in scorer.run(None, feed)]) for scorer in scorers]
        times = [[] for _ in scorers]
        for _ in range(repetitions):
            for scorer, spent in zip(scorers, times):
                start = time.thread_time_ns()
                scorer.run(None, feed)
                spent.append(time.thread_time_ns() - start)
        medians = [np.median(spent) / 1e6 for spent in times]
        cells = []
        for folder, median, out in zip(folders, medians, outputs):
            difference = np.abs(out - outputs[0]).max()
            cells.append(f"{folder.name} {median:.2f} ms (x{median / medians[0]:.2f}, diff {difference:.1e})")
        print(f"B={batch} L_S={length} N={candidates}: " + ", ".join(cells))


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]])
