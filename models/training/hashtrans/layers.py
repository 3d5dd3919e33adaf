"""Building blocks: RMSNorm, token-specific linear layers, masked attention and the mixed-parameter block."""

from __future__ import annotations

import math

import torch
from torch import Tensor, nn
from torch.fx.experimental.symbolic_shapes import guard_or_false
from torch.nn import functional as F

from hashtrans.config import HashTransConfig


def rms_normalize(x: Tensor, eps: float, scale: Tensor) -> Tensor:
    """Return x / sqrt(mean(x^2) + eps) * scale over the last axis; scale is 1-D, [D].

    This form, a division followed by a 1-D scale, is the pattern that ONNX Runtime fuses into one
    SimplifiedLayerNormalization node. The form x * rsqrt(...) stays seven separate nodes.
    """
    return x / torch.sqrt(x.pow(2).mean(dim=-1, keepdim=True) + eps) * scale


class RMSNorm(nn.Module):
    """Root-mean-square norm (Zhang and Sennrich, 2019) with one gain vector."""

    def __init__(self, width: int, eps: float) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(width))

    def forward(self, x: Tensor) -> Tensor:
        return rms_normalize(x, self.eps, self.weight)


class TokenRMSNorm(nn.Module):
    """RMSNorm with one gain vector per NS token position, over token-first input [T, M, D]."""

    def __init__(self, n_tokens: int, width: int, eps: float) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(n_tokens, width))
        # A unit 1-D scale lets the normalisation fuse into one ONNX Runtime node, and the per-token gains follow.
        # It is a buffer that is not saved, so checkpoints are unchanged.
        self.register_buffer("unit_scale", torch.ones(width), persistent=False)

    def forward(self, x: Tensor, tokens: slice) -> Tensor:
        # x: [T, M, D] where T = len(tokens), or [M, D] for a single token
        if x.dim() == 2:
            return rms_normalize(x, self.eps, self.weight[tokens.start])
        return rms_normalize(x, self.eps, self.unit_scale) * self.weight[tokens].unsqueeze(1)


class TokenLinear(nn.Module):
    """One linear map per NS token position (the token-specific half of the mixed parameterization).

    Input and output are token-first, [T, M, d], or [M, d] for a single token, so that all T maps run as one
    batched MatMul [T, M, d_in] @ [T, d_in, d_out] with no transposes. The token-last form exported as ONNX Einsum
    nodes plus transposes, which made the exported scorer about 15 % slower in ONNX Runtime 1.30 (single thread,
    B = 1).
    """

    def __init__(self, n_tokens: int, d_in: int, d_out: int) -> None:
        super().__init__()
        bound = 1.0 / math.sqrt(d_in)
        self.weight = nn.Parameter(torch.empty(n_tokens, d_in, d_out).uniform_(-bound, bound))
        self.bias = nn.Parameter(torch.zeros(n_tokens, d_out))

    def forward(self, x: Tensor, tokens: slice) -> Tensor:
        # x: [T, M, d_in] -> [T, M, d_out], token t uses weight[tokens][t]
        if x.dim() == 2:
            # A single token, [M, d_in] -> [M, d_out]: ONNX Runtime fuses this MatMul and Add into one Gemm.
            return x @ self.weight[tokens.start] + self.bias[tokens.start]
        return torch.bmm(x, self.weight[tokens]) + self.bias[tokens].unsqueeze(1)


