"""ONNX Runtime against PyTorch on freshly exported graphs of a tiny model."""

import numpy as np
import onnxruntime as ort
import pytest
import torch

from conftest import ONNX_TOLERANCE, synthetic_batch, tiny_config
from hashtrans import HashTrans
from hashtrans.graphs import cache_names, flatten_cache
from hashtrans.model import OUTPUT_NAMES
from hashtrans.onnx_export import ENCODER_FILE, ENCODER_STEP_FILE, SCORER_FILE, export_graphs, graph_io


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    torch.manual_seed(3)
    model = HashTrans(tiny_config(n_layers=2)).eval()
    out_dir = tmp_path_factory.mktemp("onnx")
    export_graphs(model, out_dir)
    sessions = {name: ort.InferenceSession(str(out_dir / name), providers=["CPUExecutionProvider"])
                for name in (ENCODER_FILE, ENCODER_STEP_FILE, SCORER_FILE)}
    return model, sessions


def run(session, feeds: dict) -> list[np.ndarray]:
    return session.run(None, {key: value.numpy() for key, value in feeds.items()})


def assert_all_close(actual: list[np.ndarray], expected, names: list[str]) -> None:
    for name, got, want in zip(names, actual, expected, strict=True):
        np.testing.assert_allclose(got, want.numpy(), atol=ONNX_TOLERANCE, rtol=0, err_msg=name)


def test_graph_names_match_contract(exported):
    model, sessions = exported
    for file_name, names in graph_io(model.config.n_layers).items():
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

    feeds = {key: batch[key] for key in ("ns_num", "cand_num", "cand_kind")}
    feeds.update({name: torch.from_numpy(value) for name, value in zip(names, onnx_cache)})
    assert_all_close(run(sessions[SCORER_FILE], feeds), [outputs[k] for k in OUTPUT_NAMES], list(OUTPUT_NAMES))


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


def test_onnx_scorer_accepts_empty_cache(exported):
    model, sessions = exported
    config = model.config
    batch = synthetic_batch(config, n_real=[0, 0], seq_len=1, n_candidates=3)
    feeds = {key: batch[key] for key in ("ns_num", "cand_num", "cand_kind")}
    for name in cache_names(config.n_layers):
        shape = (2, 0) if "mask" in name else (2, config.n_heads, 0, config.head_dim)
        feeds[name] = torch.zeros(shape)
    outputs = run(sessions[SCORER_FILE], feeds)
    with torch.no_grad():
        expected = model(**batch)
    for got in outputs:
        assert np.isfinite(got).all()
    assert_all_close(outputs, [expected[k] for k in OUTPUT_NAMES], list(OUTPUT_NAMES))
