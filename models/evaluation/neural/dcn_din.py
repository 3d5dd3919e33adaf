"""DCNv2 + DIN baseline: candidate-aware attention pooling of the S-tokens, then deep-and-cross feature crossing.

DIN (Zhou et al., 2018) scores every (candidate, S-token) pair with a small MLP over [q, k, q - k, q * k] and pools
the S-tokens with those weights. DCNv2 (Wang et al., 2021) then crosses the pooled history with the NS and
candidate features.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from models.evaluation.neural.layers import (DeepCrossNetwork, OutputHeads, ScaledModel, SequenceEmbedding,
                                            masked_mean)

N_CAND_KINDS = 5


@dataclass(frozen=True)
class DcnDinConfig:
    f_s: int
    f_ns: int
    f_c: int
    n_s_types: int
    d_model: int = 32
    attention_hidden: int = 32
    n_cross: int = 2
    deep_hidden: int = 128


class DinAttention(nn.Module):
    """Local activation unit: pool keys [B, L, D] once per query [B, Q, D] -> [B, Q, D]."""

    def __init__(self, d_model: int, hidden: int) -> None:
        super().__init__()
        self.score = nn.Sequential(nn.Linear(4 * d_model, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, queries: torch.Tensor, keys: torch.Tensor, key_mask: torch.Tensor) -> torch.Tensor:
        n_queries, length = queries.shape[1], keys.shape[1]
        q = queries.unsqueeze(2).expand(-1, -1, length, -1)  # [B, Q, L, D]
        k = keys.unsqueeze(1).expand(-1, n_queries, -1, -1)  # [B, Q, L, D]
        logits = self.score(torch.cat([q, k, q - k, q * k], dim=-1)).squeeze(-1)  # [B, Q, L]

        # Each query attends to the real S-tokens only; padding gets zero weight. A softmax replaces DIN's raw
        # weights so that histories of different lengths give pooled vectors of one scale.
        logits = logits.masked_fill(~key_mask.unsqueeze(1), float("-inf"))
        weights = torch.nan_to_num(torch.softmax(logits, dim=-1))  # rows with no S-token become all zeros
        return torch.einsum("bql,bld->bqd", weights, keys)


class DcnDin(ScaledModel):
    def __init__(self, config: DcnDinConfig) -> None:
        super().__init__()
        d = config.d_model
        self.sequence = SequenceEmbedding(config.f_s, config.n_s_types, d)
        self.context = nn.Sequential(nn.Linear(config.f_ns, d), nn.ReLU())
        self.candidate = nn.Linear(config.f_c, d)
        self.kind = nn.Embedding(N_CAND_KINDS, d, padding_idx=0)
        self.attention = DinAttention(d, config.attention_hidden)
        self.candidate_cross = DeepCrossNetwork(4 * d, d, config.n_cross, config.deep_hidden)
        self.entity_cross = DeepCrossNetwork(3 * d, d, config.n_cross, config.deep_hidden)
        self.heads = OutputHeads(d)

    def forward(self, s_num, s_type, ns_num, cand_num, cand_kind) -> dict[str, torch.Tensor]:
        tokens = self.sequence(s_num, s_type)  # [B, L_S, D]
        token_mask = s_type > 0
        context = self.context(ns_num)  # [B, D]
        candidates = self.candidate(cand_num) + self.kind(cand_kind)  # [B, N, D]
        history_mean = masked_mean(tokens, token_mask)  # [B, D]

        # Candidate states: history pooled with each candidate as the query, crossed with context and candidate.
        pooled = self.attention(candidates, tokens, token_mask)  # [B, N, D]
        n_cand = candidates.shape[1]
        candidate_input = torch.cat([candidates, pooled, context.unsqueeze(1).expand(-1, n_cand, -1),
                                     history_mean.unsqueeze(1).expand(-1, n_cand, -1)], dim=-1)
        candidate_state = self.candidate_cross(candidate_input)

        # Entity state: history pooled with the context as the query.
        entity_pooled = self.attention(context.unsqueeze(1), tokens, token_mask).squeeze(1)  # [B, D]
        entity_state = self.entity_cross(torch.cat([context, entity_pooled, history_mean], dim=-1))
        return self.heads(candidate_state, entity_state)
