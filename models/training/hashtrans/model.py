"""HashTrans: one causal Transformer over [S; NS] with mixed parameters, a pyramid stack and five heads.

The model follows OneTrans (Zhang et al., "OneTrans: Unified Feature Interaction and Sequence Modeling with One
Transformer in Industrial Recommender", arXiv 2510.26104). S-tokens are the event history, NS-tokens are the
context (auto-split from ns_num) followed by one candidate token. Because S-tokens never see NS-tokens and the
candidate token comes last, the model splits into two exact stages:

    encode(s_num, s_type)                  -> per-layer K/V of the kept S-tokens    (once per entity)
    score(cache, ns_num, cand_num, kind)   -> every head for N candidates           (once per request)

With scenario_columns the last context token is a scenario token that alone reads the slider columns, and Stage II
splits once more:

    encode_context(cache, ns_num)                       -> K/V of the other context tokens (once per context)
    score_with_context(cache, context, ns_num, ...)     -> every head                      (once per slider move)

forward_reference runs the same parameters as one sequence per candidate with one mask; tests hold the two
stages to it.
"""

from __future__ import annotations

from typing import NamedTuple

import torch
from torch import Tensor, nn
from torch.nn import functional as F

from hashtrans import pyramid
from hashtrans.config import N_CAND_KINDS, HashTransConfig
from hashtrans.layers import (HashTransBlock, RMSNorm, attend, causal_s_allowed, clipped_exp, mask_bias,
                              merge_heads, merge_heads_token_first, row_max)

OUTPUT_NAMES = ("site_score", "policy_value", "config_value", "config_risk", "fail_prob", "profit_q")


class LayerCache(NamedTuple):
    """K/V of the S-tokens that one layer keeps: k, v [B, H, S_l, Dh]; valid [B, S_l] bool (False = ignore)."""

    k: Tensor
    v: Tensor
    valid: Tensor


