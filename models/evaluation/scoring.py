"""Turn one model's predictions and the labels into one row of the results table."""

from __future__ import annotations

import numpy as np

from models.evaluation import metrics
from models.evaluation.data import (FAIL_HORIZONS_DAYS, KIND_CONFIG, KIND_POLICY, KIND_SITE, PROFIT_HORIZONS_DAYS,
                                    PROFIT_QUANTILES)
from models.evaluation.predictions import Predictions

# Metric columns in table order. `*_regret` is a share of the best profit (lower is better).
METRIC_COLUMNS = (
    "fail7_auc", "fail7_pr_auc", "fail30_auc", "fail30_pr_auc", "oracle7_auc", "oracle30_auc",
    "fail7_expected_auc", "fail30_expected_auc", "oracle7_expected_auc", "oracle30_expected_auc",
    "fail30_positives", "fail30_ece",
    "site_ndcg3", "site_regret", "config_ndcg3", "config_regret", "config_risk_mae",
    "policy_ndcg3", "policy_regret", "profit_coverage", "profit_pinball",
    "profit30_coverage", "profit90_coverage", "profit365_coverage",
)

# Score source of each ranking head: (column prefix, candidate kind, prediction field).
RANKING_HEADS = (("site", KIND_SITE, "site_score"), ("config", KIND_CONFIG, "config_value"),
                 ("policy", KIND_POLICY, "policy_value"))


def score(predictions: Predictions, labels: dict[str, np.ndarray], rows: np.ndarray | None = None) -> dict[str, float]:
    """Compute every metric column for the entities at `rows` (all entities when None)."""
    if rows is None:
        rows = np.arange(len(labels["y_fail"]))
    y_fail, y_hazard = labels["y_fail"][rows], labels["y_hazard"][rows]
    fail_prob = predictions.fail_prob[rows]
    kinds, values = labels["cand_kind"][rows], labels["y_value"][rows]
    row: dict[str, float] = {}

    # Failure head and the oracle, which ranks by the simulator's true hazard.
    for column, days in enumerate(FAIL_HORIZONS_DAYS):
        row[f"fail{days}_auc"] = metrics.roc_auc(y_fail[:, column], fail_prob[:, column])
        row[f"fail{days}_pr_auc"] = metrics.pr_auc(y_fail[:, column], fail_prob[:, column])
        row[f"oracle{days}_auc"] = metrics.roc_auc(y_fail[:, column], y_hazard[:, column])
        row[f"fail{days}_expected_auc"] = metrics.expected_auc(y_hazard[:, column], fail_prob[:, column])
        row[f"oracle{days}_expected_auc"] = metrics.expected_auc(y_hazard[:, column], y_hazard[:, column])
    row["fail30_positives"] = float(np.nansum(y_fail[:, 1]))
    row["fail30_ece"] = metrics.calibration_curve(y_fail[:, 1], fail_prob[:, 1]).expected_calibration_error

    # Ranking heads: NDCG@3 and decision regret against the counterfactual profits.
    for prefix, kind, field_name in RANKING_HEADS:
        scores = getattr(predictions, field_name)[rows]
        row[f"{prefix}_ndcg3"] = metrics.ndcg_at_k(scores, values, kinds, kind, k=3)
        row[f"{prefix}_regret"] = metrics.decision_regret(scores, values, kinds, kind).share
    config_rows = kinds == KIND_CONFIG
    row["config_risk_mae"] = metrics.mean_absolute_error(labels["y_risk"][rows][config_rows],
                                                         predictions.config_risk[rows][config_rows])

    # Profit projection: P10-P90 coverage per horizon, pinball loss averaged over horizons and quantiles.
    profit_q, y_profit = predictions.profit_q[rows], labels["y_profit"][rows]
    coverages, losses = [], []
    for h, days in enumerate(PROFIT_HORIZONS_DAYS):
        coverage = metrics.quantile_coverage(y_profit[:, h], profit_q[:, h, 0], profit_q[:, h, 2])
        row[f"profit{days}_coverage"] = coverage
        coverages.append(coverage)
        losses.extend(metrics.pinball_loss(y_profit[:, h], profit_q[:, h, q], quantile)
                      for q, quantile in enumerate(PROFIT_QUANTILES))
    row["profit_coverage"] = _nanmean(coverages)
    row["profit_pinball"] = _nanmean(losses)
    return row


def _nanmean(values: list[float]) -> float:
    finite = [v for v in values if np.isfinite(v)]
    return float(np.mean(finite)) if finite else float("nan")
