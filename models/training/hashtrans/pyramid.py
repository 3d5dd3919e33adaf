"""Pyramid window rule: which S-tokens each layer keeps.

Positions count real S-tokens from the sequence start (the first real token is position 0), so left padding and
batch composition never change them. With n real tokens, the anchor is A = floor(n / block) * block, the length of
the completed blocks. Layer l keeps the positions p >= start_l, where

    start_l = floor(l * max(A - min_s, 0) / (n_layers - 1))        (start_0 = 0: layer 0 keeps every token)

so the kept count shrinks linearly from n at layer 0 to min_s + (n - A) at the last layer. Every token of the open
block (p >= A) is kept at every layer. start_l depends only on A, so appending tokens without crossing a block
boundary changes no earlier token's state: the new tokens' K/V can be computed alone. Crossing a boundary moves A
and needs a full re-encode.
"""

from __future__ import annotations

import torch
from torch import Tensor

from hashtrans.config import HashTransConfig


def window_anchor(n_real: Tensor | int, config: HashTransConfig) -> Tensor | int:
    """Return A, the number of real tokens in completed blocks."""
    return (n_real // config.pyramid_block) * config.pyramid_block


def kept_start(n_real: Tensor, layer: int, config: HashTransConfig) -> Tensor:
    """Return, per sample, the first position that `layer` keeps; n_real is [B] int64."""
    if config.n_layers == 1:
        return torch.zeros_like(n_real)
    excess = (window_anchor(n_real, config) - config.pyramid_min_s).clamp(min=0)
    return (layer * excess) // (config.n_layers - 1)


def slice_length(seq_len, layer: int, config: HashTransConfig):
    """Return how many trailing columns of a left-padded [B, seq_len] batch can hold tokens kept at `layer`.

    It is computed from the shape alone (an int, or a SymInt during export), so the exported graph needs no
    data-dependent shapes. It is the maximum of n - start_l over every real length n <= seq_len: the kept tokens
    are the last ones of each row, and A - start_l never decreases as A grows, so the worst case is the last
    position of the block before seq_len's. Columns that a given row does not keep are masked, not dropped.
    """
    if config.n_layers == 1 or layer == 0:
        return seq_len
    anchor = window_anchor(seq_len, config)
    start = (layer * torch.sym_max(anchor - config.pyramid_min_s, 0)) // (config.n_layers - 1)
    return torch.sym_min(seq_len, anchor - start + config.pyramid_block - 1)


def positions(real: Tensor) -> Tensor:
    """Return each token's position from its row's first real token; real is [B, L] bool, padding gets -1."""
    return torch.cumsum(real.to(torch.int64), dim=1) - 1


def kept_mask(real: Tensor, layer: int, config: HashTransConfig) -> Tensor:
    """Return [B, L] bool: real tokens that `layer` keeps (its K/V are visible to later tokens)."""
    n_real = real.to(torch.int64).sum(dim=1)
    start = kept_start(n_real, layer, config)
    return real & (positions(real) >= start.unsqueeze(1))


def can_append(n_cached: int, n_total: int, config: HashTransConfig) -> bool:
    """Return whether n_total tokens may reuse a cache built from the first n_cached: same window anchor."""
    if n_total < n_cached:
        return False
    return window_anchor(n_cached, config) == window_anchor(n_total, config)
