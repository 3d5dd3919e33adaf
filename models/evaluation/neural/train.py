"""One training loop, with HashTrans's own loss, for every PyTorch model of the comparison.

Every neural model returns HashTrans's raw head layout and has the same target-scale buffers, so the product's
loss (`hashtrans.losses.head_losses`: ListNet plus smooth L1 on the value heads, cross-entropy on risk and
failure, pinball on profit), the optimiser, the batch order and the step budget are the same for all of them and
only the architecture differs.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from hashtrans.losses import head_losses, set_target_scales
from models.evaluation.data import TensorSet
from models.evaluation.predictions import Predictions

log = logging.getLogger(__name__)

INPUT_NAMES = ("s_num", "s_type", "ns_num", "cand_num", "cand_kind")
LABEL_NAMES = ("y_fail", "y_value", "y_risk", "y_profit")
BUCKET_BATCHES = 16  # batches per length-sorting pool


@dataclass(frozen=True)
class TrainSettings:
    """Optimiser and budget; identical for every neural model of one run."""

    epochs: int = 8
    batch_size: int = 64
    learning_rate: float = 2e-3
    weight_decay: float = 0.01
    grad_clip: float = 1.0
    seed: int = 0
    # When > 0, each training step keeps this many random real candidates per entity (all at prediction time).
    train_candidates: int = 0


def to_torch(tensors: TensorSet, rows: np.ndarray) -> dict[str, torch.Tensor]:
    """Gather the model inputs and the labels of `rows` as tensors.

    S columns that are padding in every gathered row are dropped from the left. Every model here gives the same
    outputs for a left-padded sequence at any padded length, so this only saves work.
    """
    s_type = tensors.s_type[rows]
    real_columns = np.flatnonzero((s_type > 0).any(axis=0))
    first = int(real_columns[0]) if real_columns.size else s_type.shape[1] - 1
    batch = {name: torch.from_numpy(getattr(tensors, name)[rows]) for name in (*INPUT_NAMES, *LABEL_NAMES)}
    batch["s_num"] = batch["s_num"][:, first:]
    batch["s_type"] = batch["s_type"][:, first:]
    return batch


def length_bucketed_batches(lengths: np.ndarray, batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Shuffle rows into batches of similar history length, in random order.

    Rows are shuffled, cut into pools of BUCKET_BATCHES batches, sorted by length inside each pool and batched,
    so a batch pads to a length close to its rows' own and to_torch drops the rest.
    """
    order = rng.permutation(len(lengths))
    pool_size = batch_size * BUCKET_BATCHES
    batches = []
    for start in range(0, len(order), pool_size):
        pool = order[start:start + pool_size]
        pool = pool[np.argsort(lengths[pool], kind="stable")]
        batches.extend(pool[i:i + batch_size] for i in range(0, len(pool), batch_size))
    return [batches[i] for i in rng.permutation(len(batches))]


def subsample_candidates(batch: dict[str, torch.Tensor], keep: int, rng: np.random.Generator) -> dict:
    """Keep `keep` random candidate slots per entity, real ones first, in the candidate inputs and labels."""
    kinds = batch["cand_kind"].numpy()
    noise = rng.uniform(size=kinds.shape) + (kinds == 0)  # padding sorts after every real candidate
    slots = torch.from_numpy(np.argsort(noise, axis=1)[:, :keep])  # [B, keep]
    picked = dict(batch)
    for name in ("cand_num", "cand_kind", "y_value", "y_risk"):
        index = slots if batch[name].dim() == 2 else slots.unsqueeze(-1).expand(-1, -1, batch[name].shape[-1])
        picked[name] = torch.gather(batch[name], 1, index)
    return picked


def run_model(model: nn.Module, batch: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    return model(*(batch[name] for name in INPUT_NAMES))


def train_model(model: nn.Module, tensors: TensorSet, settings: TrainSettings) -> float:
    """Set the target scales, then train `model` in place on all entities; returns the wall-clock seconds."""
    torch.manual_seed(settings.seed)
    rng = np.random.default_rng(settings.seed)
    with torch.no_grad():
        set_target_scales(model, torch.from_numpy(tensors.y_value), torch.from_numpy(tensors.cand_kind),
                          torch.from_numpy(tensors.y_profit))
    optimiser = torch.optim.AdamW(model.parameters(), lr=settings.learning_rate, weight_decay=settings.weight_decay)
    pool_size = settings.batch_size * BUCKET_BATCHES
    steps_per_epoch = sum(int(np.ceil(min(pool_size, tensors.size - start) / settings.batch_size))
                          for start in range(0, tensors.size, pool_size))
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=settings.learning_rate,
                                                   total_steps=settings.epochs * steps_per_epoch)
    started = time.perf_counter()
    model.train()
    lengths = (tensors.s_type > 0).sum(axis=1)
    for epoch in range(settings.epochs):
        total = 0.0
        for rows in length_bucketed_batches(lengths, settings.batch_size, rng):
            batch = to_torch(tensors, rows)
            if settings.train_candidates:
                batch = subsample_candidates(batch, settings.train_candidates, rng)
            loss = head_losses(model, run_model(model, batch), batch)["total"]
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), settings.grad_clip)
            optimiser.step()
            schedule.step()
            total += float(loss.detach())
        log.info("%s epoch %d/%d loss %.4f", type(model).__name__, epoch + 1, settings.epochs,
                 total / steps_per_epoch)
    model.eval()
    return time.perf_counter() - started


@torch.no_grad()
def predict(model: nn.Module, tensors: TensorSet, batch_size: int = 256) -> Predictions:
    """Run `model` over `tensors` and convert its raw heads to label units.

    The site head is a listwise score, not a profit, so it is kept as a score; only its order is evaluated.
    """
    model.eval()
    order = np.argsort((tensors.s_type > 0).sum(axis=1), kind="stable")  # similar lengths share a batch
    parts = [run_model(model, to_torch(tensors, order[start:start + batch_size]))
             for start in range(0, tensors.size, batch_size)]
    restore = np.argsort(order)
    raw = {name: torch.cat([p[name] for p in parts]).numpy()[restore] for name in parts[0]}
    value_mean, value_std = float(model.value_mean), float(model.value_std)
    profit_mean, profit_std = model.profit_mean.numpy(), model.profit_std.numpy()
    padding = tensors.cand_kind == 0

    def per_candidate(values: np.ndarray) -> np.ndarray:
        return np.where(padding, np.nan, values)

    return Predictions(
        fail_prob=_sigmoid(raw["fail_logit"][:, 0]),
        site_score=per_candidate(raw["site_logit"]),
        policy_value=per_candidate(raw["policy_z"] * value_std + value_mean),
        config_value=per_candidate(raw["config_z"] * value_std + value_mean),
        config_risk=per_candidate(_sigmoid(raw["config_risk_logit"])),
        profit_q=raw["profit_z"][:, 0] * profit_std[None, :, None] + profit_mean[None, :, None],
    )


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def _sigmoid(logits: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-logits))
