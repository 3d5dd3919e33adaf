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
    # ns_num columns that the app's sliders set (the feature spec's "scenario" group). When given, the last context
    # token is the scenario token: it alone reads these columns, so the other context tokens' K/V can be cached
    # across slider moves like the S side's. Empty: one MLP over all of ns_num feeds every context token.
    scenario_columns: tuple[int, ...] = ()
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
        object.__setattr__(self, "scenario_columns", tuple(int(c) for c in self.scenario_columns))
        columns = self.scenario_columns
        if columns and (len(set(columns)) != len(columns) or min(columns) < 0 or max(columns) >= self.f_ns):
            raise ValueError(f"scenario_columns={list(columns)} must be distinct ns_num columns in 0..{self.f_ns - 1}")
        if columns and (self.l_ns < 3 or len(columns) == self.f_ns):
            raise ValueError(f"a scenario token needs l_ns >= 3 (got {self.l_ns}) and at least one other ns_num "
                             f"column (got {len(columns)} of {self.f_ns})")
        for name in ("f_s", "f_ns", "f_c", "n_s_types"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name}={getattr(self, name)} must be at least 1")

    @property
    def head_dim(self) -> int:
        return self.d_model // self.n_heads

    @property
    def n_context(self) -> int:
        return self.l_ns - 1

    @property
    def n_cached_context(self) -> int:
        """Context tokens before the scenario token, whose K/V a slider move can reuse; 0 without one."""
        return self.n_context - 1 if self.scenario_columns else 0

    @property
    def base_columns(self) -> tuple[int, ...]:
        """ns_num columns outside scenario_columns, in order."""
        scenario = set(self.scenario_columns)
        return tuple(c for c in range(self.f_ns) if c not in scenario)

    def to_dict(self) -> dict:
        values = dataclasses.asdict(self)
        values["scenario_columns"] = list(self.scenario_columns)
        return values

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
