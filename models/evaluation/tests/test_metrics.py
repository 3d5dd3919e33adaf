import math

import numpy as np
import pytest

from models.evaluation import metrics

TOLERANCE = 1e-9
SITE = 2
POLICY = 4


def test_auc_perfect_and_reversed_ranking():
    labels = np.array([0, 0, 1, 1])
    assert metrics.roc_auc(labels, np.array([0.1, 0.2, 0.8, 0.9])) == pytest.approx(1.0, abs=TOLERANCE)
    assert metrics.roc_auc(labels, np.array([0.9, 0.8, 0.2, 0.1])) == pytest.approx(0.0, abs=TOLERANCE)


def test_auc_single_class_is_nan():
    assert math.isnan(metrics.roc_auc(np.zeros(5), np.linspace(0, 1, 5)))


def test_auc_skips_nan_labels():
    labels = np.array([0, np.nan, 1])
    assert metrics.roc_auc(labels, np.array([0.1, 0.99, 0.9])) == pytest.approx(1.0, abs=TOLERANCE)


def test_pr_auc_hand_computed():
    # Ranked: 1 (pos), 2 (neg), 3 (pos): precision at the positives is 1 and 2/3, average 5/6.
    labels = np.array([1, 0, 1])
    assert metrics.pr_auc(labels, np.array([0.9, 0.8, 0.7])) == pytest.approx(5 / 6, abs=TOLERANCE)


def test_pr_auc_without_positives_is_nan():
    assert math.isnan(metrics.pr_auc(np.zeros(3), np.array([0.1, 0.2, 0.3])))


def test_calibration_curve_bins_and_ece():
    probabilities = np.array([0.05, 0.05, 0.95, 0.95])
    labels = np.array([0, 0, 1, 0])
    curve = metrics.calibration_curve(labels, probabilities, n_bins=10)
    assert curve.count.tolist() == [2, 2]
    assert curve.observed_rate.tolist() == [0.0, 0.5]
    # ECE = (2 * |0 - 0.05| + 2 * |0.5 - 0.95|) / 4
    assert curve.expected_calibration_error == pytest.approx(0.25, abs=TOLERANCE)


def test_ndcg_perfect_order_is_one():
    values = np.array([[3.0, 1.0, 2.0, 0.0]])
    kinds = np.full((1, 4), SITE)
    assert metrics.ndcg_at_k(values, values, kinds, SITE, k=3) == pytest.approx(1.0, abs=TOLERANCE)


def test_ndcg_hand_computed_with_negative_profits():
    # Gains after shifting by the worst value (-2): [0, 3, 1]. Predicted order: 0, 2, 1.
    values = np.array([[-2.0, 1.0, -1.0]])
    scores = np.array([[3.0, 1.0, 2.0]])
    kinds = np.full((1, 3), POLICY)
    dcg = 0 / math.log2(2) + 1 / math.log2(3) + 3 / math.log2(4)
    ideal = 3 / math.log2(2) + 1 / math.log2(3) + 0 / math.log2(4)
    assert metrics.ndcg_at_k(scores, values, kinds, POLICY, k=3) == pytest.approx(dcg / ideal, abs=TOLERANCE)


def test_ndcg_ignores_other_kinds_and_padding():
    values = np.array([[5.0, 1.0, 2.0, np.nan]])
    scores = np.array([[0.0, 1.0, 2.0, 9.0]])
    kinds = np.array([[SITE, POLICY, POLICY, 0]])
    assert metrics.ndcg_at_k(scores, values, kinds, POLICY, k=3) == pytest.approx(1.0, abs=TOLERANCE)


def test_ndcg_without_a_ranking_is_nan():
    kinds = np.array([[SITE, POLICY]])
    assert math.isnan(metrics.ndcg_at_k(np.ones((1, 2)), np.ones((1, 2)), kinds, POLICY))


def test_regret_is_ratio_of_sums():
    # Entity 1 picks 8 of best 10 (lost 2); entity 2 picks its best 5 (lost 0): share 2 / 15.
    values = np.array([[10.0, 8.0], [5.0, 1.0]])
    scores = np.array([[0.0, 1.0], [1.0, 0.0]])
    kinds = np.full((2, 2), POLICY)
    regret = metrics.decision_regret(scores, values, kinds, POLICY)
    assert regret.share == pytest.approx(2 / 15, abs=TOLERANCE)
    assert regret.mean_lost == pytest.approx(1.0, abs=TOLERANCE)
    assert regret.entities == 2


def test_regret_uses_absolute_best_profit():
    values = np.array([[-1.0, -3.0]])
    scores = np.array([[0.0, 1.0]])
    regret = metrics.decision_regret(scores, values, np.full((1, 2), SITE), SITE)
    assert regret.share == pytest.approx(2.0, abs=TOLERANCE)


def test_regret_without_candidates_is_nan():
    regret = metrics.decision_regret(np.ones((1, 2)), np.ones((1, 2)), np.full((1, 2), SITE), POLICY)
    assert math.isnan(regret.share)
    assert regret.entities == 0


def test_quantile_coverage_counts_inside_interval():
    truth = np.array([0.0, 5.0, 10.0, np.nan])
    coverage = metrics.quantile_coverage(truth, np.full(4, 1.0), np.full(4, 10.0))
    assert coverage == pytest.approx(2 / 3, abs=TOLERANCE)


def test_pinball_loss_hand_computed():
    truth = np.array([10.0, 0.0])
    predicted = np.array([8.0, 2.0])
    # q = 0.9: under-prediction by 2 costs 1.8, over-prediction by 2 costs 0.2.
    assert metrics.pinball_loss(truth, predicted, 0.9) == pytest.approx(1.0, abs=TOLERANCE)


def test_expected_auc_equals_mean_auc_over_drawn_labels():
    rng = np.random.default_rng(3)
    probabilities = rng.uniform(0.05, 0.6, 40)
    scores = probabilities + rng.normal(0, 0.1, 40)
    draws = [metrics.roc_auc(rng.uniform(size=40) < probabilities, scores) for _ in range(300)]
    assert metrics.expected_auc(probabilities, scores) == pytest.approx(np.nanmean(draws), abs=0.015)


def test_expected_auc_hand_computed_with_tie():
    # Pairs (i, j) with weight p_i (1 - p_j): (0,1) 0.5*0.5, (1,0) 0.5*0.5, (0,2) 0.5*1, (1,2) 0.5*1,
    # (2, *) 0. Scores: item 0 and 1 tie, item 2 lowest.
    probabilities = np.array([0.5, 0.5, 0.0])
    scores = np.array([1.0, 1.0, 0.0])
    numerator = 0.25 * 0.5 + 0.25 * 0.5 + 0.5 + 0.5
    denominator = 0.25 + 0.25 + 0.5 + 0.5
    assert metrics.expected_auc(probabilities, scores) == pytest.approx(numerator / denominator, abs=TOLERANCE)


def test_expected_auc_of_constant_probability_ranking_is_half():
    probabilities = np.array([0.1, 0.2, 0.3])
    assert metrics.expected_auc(probabilities, np.zeros(3)) == pytest.approx(0.5, abs=TOLERANCE)
