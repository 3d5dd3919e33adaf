"""Test fixtures. The synthetic tensors here only exercise shapes, masks and numerics; they are not training data."""

from __future__ import annotations

import pytest
import torch

from hashtrans import HashTrans, HashTransConfig

# Equivalence of two computations of the same value in float32 (different shapes change summation order).
EXACT_TOLERANCE = 1e-5
# ONNX Runtime against PyTorch (different kernels).
ONNX_TOLERANCE = 1e-4


def tiny_config(**overrides) -> HashTransConfig:
    """A small model whose pyramid already drops tokens at short lengths (block 8, min_s 3), with a scenario token
    over ns_num columns 1 and 4 as the shipped model has."""
    values = dict(f_s=5, f_ns=6, f_c=4, n_s_types=4, d_model=16, n_heads=2, n_layers=3, l_ns=4, ns_hidden=16,
                  pyramid_block=8, pyramid_min_s=3, scenario_columns=(1, 4))
    values.update(overrides)
    if values["l_ns"] < 3 and "scenario_columns" not in overrides:
        values["scenario_columns"] = ()  # a scenario token needs one other context token
    return HashTransConfig(**values)


def synthetic_batch(config: HashTransConfig, n_real: list[int], seq_len: int, n_candidates: int = 4,
                    seed: int = 0) -> dict:
    """Random model inputs; row b has n_real[b] real S-tokens at the right end (left padding)."""
    generator = torch.Generator().manual_seed(seed)
    batch = len(n_real)
    s_type = torch.randint(1, config.n_s_types, (batch, seq_len), generator=generator)
    for row, count in enumerate(n_real):
        s_type[row, : seq_len - count] = 0
    s_num = torch.randn(batch, seq_len, config.f_s, generator=generator) * (s_type != 0).unsqueeze(-1)
    cand_kind = torch.randint(1, 5, (batch, n_candidates), generator=generator)
    return {
        "s_num": s_num,
        "s_type": s_type,
        "ns_num": torch.randn(batch, config.f_ns, generator=generator),
        "cand_num": torch.randn(batch, n_candidates, config.f_c, generator=generator),
        "cand_kind": cand_kind,
    }


def take_rows(batch: dict, rows: slice | list[int], trim_to: int | None = None) -> dict:
    """Select rows of a batch; trim_to keeps only the last trim_to S columns (drops left padding)."""
    picked = {key: value[rows] for key, value in batch.items()}
    if trim_to is not None:
        picked["s_num"] = picked["s_num"][:, picked["s_num"].shape[1] - trim_to:]
        picked["s_type"] = picked["s_type"][:, picked["s_type"].shape[1] - trim_to:]
    return picked


@pytest.fixture
def tiny_model() -> HashTrans:
    torch.manual_seed(1)
    return HashTrans(tiny_config()).eval()


def write_synthetic_training_set(folder, n_entities: int = 96, seq_len: int = 24, n_candidates: int = 6,
                                 widths=(5, 6, 4), n_s_types: int = 4, seed: int = 0) -> None:
    """Write .npy files in the export-training-set layout, with labels that depend on the inputs.

    A test fixture only: it checks that training runs and learns something, not what the model learns from the
    tokenizer's real features.
    """
    import json

    import numpy as np

    rng = np.random.default_rng(seed)
    f_s, f_ns, f_c = widths
    n_real = rng.integers(0, seq_len + 1, n_entities)
    n_real[0] = 0  # one entity without telemetry
    s_type = rng.integers(1, n_s_types, (n_entities, seq_len))
    for row, count in enumerate(n_real):
        s_type[row, : seq_len - count] = 0
    s_num = (rng.standard_normal((n_entities, seq_len, f_s)) * (s_type != 0)[..., None]).astype(np.float32)
    ns_num = rng.standard_normal((n_entities, f_ns)).astype(np.float32)
    cand_num = rng.standard_normal((n_entities, n_candidates, f_c)).astype(np.float32)
    cand_kind = np.tile(np.array([1, 2, 2, 3, 4, 0][:n_candidates]), (n_entities, 1))
    cand_num[cand_kind == 0] = 0

    stress = s_num[..., 0].sum(axis=1) / np.sqrt(np.maximum(n_real, 1)) + ns_num[:, 0]
    hazard = 1 / (1 + np.exp(-np.stack([stress - 1, stress], axis=1)))
    value = cand_num[..., 0] + 0.5 * ns_num[:, 1:2]
    value[cand_kind == 0] = np.nan
    profit = np.stack([ns_num[:, 1], 2 * ns_num[:, 1], 4 * ns_num[:, 1]], axis=1) + rng.normal(0, 0.3, (n_entities, 3))
    profit[: n_entities // 4, 2] = np.nan  # worlds too short for the 365-day horizon
    arrays = {
        "s_num": s_num, "s_type": s_type.astype(np.int64), "ns_num": ns_num, "cand_num": cand_num,
        "cand_kind": cand_kind.astype(np.int64),
        "y_fail": (rng.random((n_entities, 2)) < hazard).astype(np.float32),
        "y_hazard": hazard.astype(np.float32),
        "y_value": value.astype(np.float32),
        "y_risk": np.clip(0.5 + 0.2 * cand_num[..., 1], 0, 1).astype(np.float32),
        "y_profit": profit.astype(np.float32),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, array in arrays.items():
        np.save(folder / f"{name}.npy", array)
    (folder / "meta.json").write_text(json.dumps({"feature_spec_version": 0, "synthetic": True}))
