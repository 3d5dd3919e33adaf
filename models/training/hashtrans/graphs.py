"""nn.Module wrappers with flat tensor inputs and outputs, in the order and names of the exported ONNX graphs.

Masks cross the graph boundary as float32 (1 = a kept, real S-token; 0 = ignore) so that callers need no
boolean tensors.
"""

from __future__ import annotations

import torch
from torch import Tensor, nn

from hashtrans.model import OUTPUT_NAMES, HashTrans, LayerCache


def cache_names(n_layers: int, prefix: str = "") -> list[str]:
    """Names of a flat cache: s_k_0, s_v_0, s_mask_0, s_k_1, ... (with an optional prefix such as 'past_')."""
    return [f"{prefix}s_{part}_{layer}" for layer in range(n_layers) for part in ("k", "v", "mask")]


def context_names(n_layers: int) -> list[str]:
    """Names of a flat context cache: ctx_k_0, ctx_v_0, ctx_k_1, ..."""
    return [f"ctx_{part}_{layer}" for layer in range(n_layers) for part in ("k", "v")]


def flatten_context(context_kv: list[tuple[Tensor, Tensor]]) -> tuple[Tensor, ...]:
    return tuple(t for pair in context_kv for t in pair)


def unflatten_context(flat: tuple[Tensor, ...] | list[Tensor]) -> list[tuple[Tensor, Tensor]]:
    return [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]


def flatten_cache(cache: list[LayerCache]) -> tuple[Tensor, ...]:
    flat: list[Tensor] = []
    for layer in cache:
        flat += [layer.k, layer.v, layer.valid.to(layer.k.dtype)]
    return tuple(flat)


def unflatten_cache(flat: tuple[Tensor, ...] | list[Tensor]) -> list[LayerCache]:
    return [LayerCache(flat[i], flat[i + 1], flat[i + 2] > 0.5) for i in range(0, len(flat), 3)]


class EncoderGraph(nn.Module):
    """encoder.onnx: (s_num, s_type) -> s_k_l, s_v_l, s_mask_l for every layer l."""

    def __init__(self, model: HashTrans) -> None:
        super().__init__()
        self.model = model

    def forward(self, s_num: Tensor, s_type: Tensor) -> tuple[Tensor, ...]:
        return flatten_cache(self.model.encode(s_num, s_type))


class EncoderStepGraph(nn.Module):
    """encoder_step.onnx: (s_num, s_type, past_s_k_l, past_s_v_l, past_s_mask_l ...) -> the updated cache."""

    def __init__(self, model: HashTrans) -> None:
        super().__init__()
        self.model = model

    def forward(self, s_num: Tensor, s_type: Tensor, *past: Tensor) -> tuple[Tensor, ...]:
        return flatten_cache(self.model.encode_step(unflatten_cache(past), s_num, s_type))


class ScorerGraph(nn.Module):
    """scorer.onnx: (ns_num, cand_num, cand_kind, s_k_l, s_v_l, s_mask_l ...) -> the six head outputs."""

    def __init__(self, model: HashTrans) -> None:
        super().__init__()
        self.model = model

    def forward(self, ns_num: Tensor, cand_num: Tensor, cand_kind: Tensor, *cache: Tensor) -> tuple[Tensor, ...]:
        outputs = self.model.score(unflatten_cache(cache), ns_num, cand_num, cand_kind)
        return tuple(outputs[name] for name in OUTPUT_NAMES)


class ContextGraph(nn.Module):
    """context.onnx: (ns_num, s_k_l, s_v_l, s_mask_l ...) -> ctx_k_l, ctx_v_l: the cached context tokens' K/V."""

    def __init__(self, model: HashTrans) -> None:
        super().__init__()
        self.model = model

    def forward(self, ns_num: Tensor, *cache: Tensor) -> tuple[Tensor, ...]:
        return flatten_context(self.model.encode_context(unflatten_cache(cache), ns_num))


class ScenarioScorerGraph(nn.Module):
    """scenario_scorer.onnx: (ns_num, cand_num, cand_kind, S cache ..., ctx_k_l, ctx_v_l ...) -> the head outputs."""

    def __init__(self, model: HashTrans) -> None:
        super().__init__()
        self.model = model

    def forward(self, ns_num: Tensor, cand_num: Tensor, cand_kind: Tensor, *caches: Tensor) -> tuple[Tensor, ...]:
        n_flat = 3 * self.model.config.n_layers
        outputs = self.model.score_with_context(unflatten_cache(caches[:n_flat]), unflatten_context(caches[n_flat:]),
                                                ns_num, cand_num, cand_kind)
        return tuple(outputs[name] for name in OUTPUT_NAMES)


def example_inputs(model: HashTrans, batch: int = 2, seq_len: int = 70, n_new: int = 3, n_candidates: int = 3,
                   seed: int = 0) -> dict:
    """Build small random inputs for tracing; sizes are kept above 1 so that the exporter keeps them dynamic."""
    config = model.config
    generator = torch.Generator().manual_seed(seed)
    s_type = torch.randint(1, config.n_s_types, (batch, seq_len), generator=generator)
    s_type[0, : seq_len // 3] = 0  # left padding in row 0
    s_num = torch.randn(batch, seq_len, config.f_s, generator=generator) * (s_type != 0).unsqueeze(-1)
    new_type = torch.randint(1, config.n_s_types, (batch, n_new), generator=generator)
    new_num = torch.randn(batch, n_new, config.f_s, generator=generator)
    return {
        "s_num": s_num, "s_type": s_type, "new_s_num": new_num, "new_s_type": new_type,
        "ns_num": torch.randn(batch, config.f_ns, generator=generator),
        "cand_num": torch.randn(batch, n_candidates, config.f_c, generator=generator),
        "cand_kind": torch.randint(1, 5, (batch, n_candidates), generator=generator),
    }
