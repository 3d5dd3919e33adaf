"""Per-entity predictions of one model on one test set, saved next to the labels they are scored against."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from models.evaluation.data import TensorSet

# Labels copied into every predictions file, so that a table row can be recomputed from the file alone.
LABEL_NAMES = ("y_fail", "y_hazard", "y_value", "y_risk", "y_profit", "cand_kind")


@dataclass(frozen=True)
class Predictions:
    """Model outputs in the units of the labels; NaN where a model has no opinion."""

    fail_prob: np.ndarray  # [B, 2] probability of failure within 7 and 30 days under current operation
    site_score: np.ndarray  # [B, N] higher = better site/contract candidate
    policy_value: np.ndarray  # [B, N] predicted 30-day net profit of each curtailment policy, USD per TH/s
    config_value: np.ndarray  # [B, N] predicted 30-day net profit of each config preset, USD per TH/s
    config_risk: np.ndarray  # [B, N] predicted 30-day failure or downtime share of each config preset
    profit_q: np.ndarray  # [B, 3, 3] horizons 30/90/365 days x quantiles P10/P50/P90, USD per TH/s

    def __post_init__(self) -> None:
        batch, n_cand = self.site_score.shape
        expected = {"fail_prob": (batch, 2), "policy_value": (batch, n_cand), "config_value": (batch, n_cand),
                    "config_risk": (batch, n_cand), "profit_q": (batch, 3, 3)}
        for name, shape in expected.items():
            if getattr(self, name).shape != shape:
                raise ValueError(f"{name} has shape {getattr(self, name).shape}, expected {shape}")


def as_float32(predictions: Predictions) -> Predictions:
    """Return the predictions as float32, the precision they are saved in, so scores match the saved file."""
    return Predictions(**{item.name: getattr(predictions, item.name).astype(np.float32)
                          for item in fields(Predictions)})


def save_predictions(path: Path, predictions: Predictions, tensors: TensorSet) -> None:
    """Write predictions, the labels and the world of each row to one compressed .npz file."""
    arrays = {item.name: getattr(predictions, item.name).astype(np.float32) for item in fields(Predictions)}
    arrays.update({name: getattr(tensors, name) for name in LABEL_NAMES})
    arrays["world"] = tensors.world.astype(str)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def load_predictions(path: Path) -> tuple[Predictions, dict[str, np.ndarray]]:
    """Read a file written by save_predictions; returns the predictions and a dict of labels plus `world`."""
    with np.load(path, allow_pickle=False) as archive:
        predictions = Predictions(**{item.name: archive[item.name] for item in fields(Predictions)})
        labels = {name: archive[name] for name in (*LABEL_NAMES, "world")}
    return predictions, labels
