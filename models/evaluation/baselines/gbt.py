"""Gradient-boosted-trees baseline: scikit-learn HistGradientBoosting on hand-made aggregates.

One model per target: failure classifiers at 7 and 30 days, one candidate-value regressor over all candidate rows
(the kind is a categorical feature), a config-risk regressor, and one quantile regressor per profit horizon and
quantile. Every model uses the library's early stopping on an internal 10 % split of the training entities.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor

from models.evaluation.baselines.aggregates import candidate_rows, entity_features, type_vocabulary_size
from models.evaluation.data import KIND_CONFIG, PROFIT_HORIZONS_DAYS, PROFIT_QUANTILES, TensorSet
from models.evaluation.predictions import Predictions


@dataclass(frozen=True)
class GbtSettings:
    max_iter: int = 300
    learning_rate: float = 0.08
    max_leaf_nodes: int = 31
    seed: int = 0


class GradientBoostedTrees:
    def __init__(self, settings: GbtSettings) -> None:
        self.settings = settings
        self.n_types = 0
        self.fail = []
        self.value = None
        self.risk = None
        self.profit = {}

    def _options(self) -> dict:
        s = self.settings
        return {"max_iter": s.max_iter, "learning_rate": s.learning_rate, "max_leaf_nodes": s.max_leaf_nodes,
                "early_stopping": True, "validation_fraction": 0.1, "n_iter_no_change": 20, "random_state": s.seed}

    def fit(self, tensors: TensorSet) -> float:
        """Fit every target's model; returns the wall-clock training time in seconds."""
        started = time.perf_counter()
        self.n_types = type_vocabulary_size(tensors)
        entity = entity_features(tensors, self.n_types)

        # Failure classifiers.
        self.fail = [HistGradientBoostingClassifier(**self._options()).fit(entity, tensors.y_fail[:, h])
                     for h in range(tensors.y_fail.shape[1])]

        # Candidate value over all real candidates with a finite label; the kind column is categorical.
        rows, entity_index, candidate_index = candidate_rows(tensors, entity)
        value = tensors.y_value[entity_index, candidate_index]
        finite = np.isfinite(value)
        kind_column = np.zeros(rows.shape[1], dtype=bool)
        kind_column[-1] = True
        self.value = HistGradientBoostingRegressor(categorical_features=kind_column, **self._options())
        self.value.fit(rows[finite], value[finite])

        # Config risk on config rows only.
        config = (tensors.cand_kind[entity_index, candidate_index] == KIND_CONFIG)
        config &= np.isfinite(tensors.y_risk[entity_index, candidate_index])
        self.risk = None
        if config.sum() > 10:
            self.risk = HistGradientBoostingRegressor(**self._options())
            self.risk.fit(rows[config], tensors.y_risk[entity_index[config], candidate_index[config]])

        # Profit quantiles: one regressor per horizon and quantile, each on the entities with a label.
        self.profit = {}
        for h in range(len(PROFIT_HORIZONS_DAYS)):
            labelled = np.isfinite(tensors.y_profit[:, h])
            if labelled.sum() < 20:
                continue
            for q, quantile in enumerate(PROFIT_QUANTILES):
                model = HistGradientBoostingRegressor(loss="quantile", quantile=quantile, **self._options())
                self.profit[h, q] = model.fit(entity[labelled], tensors.y_profit[labelled, h])
        return time.perf_counter() - started

    def predict(self, tensors: TensorSet) -> Predictions:
        entity = entity_features(tensors, self.n_types)
        batch, n_cand = tensors.cand_kind.shape
        fail_prob = np.stack([model.predict_proba(entity)[:, 1] for model in self.fail], axis=1)

        rows, entity_index, candidate_index = candidate_rows(tensors, entity)
        value = np.full((batch, n_cand), np.nan)
        value[entity_index, candidate_index] = self.value.predict(rows)
        risk = np.full((batch, n_cand), np.nan)
        if self.risk is not None:
            risk[entity_index, candidate_index] = np.clip(self.risk.predict(rows), 0, 1)

        profit_q = np.full((batch, len(PROFIT_HORIZONS_DAYS), len(PROFIT_QUANTILES)), np.nan)
        for (h, q), model in self.profit.items():
            profit_q[:, h, q] = model.predict(entity)
        # Separately fitted quantile models can cross; sorting restores P10 <= P50 <= P90.
        profit_q = np.sort(profit_q, axis=2)
        return Predictions(fail_prob=fail_prob, site_score=value, policy_value=value.copy(),
                           config_value=value.copy(), config_risk=risk, profit_q=profit_q)

    def size(self, n_candidates: int) -> tuple[int, int]:
        """Return (tree nodes, split comparisons per request of one entity with `n_candidates` candidates).

        Comparisons count one split test per level of every tree (its maximum depth), so they are an upper bound;
        the value and risk models run once per candidate.
        """
        nodes = comparisons = 0
        per_entity = [*self.fail, *self.profit.values()]
        per_candidate = [model for model in (self.value, self.risk) if model is not None]
        for model in per_entity + per_candidate:
            repeats = n_candidates if any(model is m for m in per_candidate) else 1
            for iteration in model._predictors:  # NOTE: private attribute, present in scikit-learn 1.x
                for predictor in iteration:
                    nodes += len(predictor.nodes)
                    comparisons += repeats * int(predictor.nodes["depth"].max())
        return nodes, comparisons
