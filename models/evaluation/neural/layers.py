"""Building blocks shared by the PyTorch baselines: embeddings, masked pooling, DCNv2 cross layers, output heads."""

from __future__ import annotations

import torch
from torch import nn

class SequenceEmbedding(nn.Module):
    """Project S-token features and add an event-type embedding: [B, L_S, F_S] + [B, L_S] -> [B, L_S, D]."""

    def __init__(self, f_s: int, n_types: int, d_model: int) -> None:
        super().__init__()
        self.project = nn.Linear(f_s, d_model)
        self.type_embedding = nn.Embedding(n_types, d_model, padding_idx=0)

    def forward(self, s_num: torch.Tensor, s_type: torch.Tensor) -> torch.Tensor:
        return self.project(s_num) + self.type_embedding(s_type)


def masked_mean(values: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Average `values [B, L, D]` over positions where `mask [B, L]` is true; all-masked rows give zeros."""
    weights = mask.unsqueeze(-1).to(values.dtype)
    return (values * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1.0)


class CrossNetwork(nn.Module):
    """DCNv2 cross layers, x_{l+1} = x_0 * (W_l x_l + b_l) + x_l, with full-rank W_l (Wang et al., 2021)."""

    def __init__(self, width: int, n_layers: int) -> None:
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(width, width) for _ in range(n_layers))

    def forward(self, x0: torch.Tensor) -> torch.Tensor:
        x = x0
        for layer in self.layers:
            x = x0 * layer(x) + x
        return x


class DeepCrossNetwork(nn.Module):
    """DCNv2 in the parallel form: a cross network and an MLP over the same input, concatenated, then projected."""

    def __init__(self, in_width: int, out_width: int, n_cross: int = 2, hidden: int = 128) -> None:
        super().__init__()
        self.cross = CrossNetwork(in_width, n_cross)
        self.deep = nn.Sequential(nn.Linear(in_width, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU())
        self.out = nn.Sequential(nn.Linear(in_width + hidden, out_width), nn.ReLU())
        self.norm = nn.LayerNorm(in_width)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.norm(x)
        return self.out(torch.cat([self.cross(x), self.deep(x)], dim=-1))


class OutputHeads(nn.Module):
    """Map candidate states [B, N, D] and entity states [B, D] to HashTrans's raw head layout.

    The keys and shapes are those of `HashTrans._heads` in models/training, so the product's loss trains every
    model: site_logit, policy_z, config_z, config_risk_logit [B, N]; fail_logit [B, 1, 2]; profit_z [B, 1, 3, 3]
    (standardised, quantiles kept ordered by softplus gaps around P50). The target scales are buffers, set from
    the training labels as HashTrans sets its own.
    """

    def __init__(self, d_model: int) -> None:
        super().__init__()
        self.candidate = nn.Linear(d_model, 4)  # site, policy value, config value, config-risk logit
        self.fail = nn.Linear(d_model, 2)
        self.profit = nn.Linear(d_model, 9)
        self.register_buffer("value_mean", torch.zeros(()))
        self.register_buffer("value_std", torch.ones(()))
        self.register_buffer("profit_mean", torch.zeros(3))
        self.register_buffer("profit_std", torch.ones(3))

    def forward(self, candidate_state: torch.Tensor, entity_state: torch.Tensor) -> dict[str, torch.Tensor]:
        candidate = self.candidate(candidate_state)  # [B, N, 4]
        raw = self.profit(entity_state).view(-1, 1, 3, 3)  # [B, 1, horizon, (P50, low gap, high gap)]
        median = raw[..., 0]
        low = median - nn.functional.softplus(raw[..., 1])
        high = median + nn.functional.softplus(raw[..., 2])
        return {
            "site_logit": candidate[..., 0],
            "policy_z": candidate[..., 1],
            "config_z": candidate[..., 2],
            "config_risk_logit": candidate[..., 3],
            "fail_logit": self.fail(entity_state).unsqueeze(1),
            "profit_z": torch.stack([low, median, high], dim=-1),
        }


class ScaledModel(nn.Module):
    """Base of the baselines: exposes the heads' target scales under the names the HashTrans loss reads."""

    heads: OutputHeads

    @property
    def value_mean(self) -> torch.Tensor:
        return self.heads.value_mean

    @property
    def value_std(self) -> torch.Tensor:
        return self.heads.value_std

    @property
    def profit_mean(self) -> torch.Tensor:
        return self.heads.profit_mean

    @property
    def profit_std(self) -> torch.Tensor:
        return self.heads.profit_std