def split_heads(x: Tensor, n_heads: int) -> Tensor:
    """[..., T, D] -> [..., H, T, Dh]."""
    *lead, t, d = x.shape
    return x.reshape(*lead, t, n_heads, d // n_heads).transpose(-3, -2)


def merge_heads(x: Tensor) -> Tensor:
    """[..., H, T, Dh] -> [..., T, D]."""
    x = x.transpose(-3, -2)
    *lead, t, h, dh = x.shape
    return x.reshape(*lead, t, h * dh)


def split_heads_token_first(x: Tensor, n_heads: int) -> Tensor:
    """Token-first [T, M, D] -> [M, H, T, Dh]."""
    t, m, d = x.shape
    return x.reshape(t, m, n_heads, d // n_heads).permute(1, 2, 0, 3)


def merge_heads_token_first(x: Tensor) -> Tensor:
    """[M, H, T, Dh] -> token-first [T, M, D]."""
    m, h, t, dh = x.shape
    return x.permute(2, 0, 1, 3).reshape(t, m, h * dh)


# exp() in MLAS, the CPU kernel library of ONNX Runtime, runs about 15x slower when its float32 result is subnormal
# or zero, that is for inputs below -87.3 (measured with ONNX Runtime 1.30 on an AVX-512 Xeon). A softmax over
# -inf-masked scores takes that path for its masked entries. So the masked softmax of Stage II never passes such
# inputs to exp: score - max is clipped to [EXP_FLOOR, 0]. A masked entry therefore weighs e^-60 (about 9e-27) of
# its row's largest weight instead of 0, and so does a kept score more than 60 below its row's maximum.
EXP_FLOOR = -60.0


def mask_bias(allowed: Tensor, dtype: torch.dtype) -> Tensor:
    """Return an additive mask on `allowed`'s own (broadcast) shape: 0 where allowed, -inf elsewhere.

    ONNX Runtime 1.30 runs a broadcasting Add over [64, 4, 10, 256] scores in half the time of a broadcasting Where.
    """
    return torch.where(allowed, 0.0, float("-inf")).to(dtype)


def row_max(scores: Tensor) -> Tensor:
    """Return the maximum of each row of masked scores, [..., Q, 1]; -inf for a row with no allowed score."""
    if guard_or_false(scores.shape[-1] == 0):
        # No key columns at all (an empty S cache): torch.amax rejects an empty reduction. Export does not take
        # this branch, since a symbolic size is not known to be 0; see HashTrans._attend_ns for the graph's case.
        return scores.new_full((*scores.shape[:-1], 1), float("-inf"))
    return scores.amax(dim=-1, keepdim=True)


def clipped_exp(scores: Tensor, row_max: Tensor) -> Tensor:
    """Return the unnormalised softmax weights exp(scores - row_max), with the exponent clipped to [EXP_FLOOR, 0].

    Masked scores (-inf) get e^EXP_FLOOR. The upper bound keeps the result finite for a row whose maximum is -inf.
    """
    return torch.exp((scores - row_max).clamp(EXP_FLOOR, 0.0))


def attend(q: Tensor, k: Tensor, v: Tensor, allowed: Tensor) -> Tensor:
    """Scaled dot-product attention; `allowed` (bool, broadcast to [..., Q, K]) says which keys each query sees.

    Every query row must allow at least one key, otherwise its softmax is NaN; callers always allow the query's own
    key (or an NS key), which keeps rows of padding finite.
    """
    # NOTE: the encoder's masks are contiguous (causal, left padding), where ONNX Runtime's softmax over -inf costs
    # less than the extra passes of clipped_exp: at L_S = 2,048 that version was about 13 % slower.
    scores = (q @ k.transpose(-1, -2)) * (1.0 / math.sqrt(q.shape[-1]))
    scores = torch.where(allowed, scores, float("-inf"))
    return torch.softmax(scores, dim=-1) @ v


def causal_s_allowed(n_queries, key_valid: Tensor) -> Tensor:
    """Return the S-to-S mask [B, 1, Q, K] when the queries are the last Q of K key columns.

    Who attends to whom: an S query sees the S keys at or before its own column that are valid (real and kept at
    this layer), and always itself, so a padding query still has one key and stays finite. Padding and dropped
    tokens are never visible to other tokens.
    """
    n_keys = key_valid.shape[1]
    query_cols = torch.arange(n_queries, device=key_valid.device) + (n_keys - n_queries)
    key_cols = torch.arange(n_keys, device=key_valid.device)
    earlier = key_cols.unsqueeze(0) <= query_cols.unsqueeze(1)  # [Q, K]
    itself = key_cols.unsqueeze(0) == query_cols.unsqueeze(1)  # [Q, K]
    return earlier & (key_valid[:, None, None, :] | itself)


class HashTransBlock(nn.Module):
    """One pre-norm Transformer layer with mixed parameters.

    All S-tokens share one QKV, output projection and FFN. Each NS token position (context tokens, then the
    candidate token) has its own. Attention itself is one softmax over [S; NS]; the callers build the masks.
    NS hidden states are token-first, [T, M, D] for the T token positions `tokens` of M sequences.
    """

    def __init__(self, config: HashTransConfig, updates_s: bool = True) -> None:
        """updates_s=False builds the last layer, whose S side only provides K/V (no S query, output or FFN)."""
        super().__init__()
        d, t, f = config.d_model, config.l_ns, config.d_model * config.ffn_mult
        self.n_heads = config.n_heads
        self.shared_params = config.shared_params

        # S side: shared by every S-token (and, with shared_params, by every NS token too).
        self.s_attn_norm = RMSNorm(d, config.norm_eps)
        self.s_kv = nn.Linear(d, 2 * d)
        if updates_s or config.shared_params:
            self.s_q = nn.Linear(d, d)
            self.s_out = nn.Linear(d, d)
            self.s_ffn_norm = RMSNorm(d, config.norm_eps)
            self.s_ffn_in = nn.Linear(d, f)
            self.s_ffn_out = nn.Linear(f, d)

        # NS side: one parameter set per NS token position.
        if config.shared_params:
            return
        self.ns_attn_norm = TokenRMSNorm(t, d, config.norm_eps)
        self.ns_qkv = TokenLinear(t, d, 3 * d)
        self.ns_out = TokenLinear(t, d, d)
        self.ns_ffn_norm = TokenRMSNorm(t, d, config.norm_eps)
        self.ns_ffn_in = TokenLinear(t, d, f)
        self.ns_ffn_out = TokenLinear(t, f, d)

    def s_key_value(self, h: Tensor) -> tuple[Tensor, Tensor]:
        """Return K, V [B, H, L, Dh] of S hidden states h [B, L, D]."""
        k, v = self.s_kv(self.s_attn_norm(h)).split(h.shape[-1], dim=-1)
        return split_heads(k, self.n_heads), split_heads(v, self.n_heads)

    def s_query(self, h: Tensor) -> Tensor:
        """Return Q [B, H, L, Dh] of S hidden states h [B, L, D]."""
        return split_heads(self.s_q(self.s_attn_norm(h)), self.n_heads)

    def s_update(self, h: Tensor, attn: Tensor) -> Tensor:
        """Apply the S output projection and FFN with residuals; attn is the attention output [B, L, D]."""
        h = h + self.s_out(attn)
        return h + self.s_ffn_out(F.gelu(self.s_ffn_in(self.s_ffn_norm(h))))

    def ns_qkv_heads(self, h: Tensor, tokens: slice) -> tuple[Tensor, Tensor, Tensor]:
        """Return Q, K, V [M, H, T, Dh] of NS hidden states h [T, M, D] at token positions `tokens`."""
        return tuple(split_heads_token_first(x, self.n_heads) for x in self.ns_qkv_merged(h, tokens))

    def ns_qkv_merged(self, h: Tensor, tokens: slice) -> tuple[Tensor, Tensor, Tensor]:
        """Return Q, K, V [T, M, D] (heads not split) of NS hidden states h [T, M, D]."""
        q, k, v = self.ns_qkv_joined(h, tokens).split(h.shape[-1], dim=-1)
        return q, k, v

    def ns_qkv_joined(self, h: Tensor, tokens: slice) -> Tensor:
        """Return [Q, K, V] joined on the last axis, [T, M, 3D] (or [M, 3D]), of NS hidden states h [T, M, D]."""
        if self.shared_params:
            normed = self.s_attn_norm(h)
            return torch.cat([self.s_q(normed), self.s_kv(normed)], dim=-1)
        return self.ns_qkv(self.ns_attn_norm(h, tokens), tokens)

    def ns_update(self, h: Tensor, attn: Tensor, tokens: slice) -> Tensor:
        """Apply the token-specific output projection and FFN with residuals to NS hidden states h [T, M, D].

        attn is the attention output with heads merged, [T, M, D].
        """
        if self.shared_params:
            return self.s_update(h, attn)
        h = h + self.ns_out(attn, tokens)
        hidden = F.gelu(self.ns_ffn_in(self.ns_ffn_norm(h, tokens), tokens))
        return h + self.ns_ffn_out(hidden, tokens)
