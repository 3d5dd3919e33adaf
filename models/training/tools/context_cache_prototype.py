"""Speed prototype for caching the context tokens' K/V, as the S side's K/V are cached.

It measures how long Stage II would take if only a scenario row and the candidate rows ran, with the first C - 1
context tokens' K/V read from a cache.

    PYTHONPATH=models/training .venv/bin/python models/training/tools/context_cache_prototype.py /tmp/context-proto

It exports a random-weight model's Stage II in that form and times it against the bundle's scorer.onnx on the same
S cache, one ONNX Runtime thread, in alternating runs. The scenario row here is simply the last context token, so
the outputs mean nothing. It measures structure only: the shipped model cannot be scored this way, because its one
NS MLP feeds the slider columns into every context token.
"""

import json
import logging
import sys
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch
from torch import Tensor, nn

from hashtrans.config import HashTransConfig
from hashtrans.graphs import example_inputs, flatten_cache, unflatten_cache
from hashtrans.model import OUTPUT_NAMES, HashTrans

BUNDLE = Path("models/hashtrans-v1")
# (batch, L_S, candidates, repetitions): the cache target's shape and one sorted workspace batch.
SHAPES = [(1, 1024, 3, 200), (64, 256, 3, 20)]


class ContextCachedScorer(nn.Module):
    """Stage II rows [scenario; candidates] over the keys [cached context; scenario; candidates] and the S cache."""

    def __init__(self, model: HashTrans) -> None:
        super().__init__()
        self.model = model

    def forward(self, ns_num: Tensor, cand_num: Tensor, cand_kind: Tensor, *flat: Tensor) -> tuple[Tensor, ...]:
        model, config = self.model, self.model.config
        cache = unflatten_cache(flat[: 3 * config.n_layers])
        context_kv = flat[3 * config.n_layers:]  # k, v [B, H, C - 1, Dh] per layer
        b, n = cand_kind.shape
        d, c = config.d_model, config.n_context
        scenario = model.embed_context(ns_num)[:, c - 1]  # [B, D]
        cand = model.embed_candidates(cand_num, cand_kind).transpose(0, 1).reshape(n * b, d)
        rows = torch.arange(1 + n).unsqueeze(1)
        keys = torch.arange(c + n).unsqueeze(0)
        # The scenario row attends to the context and itself. Candidate row r attends to the context, the scenario
        # and itself.
        allowed = (keys < c) | (keys == rows + c - 1)
        for layer, block in enumerate(model.blocks):
            qkv = torch.cat([block.ns_qkv_joined(scenario, slice(c - 1, c)).unsqueeze(0),
                             block.ns_qkv_joined(cand, slice(c, c + 1)).reshape(n, b, 3 * d)])
            q, k, v = qkv.reshape(1 + n, b, 3 * config.n_heads, config.head_dim).permute(1, 2, 0, 3).split(
                config.n_heads, dim=1)
            k = torch.cat([context_kv[2 * layer], k], dim=2)
            v = torch.cat([context_kv[2 * layer + 1], v], dim=2)
            out = model._attend_ns((q, k, v), allowed, cache[layer]).permute(2, 0, 1, 3).reshape(1 + n, b, d)
            scenario = block.ns_update(scenario, out[0], slice(c - 1, c))
            cand = block.ns_update(cand, out[1:].reshape(n * b, d), slice(c, c + 1))
        raw = model._heads(model.final_norm(scenario).unsqueeze(1),
                           model.final_norm(cand.reshape(n, b, d).transpose(0, 1)))
        outputs = model.outputs_from_raw(raw, n)
        return tuple(outputs[name] for name in OUTPUT_NAMES)


def export(config: HashTransConfig, path: Path) -> None:
    torch.manual_seed(3)
    model = HashTrans(config).eval()
    example = example_inputs(model)
    with torch.no_grad():
        cache = tuple(t.contiguous() for t in flatten_cache(model.encode(example["s_num"], example["s_type"])))
    batch = example["ns_num"].shape[0]
    context_kv = tuple(torch.randn(batch, config.n_heads, config.n_context - 1, config.head_dim)
                       for _ in range(2 * config.n_layers))
    dims: list[dict] = []
    for layer in range(config.n_layers):
        dims += [{0: "B", 2: f"S_{layer}"}, {0: "B", 2: f"S_{layer}"}, {0: "B", 1: f"S_{layer}"}]
    dims += [{0: "B"}] * (2 * config.n_layers)
    program = torch.onnx.export(
        ContextCachedScorer(model).eval(), (example["ns_num"], example["cand_num"], example["cand_kind"], *cache,
                                            *context_kv),
        dynamo=True, dynamic_shapes=({0: "B"}, {0: "B", 1: "N"}, {0: "B", 1: "N"}, tuple(dims)),
        external_data=False, verbose=False)
    program.save(str(path), external_data=False)


def session(path: Path) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def compare(widths: dict, prototype_path: Path) -> None:
    encoder, scorer, prototype = (session(path) for path in
                                  (BUNDLE / "encoder.onnx", BUNDLE / "scorer.onnx", prototype_path))
    for batch, length, candidates, repetitions in SHAPES:
        rng = np.random.default_rng(0)
        real_lengths = np.sort(rng.integers(16, length + 1, batch)) if batch > 1 else np.array([length])
        s_type = rng.integers(1, widths["n_s_types"], (batch, length)).astype(np.int64)
        for row, count in enumerate(real_lengths):
            s_type[row, : length - count] = 0
        s_num = rng.uniform(-1, 1, (batch, length, widths["f_s"])).astype(np.float32)
        cache = encoder.run(None, {"s_num": s_num, "s_type": s_type})
        ns = {"ns_num": rng.uniform(-1, 1, (batch, widths["f_ns"])).astype(np.float32),
              "cand_num": rng.uniform(-1, 1, (batch, candidates, widths["f_c"])).astype(np.float32),
              "cand_kind": rng.integers(1, 5, (batch, candidates)).astype(np.int64)}
        full_feed = {**ns, **{spec.name: value for spec, value in zip(scorer.get_inputs()[3:], cache)}}
        specs = prototype.get_inputs()
        prototype_feed = {**ns, **{spec.name: value for spec, value in zip(specs[3:], cache)}}
        for spec in specs[3 + len(cache):]:
            shape = (batch, widths["n_heads"], widths["l_ns"] - 2, widths["d_model"] // widths["n_heads"])
            prototype_feed[spec.name] = rng.standard_normal(shape).astype(np.float32)
        spent: list[list[int]] = [[], []]
        for _ in range(repetitions):
            for times, graph, feed in ((spent[0], scorer, full_feed), (spent[1], prototype, prototype_feed)):
                start = time.thread_time_ns()
                graph.run(None, feed)
                times.append(time.thread_time_ns() - start)
        full_ms, prototype_ms = (np.median(times) / 1e6 for times in spent)
        print(f"B={batch} L_S={length} N={candidates}: scorer.onnx {full_ms:.2f} ms, context K/V cached "
              f"{prototype_ms:.2f} ms (x{prototype_ms / full_ms:.2f})")


def main(out_dir: Path) -> None:
    logging.disable(logging.WARNING)
    widths = json.loads((BUNDLE / "config.json").read_text(encoding="utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    prototype_path = out_dir / "scorer_context_cached.onnx"
    export(HashTransConfig(**widths), prototype_path)
    compare(widths, prototype_path)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
