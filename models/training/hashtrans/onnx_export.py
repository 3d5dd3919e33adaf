"""Export the three ONNX graphs with the dynamo exporter (torch.onnx.export(..., dynamo=True))."""

from __future__ import annotations

import logging
from pathlib import Path

import onnx
import onnxruntime as ort
import torch

from hashtrans.graphs import (ContextGraph, EncoderGraph, EncoderStepGraph, ScenarioScorerGraph, ScorerGraph,
                              cache_names, context_names, example_inputs, flatten_cache, flatten_context)
from hashtrans.model import OUTPUT_NAMES, HashTrans

log = logging.getLogger(__name__)

ENCODER_FILE = "encoder.onnx"
ENCODER_STEP_FILE = "encoder_step.onnx"
SCORER_FILE = "scorer.onnx"
CONTEXT_FILE = "context.onnx"
SCENARIO_SCORER_FILE = "scenario_scorer.onnx"


def graph_io(n_layers: int) -> dict:
    """Input and output names of each graph, in order."""
    return {
        ENCODER_FILE: {"inputs": ["s_num", "s_type"], "outputs": cache_names(n_layers)},
        ENCODER_STEP_FILE: {"inputs": ["s_num", "s_type"] + cache_names(n_layers, "past_"),
                            "outputs": cache_names(n_layers)},
        SCORER_FILE: {"inputs": ["ns_num", "cand_num", "cand_kind"] + cache_names(n_layers),
                      "outputs": list(OUTPUT_NAMES)},
        CONTEXT_FILE: {"inputs": ["ns_num"] + cache_names(n_layers), "outputs": context_names(n_layers)},
        SCENARIO_SCORER_FILE: {"inputs": ["ns_num", "cand_num", "cand_kind"] + cache_names(n_layers)
                               + context_names(n_layers), "outputs": list(OUTPUT_NAMES)},
    }


def _cache_dims(n_layers: int, length_name: str) -> tuple[dict, ...]:
    dims: list[dict] = []
    for layer in range(n_layers):
        length = f"{length_name}_{layer}"
        dims += [{0: "B", 2: length}, {0: "B", 2: length}, {0: "B", 1: length}]
    return tuple(dims)


def _export(module: torch.nn.Module, args: tuple, dynamic_shapes: tuple, names: dict, path: Path) -> None:
    # Axis names given as strings make every axis dynamic without demanding that torch.export prove each shape
    # guard for all sizes; the pyramid slice lengths are min/max expressions of L_S that it cannot prove.
    program = torch.onnx.export(module.eval(), args, dynamo=True, dynamic_shapes=dynamic_shapes,
                                input_names=names["inputs"], output_names=names["outputs"],
                                external_data=False, verbose=False)
    program.save(str(path), external_data=False)
    fold_constants(path)
    log.info("exported %s (%d bytes)", path, path.stat().st_size)


def fold_constants(path: Path) -> None:
    """Rewrite an ONNX file with its constant subgraphs folded by ONNX Runtime's basic, provider-independent pass.

    Every NS weight is exported whole, [L_NS, ...], and sliced per token in the graph, so a graph that runs only
    some token positions carries every position's weights. Folding keeps only the slices it uses:
    scenario_scorer.onnx shrinks from 6.8 to 1.8 MB at the shipped size. The folded graph has only standard ONNX
    nodes; the opset imports that ONNX Runtime adds for its own domains are dropped again.
    """
    folded = path.with_suffix(".folded.onnx")
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
    options.optimized_model_filepath = str(folded)
    ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    model = onnx.load(str(folded))
    folded.unlink()
    # Drop the shapes that the pass inferred. One of them claims [..., 1] for a reduction over the S axis, which
    # ONNX Runtime returns as [..., 0] for an empty cache, so a run with an empty cache would fail.
    del model.graph.value_info[:]
    used = {node.domain for node in model.graph.node}
    used_opsets = [opset for opset in model.opset_import if opset.domain in used]
    del model.opset_import[:]
    model.opset_import.extend(used_opsets)
    onnx.save(model, str(path))


def graph_files(model: HashTrans) -> tuple[str, ...]:
    """Return the graph files of a model's bundle.

    A model with a scenario token scores through context.onnx and scenario_scorer.onnx, which give the same outputs
    as scorer.onnx, so its bundle leaves scorer.onnx out (7 MB at the shipped size).
    """
    if model.config.scenario_columns:
        return ENCODER_FILE, ENCODER_STEP_FILE, CONTEXT_FILE, SCENARIO_SCORER_FILE
    return ENCODER_FILE, ENCODER_STEP_FILE, SCORER_FILE


def export_graphs(model: HashTrans, out_dir: Path) -> None:
    """Write the graph_files(model) into out_dir.

    B, L_S, M, N and the cache lengths are dynamic axes.
    """
    model = model.eval()
    n_layers = model.config.n_layers
    io = graph_io(n_layers)
    ex = example_inputs(model)

    with torch.no_grad():
        # Contiguous examples: a transposed view would make the exporter treat the input strides as symbolic.
        cache = tuple(t.contiguous() for t in flatten_cache(model.encode(ex["s_num"], ex["s_type"])))

    _export(EncoderGraph(model), (ex["s_num"], ex["s_type"]),
            ({0: "B", 1: "L_S"}, {0: "B", 1: "L_S"}), io[ENCODER_FILE], out_dir / ENCODER_FILE)
    _export(EncoderStepGraph(model), (ex["new_s_num"], ex["new_s_type"], *cache),
            ({0: "B", 1: "M"}, {0: "B", 1: "M"}, _cache_dims(n_layers, "P")),
            io[ENCODER_STEP_FILE], out_dir / ENCODER_STEP_FILE)
    if not model.config.scenario_columns:
        _export(ScorerGraph(model), (ex["ns_num"], ex["cand_num"], ex["cand_kind"], *cache),
                ({0: "B"}, {0: "B", 1: "N"}, {0: "B", 1: "N"}, _cache_dims(n_layers, "S")),
                io[SCORER_FILE], out_dir / SCORER_FILE)
        return
    with torch.no_grad():
        context = tuple(t.contiguous() for t in flatten_context(
            model.encode_context(model.encode(ex["s_num"], ex["s_type"]), ex["ns_num"])))
    context_dims = tuple({0: "B"} for _ in context)
    _export(ContextGraph(model), (ex["ns_num"], *cache), ({0: "B"}, _cache_dims(n_layers, "S")),
            io[CONTEXT_FILE], out_dir / CONTEXT_FILE)
    _export(ScenarioScorerGraph(model), (ex["ns_num"], ex["cand_num"], ex["cand_kind"], *cache, *context),
            ({0: "B"}, {0: "B", 1: "N"}, {0: "B", 1: "N"}, _cache_dims(n_layers, "S") + context_dims),
            io[SCENARIO_SCORER_FILE], out_dir / SCENARIO_SCORER_FILE)
