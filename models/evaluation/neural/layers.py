"""Building blocks shared by the PyTorch baselines: embeddings, masked pooling, DCNv2 cross layers, output heads."""

from __future__ import annotations

import torch
from torch import nn

# Columns of the per-candidate head output `cand_out [B, N, CAND_OUTPUTS]`.
CAND_SITE, CAND_POLICY, CAND_CONFIG_VALUE, CAND_CONFIG_RISK = range(4)
CAND_OUTPUTS = 4


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
    """Map candidate states [B, N, D] and entity states [B, D] to the raw outputs the shared loss expects.

    Outputs are in normalised label units: `cand_out` (site score, policy value, config value, config-risk logit),
    `fail_logit [B, 2]`, and `profit [B, 3, 3]` quantiles kept ordered by adding softplus gaps around P50.
    """

    def __init__(self, d_model: int) -> None:
        super().__init__()
        self.candidate = nn.Linear(d_model, CAND_OUTPUTS)
        self.fail = nn.Linear(d_model, 2)
        self.profit = nn.Linear(d_model, 9)

    def forward(self, candidate_state: torch.Tensor, entity_state: torch.Tensor) -> dict[str, torch.Tensor]:
        raw = self.profit(entity_state).view(-1, 3, 3)  # [B, horizon, (P50, low gap, high gap)]
        median = raw[..., 0]
        low = median - nn.functional.softplus(raw[..., 1])
        high = median + nn.functional.softplus(raw[..., 2])
        return {
            "cand_out": self.candidate(candidate_state),
            "fail_logit": self.fail(entity_state),
            "profit": torch.stack([low, median, high], dim=-1),
        }
