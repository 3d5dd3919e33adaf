"""HashTrans from models/training, with the input changes and flags that make its ablations.

The model code is imported, never copied. Ablations are config flags of that model, or an input change where the
model needs none:

- no pyramid: `pyramid_min_s` at least L_S, so every layer keeps every S-token;
- NS only: every S-token replaced by one padding token, so the NS side attends to no history;
- all parameters shared: `shared_params=True`;
- full non-causal attention: `causal=False`, which runs one [S; NS] sequence per candidate.
"""

from __future__ import annotations

import dataclasses

import torch
from torch import nn

import models.evaluation.neural  # noqa: F401  (puts models/training on the import path)
from hashtrans import HashTrans, HashTransConfig
from models.evaluation.neural import TRAINING_DIR


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
    """Return HashTrans's raw heads, after the NS-only input change where asked."""

    def __init__(self, config: HashTransConfig, ns_only: bool = False, model: HashTrans | None = None) -> None:
        """Wrap `model`, or a new HashTrans built from `config` when it is None."""
        super().__init__()
        self.model = model if model is not None else HashTrans(config)
        self.ns_only = ns_only
        self.causal = getattr(config, "causal", True)

    def forward(self, s_num, s_type, ns_num, cand_num, cand_kind) -> dict[str, torch.Tensor]:
        if self.ns_only:
            # One padding token: the model gets an entity without history, as for a miner with no telemetry.
            s_num = s_num.new_zeros(s_num.shape[0], 1, s_num.shape[2])
            s_type = s_type.new_zeros(s_type.shape[0], 1)
        if self.causal:
            return self.model.forward_raw(s_num, s_type, ns_num, cand_num, cand_kind)

        # Without the causal mask every copy of the context has seen its candidate, so the entity heads come per
        # candidate [B, N, ...]; their mean over the N copies, padding slots included, stands for the entity.
        raw = self.model.forward_reference_raw(s_num, s_type, ns_num, cand_num, cand_kind)
        return {**raw, "fail_logit": raw["fail_logit"].mean(dim=1, keepdim=True),
                "profit_z": raw["profit_z"].mean(dim=1, keepdim=True)}

    @property
    def value_mean(self) -> torch.Tensor:
        return self.model.value_mean

    @property
    def value_std(self) -> torch.Tensor:
        return self.model.value_std

    @property
    def profit_mean(self) -> torch.Tensor:
        return self.model.profit_mean

    @property
    def profit_std(self) -> torch.Tensor:
        return self.model.profit_std
