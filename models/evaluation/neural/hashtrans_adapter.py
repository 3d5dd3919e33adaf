"""HashTrans from models/training, wrapped to the raw-output layout of the shared training loop.

The model code is imported, never copied: its package `hashtrans` lives in models/training, which this module puts
on the import path. Ablations are config flags of that model, or an input change where the model needs none:

- no pyramid: `pyramid_min_s` at least L_S, so every layer keeps every S-token;
- NS only: every S-token replaced by one padding token, so the NS side attends to no history;
- all parameters shared: `shared_params=True`;
- full non-causal attention: `causal=False`, which runs one [S; NS] sequence per candidate.
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

TRAINING_DIR = Path(__file__).resolve().parents[2] / "training"
if str(TRAINING_DIR) not in sys.path:
    sys.path.insert(0, str(TRAINING_DIR))

from hashtrans import HashTrans, HashTransConfig  # noqa: E402  (needs the path above)

@dataclass(frozen=True)
class Variant:
    """One HashTrans row of the table: a name, config overrides and whether the S-tokens are dropped."""

    name: str
    overrides: dict
    ns_only: bool = False


def build_config(dims: dict, overrides: dict) -> HashTransConfig:
    """Build a HashTransConfig from the tensor widths `dims` and the variant's overrides.

    Raises ValueError naming the flag when the model in models/training does not have it.
    """
    known = {f.name for f in dataclasses.fields(HashTransConfig)}
    missing = sorted(set(overrides) - known)
    if missing:
        raise ValueError(f"HashTransConfig in {TRAINING_DIR} has no field {missing}; add the flag to the model")
    return HashTransConfig(**{**dims, **overrides})


class HashTransAdapter(nn.Module):
    """Map HashTrans's raw heads to {cand_out [B, N, 4], fail_logit [B, 2], profit [B, 3, 3]}."""

    def __init__(self, config: HashTransConfig, ns_only: bool = False) -> None:
        super().__init__()
        self.model = HashTrans(config)
        self.ns_only = ns_only
        self.causal = getattr(config, "causal", True)

    def forward(self, s_num, s_type, ns_num, cand_num, cand_kind) -> dict[str, torch.Tensor]:
        if self.ns_only:
            # One padding token: the model sees an entity without history, as for a miner with no telemetry.
            s_num = s_num.new_zeros(s_num.shape[0], 1, s_num.shape[2])
            s_type = s_type.new_zeros(s_type.shape[0], 1)
        if self.causal:
            raw = self.model.forward_raw(s_num, s_type, ns_num, cand_num, cand_kind)
        else:
            raw = self.model.forward_reference_raw(s_num, s_type, ns_num, cand_num, cand_kind)
        cand_out = torch.stack([raw["site_logit"], raw["policy_z"], raw["config_z"], raw["config_risk_logit"]],
                               dim=-1)  # [B, N, 4]
        # Entity heads have shape [B, 1, ...] on the split path. On the per-candidate path they are [B, N, ...] and
        # every copy has seen its candidate (padding slots included), so the entity output is their mean.
        return {"cand_out": cand_out, "fail_logit": raw["fail_logit"].mean(dim=1),
                "profit": raw["profit_z"].mean(dim=1)}


def tensor_dims(s_num, ns_num, cand_num, n_s_types: int) -> dict:
    return {"f_s": s_num.shape[2], "f_ns": ns_num.shape[1], "f_c": cand_num.shape[2], "n_s_types": n_s_types}
