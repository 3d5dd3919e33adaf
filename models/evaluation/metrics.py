"""Metrics for every HashTrans head, computed the same way for every model.

All functions skip rows whose label is NaN and return NaN when no row is left (or, for AUC, when only one class
is present), so a missing head or a too-short world shows up as an empty cell instead of a misleading number.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score


def roc_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """Return the ROC AUC of `scores` for 0/1 `labels`, or NaN when a class is absent."""
    y, s = _finite_pairs(labels, scores)
    if len(np.unique(y)) < 2:
        return float("nan")
    return float(roc_auc_score(y, s))


def expected_auc(probabilities: np.ndarray, scores: np.ndarray) -> float:
    """Return the ROC AUC of `scores` in expectation over labels drawn with the true `probabilities`.

    Each ordered pair (i, j), i != j, is a (positive, negative) pair with weight p_i (1 - p_j), and `scores` ranks it
    correctly when s_i > s_j (ties count one half). The result is the ratio of the weighted sums, so it is the AUC
    of an infinitely resampled test set up to the usual ratio-of-expectations approximation. Where failures are
    rare the realised AUC rests on a handful of positives, and this estimate has far less variance.
    """
    p, s = _finite_pairs(probabilities, scores)
    p = np.clip(p, 0.0, 1.0)
    negative = 1.0 - p
    denominator = p.sum() * negative.sum() - np.sum(p * negative)
    if len(p) < 2 or denominator <= 0:
        return float("nan")

    # Sort by score; for each item, sum the negative weight of strictly lower scores and of equal scores.
    order = np.argsort(s, kind="stable")
    s_sorted, p_sorted, n_sorted = s[order], p[order], negative[order]
    unique_scores, first, counts = np.unique(s_sorted, return_index=True, return_counts=True)
    group_negative = np.add.reduceat(n_sorted, first)
    below = np.concatenate([[0.0], np.cumsum(group_negative)[:-1]])  # negative weight under each score group
    group_of = np.repeat(np.arange(len(unique_scores)), counts)
    tied = group_negative[group_of] - n_sorted  # same score, other items
    numerator = np.sum(p_sorted * (below[group_of] + 0.5 * tied))
    return float(numerator / denominator)


def pr_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """Return the area under the precision-recall curve (average precision), or NaN when no positive exists."""
    y, s = _finite_pairs(labels, scores)
    if y.sum() == 0 or len(y) == 0:
        return float("nan")
    return float(average_precision_score(y, s))


@dataclass(frozen=True)
class CalibrationCurve:
    """Reliability diagram data: per non-empty probability bin, the mean prediction and the observed rate."""

    mean_predicted: np.ndarray
    observed_rate: np.ndarray
    count: np.ndarray

    @property
    def expected_calibration_error(self) -> float:
        """Return the count-weighted mean |observed - predicted| over bins (ECE)."""
        if self.count.sum() == 0:
            return float("nan")
        gap = np.abs(self.observed_rate - self.mean_predicted)
        return float(np.sum(gap * self.count) / self.count.sum())


def calibration_curve(labels: np.ndarray, probabilities: np.ndarray, n_bins: int = 10) -> CalibrationCurve:
    """Bin predictions into `n_bins` equal-width bins on [0, 1] and compare each bin's mean with its outcome rate."""
    y, p = _finite_pairs(labels, probabilities)
    p = np.clip(p, 0.0, 1.0)
    bins = np.minimum((p * n_bins).astype(int), n_bins - 1)
    mean_predicted, observed_rate, count = [], [], []
    for b in range(n_bins):
        in_bin = bins == b
        if in_bin.any():
            mean_predicted.append(p[in_bin].mean())
            observed_rate.append(y[in_bin].mean())
            count.append(in_bin.sum())
    return CalibrationCurve(np.array(mean_predicted), np.array(observed_rate), np.array(count, dtype=np.int64))


