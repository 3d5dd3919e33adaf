"""The committed bundle: checksums hold, and ONNX Runtime reproduces its golden vectors."""

import json
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest

from hashtrans.bundle import CHECKSUMS_FILE, GOLDEN_DIR, GOLDEN_INDEX, MODEL_CARD_FILE, verify_checksums

BUNDLE_DIR = Path(__file__).resolve().parents[2] / "hashtrans-v1"


def load_golden() -> tuple[dict, bytes]:
    index = json.loads((BUNDLE_DIR / GOLDEN_DIR / GOLDEN_INDEX).read_text(encoding="utf-8"))
    return index, (BUNDLE_DIR / GOLDEN_DIR / index["data_file"]).read_bytes()


def tensor(index: dict, data: bytes, key: str) -> np.ndarray:
    entry = index["tensors"][key]
    dtype = {"float32": "<f4", "int64": "<i8"}[entry["dtype"]]
    raw = data[entry["offset"]: entry["offset"] + entry["bytes"]]
    return np.frombuffer(raw, dtype=dtype).reshape(entry["shape"])


def test_bundle_checksums_match():
    assert (BUNDLE_DIR / CHECKSUMS_FILE).exists()
    assert verify_checksums(BUNDLE_DIR) == []


def test_golden_cases_cover_every_graph():
    index, _ = load_golden()
    names = {case["name"] for case in index["cases"]}
    assert {"encode", "score", "encode_step", "score_after_step"} <= names
    card = json.loads((BUNDLE_DIR / MODEL_CARD_FILE).read_text(encoding="utf-8"))
    assert {case["graph"] for case in index["cases"]} == set(card["graphs"])


@pytest.mark.parametrize("case_name", [case["name"] for case in load_golden()[0]["cases"]])
def test_bundle_reproduces_golden_vectors(case_name):
    index, data = load_golden()
    case = next(case for case in index["cases"] if case["name"] == case_name)
    session = ort.InferenceSession(str(BUNDLE_DIR / case["graph"]), providers=["CPUExecutionProvider"])
    feeds = {name: tensor(index, data, key) for name, key in case["inputs"].items()}
    outputs = session.run(list(case["outputs"]), feeds)
    for (name, key), got in zip(case["outputs"].items(), outputs, strict=True):
        np.testing.assert_allclose(got, tensor(index, data, key), atol=index["tolerance"], rtol=0, err_msg=name)


def test_bundle_config_lists_graph_names():
    document = json.loads((BUNDLE_DIR / MODEL_CARD_FILE).read_text(encoding="utf-8"))
    for file_name, names in document["graphs"].items():
        session = ort.InferenceSession(str(BUNDLE_DIR / file_name), providers=["CPUExecutionProvider"])
        assert [i.name for i in session.get_inputs()] == names["inputs"]
        assert [o.name for o in session.get_outputs()] == names["outputs"]
