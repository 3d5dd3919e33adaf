"""The "two modules" design that OneTrans replaces: a sequence encoder, then a separate feature-crossing model.

The Transformer encoder reads the S-tokens alone and compresses them into one vector. Only that vector reaches the
DCNv2 crossing model with the NS and candidate features. So, unlike HashTrans, no candidate or context feature can
steer how the history is read.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from models.evaluation.neural.dcn_din import N_CAND_KINDS
from models.evaluation.neural.layers import (DeepCrossNetwork, OutputHeads, ScaledModel, SequenceEmbedding,
                                            masked_mean)


@dataclass(frozen=True)
class TwoModulesConfig:
    f_s: int
    f_ns: int
    f_c: int
    n_s_types: int
    d_model: int = 32
    n_heads: int = 4
    n_layers: int = 2
    n_cross: int = 2
    deep_hidden: int = 128


class SequenceEncoder(nn.Module):
    """Pre-norm Transformer encoder over [summary; S-tokens] -> one history vector [B, 2 D]."""

    def __init__(self, config: TwoModulesConfig) -> None:
        super().__init__()
        d = config.d_model
        self.embed = SequenceEmbedding(config.f_s, config.n_s_types, d)
        self.summary = nn.Parameter(torch.zeros(1, 1, d))
        self.max_positions = 4096
        self.position = nn.Embedding(self.max_positions, d)
        layer = nn.TransformerEncoderLayer(d, config.n_heads, 4 * d, dropout=0.0, batch_first=True, norm_first=True)
        self.encoder = nn.TransformerEncoder(layer, config.n_layers, enable_nested_tensor=False)
        self.norm = nn.LayerNorm(d)

    def forward(self, s_num: torch.Tensor, s_type: torch.Tensor) -> torch.Tensor:
        batch, length = s_type.shape
        if length > self.max_positions:
            raise ValueError(f"L_S={length} exceeds the encoder's {self.max_positions} positions")
        # Positions count back from the newest token, so left padding of any length leaves them unchanged.
        from_end = torch.arange(length - 1, -1, -1, device=s_type.device)
        tokens = self.embed(s_num, s_type) + self.position(from_end)  # [B, L_S, D]
        tokens = torch.cat([self.summary.expand(batch, -1, -1), tokens], dim=1)  # [B, 1 + L_S, D]

        # Every token attends to every real token, both directions; padding is hidden from all. The summary slot
        # is never padding, so a miner without history still has one key and no row of the softmax is empty.
        padding = torch.cat([torch.zeros(batch, 1, dtype=torch.bool, device=s_type.device), s_type == 0], dim=1)
        states = self.norm(self.encoder(tokens, src_key_padding_mask=padding))
        return torch.cat([states[:, 0], masked_mean(states[:, 1:], s_type > 0)], dim=-1)


class TwoModules(ScaledModel):
    def __init__(self, config: TwoModulesConfig) -> None:
        super().__init__()
        d = config.d_model
        self.encoder = SequenceEncoder(config)
        self.context = nn.Sequential(nn.Linear(config.f_ns, d), nn.ReLU())
        self.candidate = nn.Linear(config.f_c, d)
        self.kind = nn.Embedding(N_CAND_KINDS, d, padding_idx=0)
        self.candidate_cross = DeepCrossNetwork(4 * d, d, config.n_cross, config.deep_hidden)
        self.entity_cross = DeepCrossNetwork(3 * d, d, config.n_cross, config.deep_hidden)
        self.heads = OutputHeads(d)

    def forward(self, s_num, s_type, ns_num, cand_num, cand_kind) -> dict[str, torch.Tensor]:
        history = self.encoder(s_num, s_type)  # [B, 2 D], computed once per entity
        context = self.context(ns_num)  # [B, D]
        candidates = self.candidate(cand_num) + self.kind(cand_kind)  # [B, N, D]
        entity_input = torch.cat([context, history], dim=-1)  # [B, 3 D]
        n_cand = candidates.shape[1]
        candidate_input = torch.cat([candidates, entity_input.unsqueeze(1).expand(-1, n_cand, -1)], dim=-1)
        return self.heads(self.candidate_cross(candidate_input), self.entity_cross(entity_input))
