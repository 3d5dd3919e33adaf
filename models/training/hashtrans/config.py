"""The one configuration dataclass that builds the whole model."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

# Candidate kinds written by the tokenizer into cand_kind (see docs/model-io.md).
KIND_PADDING = 0
KIND_PRESET = 1
KIND_SITE = 2
KIND_CONFIG = 3
KIND_POLICY = 4
N_CAND_KINDS = 5

PROFIT_HORIZONS_DAYS = (30, 90, 365)
PROFIT_QUANTILES = (0.1, 0.5, 0.9)
FAIL_HORIZONS_DAYS = (7, 30)


@dataclass(frozen=True)
class HashTransConfig:
    """Model shape. Feature widths come from the tensors the tokenizer exports; the rest sets the model size."""

    f_s: int = 16  # F_S: S-token feature width
    f_ns: int = 32  # F_NS: context NS feature width
    f_c: int = 16  # F_C: candidate feature width
    n_s_types: int = 8  # S event-type vocabulary size, id 0 (padding) included
    d_model: int = 64  # D
    n_heads: int = 4  # H
    n_layers: int = 4
    l_ns: int = 8  # L_NS: (l_ns - 1) context tokens plus one candidate token
    ffn_mult: int = 4
    ns_hidden: int = 128  # hidden width of the auto-split NS tokenizer MLP
    pyramid_block: int = 64  # window anchor: positions from the sequence start in blocks of this many tokens
    pyramid_min_s: int = 8  # S tokens of completed blocks that the last layer keeps
    norm_eps: float = 1e-6
    # Ablation switches for the evaluation; the shipped model keeps the defaults.
    shared_params: bool = False  # True: NS-tokens use the S-tokens' QKV, output and FFN (no mixed parameters)
    causal: bool = True  # False: full attention over [S; NS], which only forward_reference can run

    def __post_init__(self) -> None:
        if self.d_model % self.n_heads != 0:
            raise ValueError(f"d_model={self.d_model} must be a multiple of n_heads={self.n_heads}")
        if self.l_ns < 2:
            raise ValueError(f"l_ns={self.l_ns} must be at least 2 (one context token and the candidate token)")
        if self.n_layers < 1:
            raise ValueError(f"n_layers={self.n_layers} must be at least 1")
        if self.pyramid_block < 1 or self.pyramid_min_s < 0:
            raise ValueError(
                f"pyramid_block={self.pyramid_block} must be >= 1 and pyramid_min_s={self.pyramid_min_s} >= 0")
        for name in ("f_s", "f_ns", "f_c", "n_s_types"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name}={getattr(self, name)} must be at least 1")

    @property
    def head_dim(self) -> int:
        return self.d_model // self.n_heads

    @property
    def n_context(self) -> int:
        return self.l_ns - 1

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, values: dict) -> HashTransConfig:
        known = {field.name for field in dataclasses.fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown HashTransConfig fields {unknown}; known fields are {sorted(known)}")
        return cls(**values)

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_dict(), indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> HashTransConfig:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))