def ndcg_at_k(scores: np.ndarray, values: np.ndarray, kinds: np.ndarray, kind: int, k: int = 3) -> float:
    """Return the mean NDCG@k of ranking each entity's candidates of `kind` by `scores` against realised `values`.

    Profits can be negative, so each entity's gains are its values minus the entity's worst value (linear gain,
    log2 discount). Entities with fewer than two candidates of the kind, or with all values equal, have no ranking
    to judge and are skipped.
    """
    results = []
    for score_row, value_row in _candidate_groups(scores, values, kinds, kind):
        gains = value_row - value_row.min()
        if gains.max() <= 0:
            continue
        top = min(k, len(gains))
        discounts = 1.0 / np.log2(np.arange(2, top + 2))
        predicted_order = np.argsort(-score_row, kind="stable")[:top]
        ideal_order = np.argsort(-gains, kind="stable")[:top]
        results.append(np.sum(gains[predicted_order] * discounts) / np.sum(gains[ideal_order] * discounts))
    return float(np.mean(results)) if results else float("nan")


@dataclass(frozen=True)
class Regret:
    """Decision regret of picking the top-scored candidate instead of the best one in hindsight."""

    share: float  # total profit lost / total |best profit|, over entities
    mean_lost: float  # mean profit lost per entity, in the label's unit (USD per nominal TH/s over 30 days)
    entities: int


def decision_regret(scores: np.ndarray, values: np.ndarray, kinds: np.ndarray, kind: int) -> Regret:
    """Compare the realised value of each entity's top-scored candidate of `kind` with its best candidate.

    The share is a ratio of sums, not a mean of per-entity ratios, because an entity whose best profit is near
    zero would make its own ratio unbounded.
    """
    lost, best = [], []
    for score_row, value_row in _candidate_groups(scores, values, kinds, kind):
        chosen = value_row[int(np.argmax(score_row))]
        lost.append(value_row.max() - chosen)
        best.append(abs(value_row.max()))
    if not lost:
        return Regret(float("nan"), float("nan"), 0)
    total_best = float(np.sum(best))
    share = float(np.sum(lost) / total_best) if total_best > 0 else float("nan")
    return Regret(share, float(np.mean(lost)), len(lost))


def quantile_coverage(truth: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> float:
    """Return the share of finite `truth` values inside [lower, upper] (P10-P90 should cover 80 %)."""
    mask = np.isfinite(truth) & np.isfinite(lower) & np.isfinite(upper)
    if not mask.any():
        return float("nan")
    inside = (truth[mask] >= lower[mask]) & (truth[mask] <= upper[mask])
    return float(inside.mean())


def pinball_loss(truth: np.ndarray, predicted: np.ndarray, quantile: float) -> float:
    """Return the mean pinball (quantile) loss of `predicted` for `quantile` over finite `truth` values."""
    mask = np.isfinite(truth) & np.isfinite(predicted)
    if not mask.any():
        return float("nan")
    diff = truth[mask] - predicted[mask]
    return float(np.mean(np.maximum(quantile * diff, (quantile - 1.0) * diff)))


def mean_absolute_error(truth: np.ndarray, predicted: np.ndarray) -> float:
    mask = np.isfinite(truth) & np.isfinite(predicted)
    if not mask.any():
        return float("nan")
    return float(np.mean(np.abs(truth[mask] - predicted[mask])))


def _finite_pairs(labels: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    labels = np.asarray(labels, dtype=np.float64).ravel()
    scores = np.asarray(scores, dtype=np.float64).ravel()
    mask = np.isfinite(labels) & np.isfinite(scores)
    return labels[mask], scores[mask]


def _candidate_groups(scores: np.ndarray, values: np.ndarray, kinds: np.ndarray, kind: int):
    """Yield (scores, values) of each entity's candidates of `kind` that have a finite value and score."""
    for score_row, value_row, kind_row in zip(scores, values, kinds):
        mask = (kind_row == kind) & np.isfinite(value_row) & np.isfinite(score_row)
        if mask.sum() >= 2:
            yield score_row[mask], value_row[mask]
