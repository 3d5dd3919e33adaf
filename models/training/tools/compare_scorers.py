"""Time the Stage II graphs of several bundles against each other on the same inputs, in alternating runs.

    .venv/bin/python models/training/tools/compare_scorers.py OLD_BUNDLE models/hashtrans-v1

Each folder contains a scorer.onnx, or context.onnx and scenario_scorer.onnx (a model with a scenario token). The
first folder's encoder.onnx builds the S-side cache for all of them, so they must share the model's widths. A
scenario bundle is timed twice: its scenario scorer with the context cache computed beforehand (a slider move), and
context.onnx plus the scenario scorer (a new context). For each shape it prints the median thread CPU time of each on
one ONNX Runtime thread and its ratio to the first. It also prints the largest output difference from the first,
which is float rounding only when the weights and the math are the same.
"""

import json
import sys
import time
from collections.abc import Callable
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


def inputs(config: dict, encoder: ort.InferenceSession, cache_names: list[str], batch: int, length: int,
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
    feed.update(zip(cache_names, cache))
    return feed


def stage_two(folder: Path) -> list[tuple[str, Callable[[dict], list]]]:
    """Named Stage II runners of one bundle, each taking the feed of inputs() (ns_num, candidates, S cache)."""
    if (folder / "scorer.onnx").exists():
        scorer = session(folder / "scorer.onnx")
        return [(folder.name, lambda feed: scorer.run(None, feed))]
    context, scorer = session(folder / "context.onnx"), session(folder / "scenario_scorer.onnx")
    cache_names = [spec.name for spec in context.get_inputs()[1:]]
    context_names = [spec.name for spec in context.get_outputs()]
    contexts = {}

    def with_context(feed: dict, cached: bool) -> list:
        key = id(feed)
        if not cached or key not in contexts:
            values = context.run(None, {"ns_num": feed["ns_num"], **{name: feed[name] for name in cache_names}})
            contexts[key] = dict(zip(context_names, values))
        return scorer.run(None, {**feed, **contexts[key]})

    return [(f"{folder.name} (context cached)", lambda feed: with_context(feed, True)),
            (f"{folder.name} (context computed)", lambda feed: with_context(feed, False))]


def main(folders: list[Path]) -> None:
    config = json.loads((folders[0] / "config.json").read_text(encoding="utf-8"))
    encoder = session(folders[0] / "encoder.onnx")
    runners = [runner for folder in folders for runner in stage_two(folder)]
    cache_names = [spec.name for spec in encoder.get_outputs()]
    for batch, length, candidates, repetitions in SHAPES:
        feed = inputs(config, encoder, cache_names, batch, length, candidates)
        outputs = [np.concatenate([o.ravel() for o in run(feed)]) for _, run in runners]
        times = [[] for _ in runners]
        for _ in range(repetitions):
            for (_, run), spent in zip(runners, times):
                start = time.thread_time_ns()
                run(feed)
                spent.append(time.thread_time_ns() - start)
        medians = [np.median(spent) / 1e6 for spent in times]
        cells = []
        for (name, _), median, out in zip(runners, medians, outputs):
            difference = np.abs(out - outputs[0]).max()
            cells.append(f"{name} {median:.2f} ms (x{median / medians[0]:.2f}, diff {difference:.1e})")
        print(f"B={batch} L_S={length} N={candidates}: " + ", ".join(cells))


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]])
