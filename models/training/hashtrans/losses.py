"""Training losses of the five heads. Every loss masks padding candidates and NaN labels before any arithmetic,
so that a NaN label never reaches a gradient."""

from __future__ import annotations

import torch
from torch import Tensor
from torch.nn import functional as F

from hashtrans.config import KIND_CONFIG, KIND_POLICY, KIND_PRESET, KIND_SITE, PROFIT_QUANTILES
from hashtrans.model import HashTrans

LIST_TEMPERATURE = 0.5  # softness of the listwise target distribution, in within-list standard deviations
MASKED_LOGIT = -1e4  # finite stand-in for -inf, so that a fully masked row still has a finite softmax
HEAD_LOSSES = ("site", "policy", "config", "risk", "fail", "profit")


def masked_mean(values: Tensor, mask: Tensor) -> Tensor:
    """Return the mean of values where mask is True, or 0 when nothing is masked in."""
    values = torch.where(mask, values, torch.zeros_like(values))
    return values.sum() / mask.sum().clamp(min=1)


def listwise_loss(scores: Tensor, targets: Tensor, mask: Tensor) -> Tensor:
    """ListNet cross-entropy (Cao et al., 2007) over the candidates in mask, for lists of two or more items.

    scores, targets, mask: [B, N]. Targets are standardised within each list before the softmax, so the loss
    depends on the order and spacing of the values, not on their scale.
    """
    counts = mask.sum(dim=1)
    rows = counts >= 2
    safe_targets = torch.where(mask, targets, torch.zeros_like(targets))
    mean = safe_targets.sum(dim=1, keepdim=True) / counts.clamp(min=1).unsqueeze(1)
    spread = torch.where(mask, (safe_targets - mean) ** 2, torch.zeros_like(targets))
    std = (spread.sum(dim=1, keepdim=True) / counts.clamp(min=1).unsqueeze(1)).sqrt() + 1e-6
    target_logits = torch.where(mask, (safe_targets - mean) / std / LIST_TEMPERATURE, MASKED_LOGIT)
    target = torch.softmax(target_logits, dim=1)
    log_probs = torch.log_softmax(torch.where(mask, scores, MASKED_LOGIT), dim=1)
    per_row = -(torch.where(mask, target * log_probs, torch.zeros_like(scores))).sum(dim=1)
    return masked_mean(per_row, rows)


def pinball_loss(predicted: Tensor, target: Tensor, mask: Tensor) -> Tensor:
    """Quantile (pinball) loss; predicted [B, H, Q] for the quantiles PROFIT_QUANTILES, target and mask [B, H]."""
    quantiles = torch.tensor(PROFIT_QUANTILES, dtype=predicted.dtype, device=predicted.device)
    safe_target = torch.where(mask, target, torch.zeros_like(target)).unsqueeze(-1)
    error = safe_target - predicted
    loss = torch.maximum(quantiles * error, (quantiles - 1) * error)
    return masked_mean(loss, mask.unsqueeze(-1).expand_as(loss))


def head_losses(model: HashTrans, raw: dict, batch: dict) -> dict[str, Tensor]:
    """Return each head's loss and their sum under "total"."""
    kind = batch["cand_kind"]
    value = batch["y_value"]
    known_value = torch.isfinite(value) & (kind != 0)
    value_z = torch.where(known_value, (value - model.value_mean) / model.value_std, torch.zeros_like(value))

    site = known_value & (kind == KIND_SITE)
    policy = known_value & ((kind == KIND_POLICY) | (kind == KIND_PRESET))
    config = known_value & (kind == KIND_CONFIG)
    risk = batch["y_risk"]
    known_risk = torch.isfinite(risk) & (kind == KIND_CONFIG)

    fail = batch["y_fail"]
    known_fail = torch.isfinite(fail)
    profit = batch["y_profit"]
    known_profit = torch.isfinite(profit)
    profit_z = (profit - model.profit_mean) / model.profit_std

    losses = {
        "site": listwise_loss(raw["site_logit"], value_z, site),
        "policy": masked_mean(F.smooth_l1_loss(raw["policy_z"], value_z, reduction="none"), policy)
        + listwise_loss(raw["policy_z"], value_z, policy),
        "config": masked_mean(F.smooth_l1_loss(raw["config_z"], value_z, reduction="none"), config)
        + listwise_loss(raw["config_z"], value_z, config),
        "risk": masked_mean(F.binary_cross_entropy_with_logits(
            raw["config_risk_logit"], torch.where(known_risk, risk, torch.zeros_like(risk)).clamp(0, 1),
            reduction="none"), known_risk),
        "fail": masked_mean(F.binary_cross_entropy_with_logits(
            raw["fail_logit"][:, 0], torch.where(known_fail, fail, torch.zeros_like(fail)), reduction="none"),
            known_fail),
        "profit": pinball_loss(raw["profit_z"][:, 0], torch.where(known_profit, profit_z, 0.0), known_profit),
    }
    losses["total"] = sum(losses[name] for name in HEAD_LOSSES)
    return losses


def set_target_scales(model: HashTrans, y_value: Tensor, cand_kind: Tensor, y_profit: Tensor) -> None:
    """Set the model's value and profit scales from training labels (NaN and padding ignored)."""
    values = y_value[torch.isfinite(y_value) & (cand_kind != 0)]
    if values.numel() > 1:
        model.value_mean.fill_(float(values.mean()))
        model.value_std.fill_(max(float(values.std()), 1e-6))
    for horizon in range(y_profit.shape[1]):
        column = y_profit[:, horizon]
        column = column[torch.isfinite(column)]
        if column.numel() > 1:
            model.profit_mean[horizon] = float(column.mean())
            model.profit_std[horizon] = max(float(column.std()), 1e-6)
