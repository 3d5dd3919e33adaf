"""One training loop and one multi-task loss for every PyTorch model in the comparison.

Every neural model returns the raw outputs of `layers.OutputHeads` (normalised label units), so the same loss,
optimiser, batch order and step budget apply to all of them and only the architecture differs.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from models.evaluation.data import KIND_CONFIG, KIND_POLICY, KIND_SITE, PROFIT_QUANTILES, TensorSet
from models.evaluation.neural.layers import CAND_CONFIG_RISK, CAND_CONFIG_VALUE, CAND_POLICY, CAND_SITE
from models.evaluation.predictions import Predictions

log = logging.getLogger(__name__)

INPUT_NAMES = ("s_num", "s_type", "ns_num", "cand_num", "cand_kind")

# Which output column scores each candidate kind in the value loss.
VALUE_COLUMN_BY_KIND = {KIND_SITE: CAND_SITE, KIND_CONFIG: CAND_CONFIG_VALUE, KIND_POLICY: CAND_POLICY}


@dataclass(frozen=True)
class TrainSettings:
    """Optimiser and budget; identical for every neural model of one run."""

    epochs: int = 8
    batch_size: int = 128
    learning_rate: float = 2e-3
    weight_decay: float = 1e-4
    grad_clip: float = 1.0
    seed: int = 0


@dataclass(frozen=True)
class LabelScaler:
    """Centre and scale of the regression labels, fitted on training entities only."""

    value_center: float
    value_scale: float
    profit_center: np.ndarray  # [3]
    profit_scale: np.ndarray  # [3]

    @classmethod
    def fit(cls, tensors: TensorSet) -> LabelScaler:
        values = tensors.y_value[np.isfinite(tensors.y_value) & (tensors.cand_kind > 0)]
        profit_center = np.nan_to_num(np.nanmean(tensors.y_profit, axis=0))
        profit_scale = np.nan_to_num(np.nanstd(tensors.y_profit, axis=0), nan=1.0)
        return cls(float(values.mean()), float(max(values.std(), 1e-6)), profit_center,
                   np.maximum(profit_scale, 1e-6))


def to_torch(tensors: TensorSet, rows: np.ndarray) -> dict[str, torch.Tensor]:
    """Gather the model inputs and the labels of `rows` as tensors."""
    batch = {name: torch.from_numpy(getattr(tensors, name)[rows]) for name in INPUT_NAMES}
    for name in ("y_fail", "y_value", "y_risk", "y_profit"):
        batch[name] = torch.from_numpy(getattr(tensors, name)[rows])
    return batch


def multitask_loss(outputs: dict[str, torch.Tensor], batch: dict[str, torch.Tensor],
                   scaler: LabelScaler) -> torch.Tensor:
    """Sum the failure, candidate value, config risk and profit quantile losses, each averaged over its rows."""
    kinds = batch["cand_kind"]
    cand_out = outputs["cand_out"]

    # Failure within 7 and 30 days: binary cross-entropy.
    loss = nn.functional.binary_cross_entropy_with_logits(outputs["fail_logit"], batch["y_fail"])

    # Candidate values: squared error in normalised units on the head that scores each kind.
    target = (batch["y_value"] - scaler.value_center) / scaler.value_scale
    for kind, column in VALUE_COLUMN_BY_KIND.items():
        mask = (kinds == kind) & torch.isfinite(target)
        if mask.any():
            loss = loss + nn.functional.mse_loss(cand_out[..., column][mask], target[mask])

    # Config risk: cross-entropy against the realised failure or downtime share.
    risk_mask = (kinds == KIND_CONFIG) & torch.isfinite(batch["y_risk"])
    if risk_mask.any():
        loss = loss + nn.functional.binary_cross_entropy_with_logits(
            cand_out[..., CAND_CONFIG_RISK][risk_mask], batch["y_risk"][risk_mask].clamp(0, 1))

    # Profit quantiles: pinball loss on normalised profit; NaN where the world is too short.
    center = torch.as_tensor(scaler.profit_center, dtype=torch.float32)
    scale = torch.as_tensor(scaler.profit_scale, dtype=torch.float32)
    profit = ((batch["y_profit"] - center) / scale).unsqueeze(-1)  # [B, 3, 1]
    quantiles = torch.tensor(PROFIT_QUANTILES)
    mask = torch.isfinite(profit).expand_as(outputs["profit"])
    diff = torch.nan_to_num(profit) - outputs["profit"]
    pinball = torch.maximum(quantiles * diff, (quantiles - 1) * diff)[mask]
    if pinball.numel():
        loss = loss + pinball.mean()
    return loss


def train_model(model: nn.Module, tensors: TensorSet, scaler: LabelScaler, settings: TrainSettings) -> float:
    """Train `model` in place on all entities of `tensors`; returns the wall-clock training time in seconds."""
    torch.manual_seed(settings.seed)
    rng = np.random.default_rng(settings.seed)
    optimiser = torch.optim.AdamW(model.parameters(), lr=settings.learning_rate, weight_decay=settings.weight_decay)
    steps_per_epoch = max(1, int(np.ceil(tensors.size / settings.batch_size)))
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=settings.learning_rate,
                                                   total_steps=settings.epochs * steps_per_epoch)
    started = time.perf_counter()
    model.train()
    for epoch in range(settings.epochs):
        order = rng.permutation(tensors.size)
        total = 0.0
        for start in range(0, tensors.size, settings.batch_size):
            batch = to_torch(tensors, order[start:start + settings.batch_size])
            outputs = model(*(batch[name] for name in INPUT_NAMES))
            loss = multitask_loss(outputs, batch, scaler)
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
def predict(model: nn.Module, tensors: TensorSet, scaler: LabelScaler, batch_size: int = 512) -> Predictions:
    """Run `model` over `tensors` and convert its outputs to label units."""
    model.eval()
    parts = []
    for start in range(0, tensors.size, batch_size):
        batch = to_torch(tensors, np.arange(start, min(start + batch_size, tensors.size)))
        parts.append(model(*(batch[name] for name in INPUT_NAMES)))
    cand_out = torch.cat([p["cand_out"] for p in parts]).numpy()
    value = cand_out * scaler.value_scale + scaler.value_center
    profit = torch.cat([p["profit"] for p in parts]).numpy()
    padding = tensors.cand_kind == 0
    value[padding] = np.nan
    return Predictions(
        fail_prob=torch.sigmoid(torch.cat([p["fail_logit"] for p in parts])).numpy(),
        site_score=value[..., CAND_SITE],
        policy_value=value[..., CAND_POLICY],
        config_value=value[..., CAND_CONFIG_VALUE],
        config_risk=np.where(padding, np.nan, 1 / (1 + np.exp(-cand_out[..., CAND_CONFIG_RISK]))),
        profit_q=profit * scaler.profit_scale[None, :, None] + scaler.profit_center[None, :, None],
    )


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
