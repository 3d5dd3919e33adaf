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
    """A small model whose pyramid already drops tokens at short lengths (block 8, min_s 3)."""
    values = dict(f_s=5, f_ns=6, f_c=4, n_s_types=4, d_model=16, n_heads=2, n_layers=3, l_ns=4, ns_hidden=16,
                  pyramid_block=8, pyramid_min_s=3)
    values.update(overrides)
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
