"""ONNX Runtime against PyTorch on freshly exported graphs of a tiny model."""

import numpy as np
import onnxruntime as ort
import pytest
import torch

from conftest import ONNX_TOLERANCE, synthetic_batch, tiny_config
from hashtrans import HashTrans
from hashtrans.graphs import cache_names, context_names, flatten_cache, flatten_context
from hashtrans.model import OUTPUT_NAMES
from hashtrans.onnx_export import (CONTEXT_FILE, ENCODER_FILE, ENCODER_STEP_FILE, SCENARIO_SCORER_FILE, SCORER_FILE,
                                   export_graphs, graph_files, graph_io)


@pytest.fixture(scope="module", params=["scenario", "legacy"])
def exported(request, tmp_path_factory):
    """A tiny model with a scenario token (context.onnx and scenario_scorer.onnx), and one without (scorer.onnx)."""
    torch.manual_seed(3)
    overrides = {"n_layers": 2} if request.param == "scenario" else {"n_layers": 2, "scenario_columns": ()}
    model = HashTrans(tiny_config(**overrides)).eval()
    out_dir = tmp_path_factory.mktemp("onnx")
    export_graphs(model, out_dir)
    sessions = {name: ort.InferenceSession(str(out_dir / name), providers=["CPUExecutionProvider"])
                for name in graph_files(model)}
    return model, sessions


def run(session, feeds: dict) -> list[np.ndarray]:
    return session.run(None, {key: value.numpy() for key, value in feeds.items()})


def score_onnx(model: HashTrans, sessions: dict, batch: dict, cache: dict) -> list[np.ndarray]:
    """Stage II in ONNX Runtime on a flat S cache: scorer.onnx, or context.onnx then scenario_scorer.onnx."""
    feeds = {**{key: batch[key] for key in ("ns_num", "cand_num", "cand_kind")}, **cache}
    if SCORER_FILE in sessions:
        return run(sessions[SCORER_FILE], feeds)
    context = run(sessions[CONTEXT_FILE], {"ns_num": batch["ns_num"], **cache})
    feeds.update({name: torch.from_numpy(value) for name, value in zip(context_names(model.config.n_layers), context)})
    return run(sessions[SCENARIO_SCORER_FILE], feeds)


def assert_all_close(actual: list[np.ndarray], expected, names: list[str]) -> None:
    for name, got, want in zip(names, actual, expected, strict=True):
        np.testing.assert_allclose(got, want.numpy(), atol=ONNX_TOLERANCE, rtol=0, err_msg=name)


def test_graph_names_match_contract(exported):
    model, sessions = exported
    assert set(sessions) == set(graph_files(model))
    for file_name, names in graph_io(model.config.n_layers).items():
        if file_name not in sessions:
            continue
        assert [i.name for i in sessions[file_name].get_inputs()] == names["inputs"]
        assert [o.name for o in sessions[file_name].get_outputs()] == names["outputs"]


@pytest.mark.parametrize("n_real,seq_len,n_candidates", [([40, 17, 0], 40, 5), ([1], 1, 1), ([90, 3], 90, 2)])
def test_onnx_matches_pytorch(exported, n_real, seq_len, n_candidates):
    model, sessions = exported
    batch = synthetic_batch(model.config, n_real=n_real, seq_len=seq_len, n_candidates=n_candidates, seed=seq_len)
    names = cache_names(model.config.n_layers)
    with torch.no_grad():
        cache = model.encode(batch["s_num"], batch["s_type"])
        outputs = model.score(cache, batch["ns_num"], batch["cand_num"], batch["cand_kind"])
    onnx_cache = run(sessions[ENCODER_FILE], {"s_num": batch["s_num"], "s_type": batch["s_type"]})
    assert_all_close(onnx_cache, flatten_cache(cache), names)

    cache_feeds = {name: torch.from_numpy(value) for name, value in zip(names, onnx_cache)}
    assert_all_close(score_onnx(model, sessions, batch, cache_feeds), [outputs[k] for k in OUTPUT_NAMES],
                     list(OUTPUT_NAMES))


@pytest.mark.parametrize("n_real,seq_len,n_candidates", [([40, 17, 0], 40, 5), ([1], 1, 1)])
def test_onnx_context_matches_pytorch(exported, n_real, seq_len, n_candidates):
    model, sessions = exported
    if not model.config.scenario_columns:
        pytest.skip("a model without a scenario token has no context graph")
    batch = synthetic_batch(model.config, n_real=n_real, seq_len=seq_len, n_candidates=n_candidates, seed=seq_len)
    names = cache_names(model.config.n_layers)
    with torch.no_grad():
        cache = model.encode(batch["s_num"], batch["s_type"])
        context = model.encode_context(cache, batch["ns_num"])
        outputs = model.score(cache, batch["ns_num"], batch["cand_num"], batch["cand_kind"])
    feeds = {name: value.contiguous() for name, value in zip(names, flatten_cache(cache))}
    onnx_context = run(sessions[CONTEXT_FILE], {"ns_num": batch["ns_num"], **feeds})
    assert_all_close(onnx_context, flatten_context(context), context_names(model.config.n_layers))

    feeds.update({key: batch[key] for key in ("ns_num", "cand_num", "cand_kind")})
    feeds.update({name: torch.from_numpy(value) for name, value in
                  zip(context_names(model.config.n_layers), onnx_context)})
    assert_all_close(run(sessions[SCENARIO_SCORER_FILE], feeds), [outputs[k] for k in OUTPUT_NAMES],
                     list(OUTPUT_NAMES))


def test_onnx_step_matches_pytorch(exported):
    model, sessions = exported
    batch = synthetic_batch(model.config, n_real=[20, 11], seq_len=23)
    names = cache_names(model.config.n_layers)
    with torch.no_grad():
        cache = model.encode(batch["s_num"][:, :20], batch["s_type"][:, :20])
        stepped = model.encode_step(cache, batch["s_num"][:, 20:], batch["s_type"][:, 20:])
    feeds = {"s_num": batch["s_num"][:, 20:], "s_type": batch["s_type"][:, 20:]}
    feeds.update({f"past_{name}": value.contiguous() for name, value in zip(names, flatten_cache(cache))})
    assert_all_close(run(sessions[ENCODER_STEP_FILE], feeds), flatten_cache(stepped), names)


def test_onnx_scoring_accepts_empty_cache(exported):
    model, sessions = exported
    config = model.config
    batch = synthetic_batch(config, n_real=[0, 0], seq_len=1, n_candidates=3)
    feeds = {}
    for name in cache_names(config.n_layers):
        shape = (2, 0) if "mask" in name else (2, config.n_heads, 0, config.head_dim)
        feeds[name] = torch.zeros(shape)
    outputs = score_onnx(model, sessions, batch, feeds)
    with torch.no_grad():
        expected = model(**batch)
    for got in outputs:
        assert np.isfinite(got).all()
    assert_all_close(outputs, [expected[k] for k in OUTPUT_NAMES], list(OUTPUT_NAMES))