class HashTrans(nn.Module):
    def __init__(self, config: HashTransConfig) -> None:
        super().__init__()
        self.config = config
        d = config.d_model

        # S tokenizer: one linear projection per S event type (type 0, padding, has its own and is masked anyway).
        bound = 1.0 / config.f_s**0.5
        self.s_type_weight = nn.Parameter(torch.empty(config.n_s_types, config.f_s, d).uniform_(-bound, bound))
        self.s_type_bias = nn.Parameter(torch.zeros(config.n_s_types, d))

        # Auto-split NS tokenizer: one MLP whose output is cut into the context tokens. With scenario columns, this MLP
        # reads only the other columns and makes every context token but the last. The last, the scenario token, has
        # its own MLP over all of ns_num, so a slider move changes only that token.
        n_split = config.n_context - 1 if config.scenario_columns else config.n_context
        f_split = len(config.base_columns) if config.scenario_columns else config.f_ns
        self.ns_split = nn.Sequential(
            nn.Linear(f_split, config.ns_hidden), nn.GELU(), nn.Linear(config.ns_hidden, n_split * d))
        if config.scenario_columns:
            self.scenario_split = nn.Sequential(
                nn.Linear(config.f_ns, config.ns_hidden), nn.GELU(), nn.Linear(config.ns_hidden, d))
            self.register_buffer("base_columns", torch.tensor(config.base_columns), persistent=False)

        # Candidate token: candidate features plus a learned vector per candidate kind.
        self.cand_proj = nn.Sequential(nn.Linear(config.f_c, d), nn.GELU(), nn.Linear(d, d))
        self.cand_kind_embedding = nn.Embedding(N_CAND_KINDS, d)

        self.blocks = nn.ModuleList(
            HashTransBlock(config, updates_s=layer < config.n_layers - 1) for layer in range(config.n_layers))
        self.final_norm = RMSNorm(d, config.norm_eps)

        # Heads. The candidate token's final state feeds the per-candidate heads; the last context token's final
        # state (it has seen every kept S-token and the whole context) feeds the per-entity heads.
        # NOTE: fail and profit are per entity because they are trained on current-operation labels (y_fail,
        # y_profit); the per-candidate counterfactual labels (y_cand_fail, y_cand_profit) are not used yet.
        self.site_head = nn.Linear(d, 1)
        self.policy_head = nn.Linear(d, 1)
        self.config_head = nn.Linear(d, 2)  # value, risk logit
        self.fail_head = nn.Linear(d, 2)  # 7-day, 30-day logits
        self.profit_head = nn.Linear(d, 9)  # 3 horizons x (P50, log-gap below, log-gap above)

        # Target scales set from the training data, so that outputs are in USD per nominal TH/s.
        self.register_buffer("value_mean", torch.zeros(()))
        self.register_buffer("value_std", torch.ones(()))
        self.register_buffer("profit_mean", torch.zeros(3))
        self.register_buffer("profit_std", torch.ones(3))

    # Tokenizers.

    def embed_s(self, s_num: Tensor, s_type: Tensor) -> Tensor:
        """Project S-tokens [B, L, F_S] with the projection of their type; returns [B, L, D]."""
        n_types = self.config.n_s_types
        projected = torch.einsum("blf,tfd->bltd", s_num, self.s_type_weight) + self.s_type_bias  # [B, L, T, D]
        type_ids = torch.arange(n_types, device=s_type.device)
        one_hot = (s_type.unsqueeze(-1) == type_ids).to(s_num.dtype)  # [B, L, T]
        return (projected * one_hot.unsqueeze(-1)).sum(dim=2)

    def embed_context(self, ns_num: Tensor) -> Tensor:
        """Split the NS MLP output into context tokens: [B, F_NS] -> [B, C, D] with C = L_NS - 1."""
        if not self.config.scenario_columns:
            return self.ns_split(ns_num).reshape(ns_num.shape[0], self.config.n_context, self.config.d_model)
        return torch.cat([self.embed_cached_context(ns_num), self.embed_scenario(ns_num).unsqueeze(1)], dim=1)

    def embed_cached_context(self, ns_num: Tensor) -> Tensor:
        """Embed the context tokens before the scenario token: [B, F_NS] -> [B, C - 1, D], non-scenario columns only."""
        base = ns_num.index_select(1, self.base_columns)
        return self.ns_split(base).reshape(ns_num.shape[0], self.config.n_cached_context, self.config.d_model)

    def embed_scenario(self, ns_num: Tensor) -> Tensor:
        """Embed the scenario token: [B, F_NS] -> [B, D]."""
        return self.scenario_split(ns_num)

    def embed_candidates(self, cand_num: Tensor, cand_kind: Tensor) -> Tensor:
        """Candidate tokens: [B, N, F_C], [B, N] -> [B, N, D]."""
        return self.cand_proj(cand_num) + self.cand_kind_embedding(cand_kind)

    # Stage I: S side.

    def encode(self, s_num: Tensor, s_type: Tensor) -> list[LayerCache]:
        """Run the S side over left-padded S-tokens and return each layer's K/V of its kept S-tokens.

        Layer l works on the last slice_length(L_S, l) columns; rows keep fewer tokens through `valid`. The last
        layer computes only K/V: no S query or FFN runs there, since nothing reads those states.
        """
        config = self.config
        if not config.causal:
            raise ValueError("encode() needs causal=True: with full attention S-tokens depend on the candidate; "
                             "use forward_reference")
        real = s_type != 0  # [B, L_S]
        h = self.embed_s(s_num, s_type)  # [B, L_S, D]
        seq_len = s_type.shape[1]
        cache: list[LayerCache] = []

        for layer, block in enumerate(self.blocks):
            width = h.shape[1]
            valid = pyramid.kept_mask(real, layer, config).narrow(1, seq_len - width, width)  # [B, width]
            k, v = block.s_key_value(h)  # [B, H, width, Dh]
            cache.append(LayerCache(k, v, valid))
            if layer == config.n_layers - 1:
                break

            # Only the columns that the next layer may keep become queries (the pyramid).
            n_queries = pyramid.slice_length(seq_len, layer + 1, config)
            h_query = h.narrow(1, width - n_queries, n_queries)  # [B, n_queries, D]
            q = block.s_query(h_query)
            # S query -> earlier valid S keys and itself (causal_s_allowed); S never sees NS.
            attn = attend(q, k, v, causal_s_allowed(n_queries, valid))
            h = block.s_update(h_query, merge_heads(attn))
        return cache

    def encode_step(self, past: list[LayerCache], s_num: Tensor, s_type: Tensor) -> list[LayerCache]:
        """Append new S-tokens [B, M, F_S] to a cache and return the updated cache.

        K/V are computed for the new tokens only. This equals encode() over the whole sequence when the append
        stays inside the window anchor's block (pyramid.can_append): then every new token is kept at every layer
        and no earlier token's membership changes.
        """
        real = s_type != 0  # [B, M]
        h = self.embed_s(s_num, s_type)  # [B, M, D]
        n_new = s_type.shape[1]
        cache: list[LayerCache] = []

        for layer, block in enumerate(self.blocks):
            k_new, v_new = block.s_key_value(h)  # [B, H, M, Dh]
            k = torch.cat([past[layer].k, k_new], dim=2)
            v = torch.cat([past[layer].v, v_new], dim=2)
            valid = torch.cat([past[layer].valid, real], dim=1)  # [B, P_l + M]
            cache.append(LayerCache(k, v, valid))
            if layer == self.config.n_layers - 1:
                break

            # New S query -> valid cached keys, earlier valid new keys and itself.
            attn = attend(block.s_query(h), k, v, causal_s_allowed(n_new, valid))
            h = block.s_update(h, merge_heads(attn))
        return cache

    # Stage II: NS side.

    def score_raw(self, cache: list[LayerCache], ns_num: Tensor, cand_num: Tensor, cand_kind: Tensor) -> dict:
        """Run the NS side for N candidates against an S cache and return the heads' raw outputs.

        The context tokens do not depend on the candidate (they come before it), so they run once per entity;
        only the candidate token runs per candidate. S K/V are shared by all N candidates without copies.
        """
        config = self.config
        n_ctx, d = config.n_context, config.d_model
        ctx_tokens, cand_token = slice(0, n_ctx), slice(n_ctx, n_ctx + 1)
        b, n_cand = cand_kind.shape
        ctx = self.embed_context(ns_num).transpose(0, 1)  # token-first [C, B, D]
        # The candidate token is one token position, so its states are [N*B, D], candidate-major: token-first,
        # they are [N, B, D] and line up after the context's [C, B, D].
        cand = self.embed_candidates(cand_num, cand_kind).transpose(0, 1).reshape(n_cand * b, d)
        ns_allowed = self._ns_allowed(n_ctx, n_cand, ns_num.device)  # [C + N, C + N], the same at every layer

        for layer, block in enumerate(self.blocks):
            qkv = torch.cat([block.ns_qkv_joined(ctx, ctx_tokens),
                             block.ns_qkv_joined(cand, cand_token).reshape(n_cand, b, 3 * d)])  # [C + N, B, 3D]
            # [C + N, B, 3H, Dh] -> [B, 3H, C + N, Dh], cut into Q, K, V [B, H, C + N, Dh].
            q, k, v = qkv.reshape(n_ctx + n_cand, b, 3 * config.n_heads, config.head_dim).permute(
                1, 2, 0, 3).split(config.n_heads, dim=1)
            last = layer == config.n_layers - 1
            first = n_ctx - 1 if last else 0  # the first context row that queries
            if last:
                # Only the last context token feeds a head. The others give their last-layer K/V and nothing
                # else, so their queries, output projection and FFN are left out here.
                q = q[:, :, first:]
            # NS rows are [context rows; candidates], keys [context; candidates].
            attn = self._attend_ns((q, k, v), ns_allowed[first:] if last else ns_allowed, cache[layer])
            out = attn.permute(2, 0, 1, 3).reshape(n_ctx - first + n_cand, b, d)  # token-first, heads merged

            if last:
                ctx = block.ns_update(ctx[first], out[0], slice(first, n_ctx))  # [B, D]
            else:
                ctx = block.ns_update(ctx, out[:n_ctx], ctx_tokens)
            cand = block.ns_update(cand, out[n_ctx - first:].reshape(n_cand * b, d), cand_token)

        entity_state = self.final_norm(ctx).unsqueeze(1)  # [B, 1, D]
        cand_state = self.final_norm(cand.reshape(n_cand, b, d).transpose(0, 1))  # [B, N, D]
        return self._heads(entity_state, cand_state)

    # Stage II with the context cached: for a model with a scenario token.

    def encode_context(self, cache: list[LayerCache], ns_num: Tensor) -> list[tuple[Tensor, Tensor]]:
        """Return each layer's K/V [B, H, C - 1, Dh] of the context tokens before the scenario token.

        These tokens attend to the S cache and to each other, never to the scenario token or a candidate. So they
        depend only on the S-tokens and the non-scenario ns_num columns, and score_with_context reuses them for every
        slider state.
        """
        config = self.config
        if not config.scenario_columns:
            raise ValueError("encode_context needs a model with scenario_columns; this config has none")
        n_base, d = config.n_cached_context, config.d_model
        tokens = slice(0, n_base)
        ctx = self.embed_cached_context(ns_num).transpose(0, 1)  # token-first [C - 1, B, D]
        allowed = torch.ones(n_base, n_base, dtype=torch.bool, device=ns_num.device).tril()
        b = ns_num.shape[0]
        context_kv = []
        for layer, block in enumerate(self.blocks):
            q, k, v = block.ns_qkv_joined(ctx, tokens).reshape(n_base, b, 3 * config.n_heads, config.head_dim).permute(
                1, 2, 0, 3).split(config.n_heads, dim=1)  # [B, H, C - 1, Dh] each
            context_kv.append((k, v))
            if layer == config.n_layers - 1:
                break
            attn = self._attend_ns((q, k, v), allowed, cache[layer])
            ctx = block.ns_update(ctx, attn.permute(2, 0, 1, 3).reshape(n_base, b, d), tokens)
        return context_kv

    def score_with_context_raw(self, cache: list[LayerCache], context_kv: list[tuple[Tensor, Tensor]],
                               ns_num: Tensor, cand_num: Tensor, cand_kind: Tensor) -> dict:
        """Score like score_raw, with the first C - 1 context tokens' K/V taken from encode_context.

        Only the scenario token and the candidate tokens run: rows [scenario; candidates], keys [S; cached context;
        scenario; candidates]. The result equals score_raw's.
        """
        config = self.config
        n_ctx, d = config.n_context, config.d_model
        scenario_token, cand_token = slice(n_ctx - 1, n_ctx), slice(n_ctx, n_ctx + 1)
        b, n_cand = cand_kind.shape
        scenario = self.embed_scenario(ns_num)  # [B, D]
        cand = self.embed_candidates(cand_num, cand_kind).transpose(0, 1).reshape(n_cand * b, d)
        # Row 0, the scenario token, attends to the cached context and itself. Row 1 + n, candidate n, attends to the
        # cached context, the scenario token and itself.
        rows = torch.arange(1 + n_cand, device=ns_num.device).unsqueeze(1)
        keys = torch.arange(n_ctx + n_cand, device=ns_num.device).unsqueeze(0)
        allowed = (keys < n_ctx) | (keys == rows + n_ctx - 1)  # [1 + N, C + N]

        for layer, block in enumerate(self.blocks):
            qkv = torch.cat([block.ns_qkv_joined(scenario, scenario_token).unsqueeze(0),
                             block.ns_qkv_joined(cand, cand_token).reshape(n_cand, b, 3 * d)])  # [1 + N, B, 3D]
            q, k, v = qkv.reshape(1 + n_cand, b, 3 * config.n_heads, config.head_dim).permute(1, 2, 0, 3).split(
                config.n_heads, dim=1)  # [B, H, 1 + N, Dh] each
            cached_k, cached_v = context_kv[layer]
            k = torch.cat([cached_k, k], dim=2)
            v = torch.cat([cached_v, v], dim=2)
            out = self._attend_ns((q, k, v), allowed, cache[layer]).permute(2, 0, 1, 3).reshape(1 + n_cand, b, d)
            scenario = block.ns_update(scenario, out[0], scenario_token)
            cand = block.ns_update(cand, out[1:].reshape(n_cand * b, d), cand_token)

        entity_state = self.final_norm(scenario).unsqueeze(1)  # [B, 1, D]
        cand_state = self.final_norm(cand.reshape(n_cand, b, d).transpose(0, 1))  # [B, N, D]
        return self._heads(entity_state, cand_state)

    def score_with_context(self, cache: list[LayerCache], context_kv: list[tuple[Tensor, Tensor]], ns_num: Tensor,
                           cand_num: Tensor, cand_kind: Tensor) -> dict:
        raw = self.score_with_context_raw(cache, context_kv, ns_num, cand_num, cand_kind)
        return self.outputs_from_raw(raw, cand_kind.shape[1])

    @staticmethod
    def _ns_allowed(n_ctx, n_cand, device: torch.device) -> Tensor:
        """Return which NS keys each NS row sees, [C + N, C + N] bool, rows and keys ordered [context; candidates].

        Context row i -> context keys 0..i (never a candidate). Candidate row C + n -> every context key and its own
        key, never another candidate's, so each candidate is scored as if it were alone.

        NOTE: the masked candidate-to-candidate scores are still computed, N^2 per head and layer. At N = 100 that
        is 10 % (L_S = 1,024) to 16 % (L_S = 256) more multiply-adds in Stage II than the model needs, yet the
        scorer measured within 2 % of a version with a separate own-key column, which needed more graph nodes.
        """
        rows = torch.arange(n_ctx + n_cand, device=device).unsqueeze(1)  # [C + N, 1]
        keys = torch.arange(n_ctx + n_cand, device=device).unsqueeze(0)  # [1, C + N]
        return ((keys < n_ctx) & (keys <= rows)) | (keys == rows)

    @staticmethod
    def _attend_ns(ns_qkv: tuple, ns_allowed: Tensor, s_side: tuple) -> Tensor:
        """Attend the NS rows [context; candidates] of one layer over [S; NS] with one softmax per row.

        ns_qkv contains the NS rows' Q, K, V [B, H, C + N, Dh]. Every row sees every valid S key; ns_allowed says which
        NS keys it sees. One MatMul per key group serves all rows, and the cached S K/V are read in place (no
        per-call copy). Returns [B, H, C + N, Dh].
        """
        q, k_ns, v_ns = ns_qkv
        k_s, v_s, valid_s = s_side
        # Scaling Q instead of the scores changes only float32 rounding. With Dh a power of 4 (16 in the shipped
        # config) the scale is a power of 2, and both orders give the same bits.
        q = q * (1.0 / q.shape[-1] ** 0.5)

        # Masked scores are -inf (additive masks).
        scores_s = q @ k_s.transpose(-1, -2) + mask_bias(valid_s[:, None, None, :], q.dtype)  # [B, H, C + N, S]
        scores_ns = q @ k_ns.transpose(-1, -2) + mask_bias(ns_allowed, q.dtype)  # [B, H, C + N, C + N]

        # One softmax over [S; NS] per row, from the two groups' row maxima and sums. They are concatenated
        # before the final max and sum because ONNX Runtime 1.30 returns a [..., 0] array, not [..., 1], when a
        # reduction's axis is empty, as it is for an empty S cache (S = 0).
        top = torch.cat([row_max(scores_s), row_max(scores_ns)], dim=-1).amax(dim=-1, keepdim=True)  # [B, H, C + N, 1]
        weights_s = clipped_exp(scores_s, top)  # [B, H, C + N, S]
        weights_ns = clipped_exp(scores_ns, top)  # [B, H, C + N, C + N]
        total = torch.cat([weights_s.sum(dim=-1, keepdim=True), weights_ns.sum(dim=-1, keepdim=True)],
                          dim=-1).sum(dim=-1, keepdim=True)  # [B, H, C + N, 1]
        return (weights_s @ v_s + weights_ns @ v_ns) / total

    def _heads(self, entity_state: Tensor, cand_state: Tensor) -> dict:
        """Raw head outputs; entity_state is [B, 1 or N, D], cand_state [B, N, D]."""
        config_out = self.config_head(cand_state)
        profit = self.profit_head(entity_state).unflatten(-1, (3, 3))  # [B, *, horizon, 3]
        # Quantiles are ordered by construction: P10 = P50 - softplus(.), P90 = P50 + softplus(.).
        p50 = profit[..., 0]
        profit_q = torch.stack(
            [p50 - F.softplus(profit[..., 1]), p50, p50 + F.softplus(profit[..., 2])], dim=-1)
        return {
            "site_logit": self.site_head(cand_state).squeeze(-1),  # [B, N]
            "policy_z": self.policy_head(cand_state).squeeze(-1),  # [B, N], standardised value
            "config_z": config_out[..., 0],  # [B, N], standardised value
            "config_risk_logit": config_out[..., 1],  # [B, N]
            "fail_logit": self.fail_head(entity_state),  # [B, *, 2]
            "profit_z": profit_q,  # [B, *, 3, 3], standardised per horizon
        }

    def outputs_from_raw(self, raw: dict, n_candidates) -> dict:
        """Turn raw head outputs into the exported outputs (units restored, per candidate)."""
        site = raw["site_logit"]
        b = site.shape[0]
        fail = torch.sigmoid(raw["fail_logit"]).expand(b, n_candidates, 2)
        profit = raw["profit_z"] * self.profit_std[:, None] + self.profit_mean[:, None]
        return {
            "site_score": site,
            "policy_value": raw["policy_z"] * self.value_std + self.value_mean,
            "config_value": raw["config_z"] * self.value_std + self.value_mean,
            "config_risk": torch.sigmoid(raw["config_risk_logit"]),
            "fail_prob": fail,
            "profit_q": profit.expand(b, n_candidates, 3, 3),
        }

    def score(self, cache: list[LayerCache], ns_num: Tensor, cand_num: Tensor, cand_kind: Tensor) -> dict:
        return self.outputs_from_raw(self.score_raw(cache, ns_num, cand_num, cand_kind), cand_kind.shape[1])

    def forward_raw(self, s_num: Tensor, s_type: Tensor, ns_num: Tensor, cand_num: Tensor,
                    cand_kind: Tensor) -> dict:
        return self.score_raw(self.encode(s_num, s_type), ns_num, cand_num, cand_kind)

    def forward(self, s_num: Tensor, s_type: Tensor, ns_num: Tensor, cand_num: Tensor, cand_kind: Tensor) -> dict:
        return self.score(self.encode(s_num, s_type), ns_num, cand_num, cand_kind)

    # Reference: one sequence per candidate, one mask.

    def forward_reference(self, s_num: Tensor, s_type: Tensor, ns_num: Tensor, cand_num: Tensor,
                          cand_kind: Tensor) -> dict:
        """Run [S; context; candidate] as one sequence per candidate with a single causal mask per layer.

        This is the plain OneTrans forward pass, with no cache and no sharing across candidates. It is slow and
        exists to check encode() + score(): both must return the same outputs.
        """
        return self.outputs_from_raw(self.forward_reference_raw(s_num, s_type, ns_num, cand_num, cand_kind),
                                     cand_kind.shape[1])

    def forward_reference_raw(self, s_num: Tensor, s_type: Tensor, ns_num: Tensor, cand_num: Tensor,
                              cand_kind: Tensor) -> dict:
        """Return forward_reference's raw head outputs; the entity heads are per candidate, [B, N, ...].

        With causal=False (an ablation) the masks allow every real key instead, in both directions.
        """
        config = self.config
        b, seq_len = s_type.shape
        n_cand, n_ctx, l_ns = cand_kind.shape[1], config.n_context, config.l_ns

        # One sequence per (entity, candidate): [B * N, L_S] S-tokens and [B * N, L_NS] NS-tokens.
        real = (s_type != 0).repeat_interleave(n_cand, dim=0)
        h_s = self.embed_s(s_num, s_type).repeat_interleave(n_cand, dim=0)  # [B*N, L_S, D]
        ctx = self.embed_context(ns_num).unsqueeze(1).expand(b, n_cand, n_ctx, config.d_model)
        cand = self.embed_candidates(cand_num, cand_kind).unsqueeze(2)  # [B, N, 1, D]
        h_ns = torch.cat([ctx, cand], dim=2).reshape(b * n_cand, l_ns, config.d_model)  # [B*N, L_NS, D]
        h_ns = h_ns.transpose(0, 1)  # token-first [L_NS, B*N, D]
        ns_causal = torch.ones(l_ns, l_ns, dtype=torch.bool).tril()

        for layer, block in enumerate(self.blocks):
            width = h_s.shape[1]
            valid = pyramid.kept_mask(real, layer, config).narrow(1, seq_len - width, width)  # [B*N, width]
            last = layer == config.n_layers - 1
            n_queries = 0 if last else pyramid.slice_length(seq_len, layer + 1, config)
            h_query = h_s.narrow(1, width - n_queries, n_queries)

            # Q/K/V: shared weights for S-tokens, token-specific weights for NS-tokens.
            k_s, v_s = block.s_key_value(h_s)
            q_ns, k_ns, v_ns = block.ns_qkv_heads(h_ns, slice(0, l_ns))
            # The last layer has no S queries (and no S query weights).
            q_s = q_ns[:, :, :0] if last else block.s_query(h_query)
            q = torch.cat([q_s, q_ns], dim=2)
            k = torch.cat([k_s, k_ns], dim=2)
            v = torch.cat([v_s, v_ns], dim=2)

            # One mask over [S; NS] (rows: S queries then NS queries; columns: S keys then NS keys).
            # S query -> earlier valid S keys and itself; never an NS key.
            s_rows = torch.cat([causal_s_allowed(n_queries, valid),
                                torch.zeros(b * n_cand, 1, n_queries, l_ns, dtype=torch.bool)], dim=-1)
            # NS query i -> every valid S key, and NS keys 0..i.
            ns_rows = torch.cat([valid[:, None, None, :].expand(-1, 1, l_ns, width),
                                 ns_causal.expand(b * n_cand, 1, l_ns, l_ns)], dim=-1)
            if not config.causal:
                # Ablation: every query -> every valid S key and every NS key, earlier or later.
                all_keys = torch.cat([valid[:, None, None, :], torch.ones(b * n_cand, 1, 1, l_ns, dtype=torch.bool)],
                                     dim=-1)
                s_rows = all_keys.expand(-1, 1, n_queries, -1) | s_rows
                ns_rows = all_keys.expand(-1, 1, l_ns, -1)
            out = attend(q, k, v, torch.cat([s_rows, ns_rows], dim=2))  # [B*N, H, n_queries + L_NS, Dh]

            h_ns = block.ns_update(h_ns, merge_heads_token_first(out[:, :, n_queries:]), slice(0, l_ns))
            if not last:
                h_s = block.s_update(h_query, merge_heads(out[:, :, :n_queries]))

        h_ns = h_ns.reshape(l_ns, b, n_cand, config.d_model)
        return self._heads(self.final_norm(h_ns[n_ctx - 1]), self.final_norm(h_ns[n_ctx]))
