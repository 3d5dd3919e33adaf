from dataclasses import replace

import numpy as np
import pytest
import torch

from models.evaluation import metrics, spec as feature_spec
from models.evaluation.baselines.aggregates import sequence_aggregates
from models.evaluation.baselines.gbt import GbtSettings, GradientBoostedTrees
from models.evaluation.baselines.rules import RulesBaseline
from models.evaluation.data import concat
from models.evaluation.fixture import make_world
from models.evaluation.neural import train as neural
from hashtrans.losses import head_losses
from models.evaluation.neural.dcn_din import DcnDin, DcnDinConfig
from models.evaluation.neural.two_modules import TwoModules, TwoModulesConfig

TOLERANCE = 1e-6


@pytest.fixture(scope="module")
def train_world():
    return concat([make_world(seed, 200) for seed in (1, 2)])


@pytest.fixture(scope="module")
def test_world():
    return make_world(9, 200)


def _set_raw(world, tensor, name, rows, value):
    """Write `value` (raw unit) into column `name` of `tensor` at `rows` (index tuple)."""
    entry = feature_spec.field(world.spec, tensor, name)
    array = getattr(world, tensor).copy()
    array[rows + (entry["index"],)] = feature_spec.normalise(entry["normalization"], np.array(value))
    return replace(world, **{tensor: array})


def test_rules_flag_hot_chip(train_world):
    world = train_world.subset(np.arange(2))
    world = replace(world, s_type=np.ones_like(world.s_type))
    for name, value in (("chip_temp_max", 60.0), ("chip_errors_max", 0.0), ("boards_active_min", 1.0),
                        ("status_fault", 0.0), ("age_hours", 1.0)):
        world = _set_raw(world, "s_num", name, (slice(None), slice(None)), value)
    world = _set_raw(world, "s_num", "chip_temp_max", (1, -1), 90.0)
    assert RulesBaseline.flags(world).tolist() == [0, 1]


def test_rules_flags_ignore_old_telemetry(train_world):
    world = train_world.subset(np.arange(1))
    world = replace(world, s_type=np.ones_like(world.s_type))
    for name, value in (("chip_temp_max", 90.0), ("chip_errors_max", 0.0), ("boards_active_min", 1.0),
                        ("status_fault", 0.0), ("age_hours", 24 * 30.0)):
        world = _set_raw(world, "s_num", name, (slice(None), slice(None)), value)
    assert RulesBaseline.flags(world).tolist() == [0]


def test_rules_rank_by_economics_estimate(train_world, test_world):
    rules = RulesBaseline()
    rules.fit(train_world)
    predictions = rules.predict(test_world)
    estimate = RulesBaseline.candidate_estimate(test_world)
    np.testing.assert_allclose(predictions.policy_value, 30 * estimate, rtol=TOLERANCE)
    assert np.all(np.diff(rules.flag_rates.rates[:, 1]) >= 0)


def test_gbt_beats_chance_on_failures(train_world, test_world):
    model = GradientBoostedTrees(GbtSettings(max_iter=30))
    model.fit(train_world)
    predictions = model.predict(test_world)
    assert metrics.roc_auc(test_world.y_fail[:, 1], predictions.fail_prob[:, 1]) > 0.6
    assert np.all(np.diff(predictions.profit_q, axis=2) >= 0)


def test_aggregates_of_empty_history_are_nan():
    s_num = np.ones((2, 4, 3), dtype=np.float32)
    s_type = np.array([[0, 0, 0, 0], [0, 0, 1, 2]])
    features = sequence_aggregates(s_num, s_type, n_types=3)
    assert np.isnan(features[0, :18]).all()
    assert features[0, -1] == 0
    assert features[1, -1] == 2
    assert features[1, -3:-1].tolist() == [1, 1]  # one token of type 1, one of type 2


@pytest.mark.parametrize("build", [
    lambda dims: DcnDin(DcnDinConfig(**dims, d_model=8, attention_hidden=8, deep_hidden=16)),
    lambda dims: TwoModules(TwoModulesConfig(**dims, d_model=8, deep_hidden=16)),
], ids=["dcn_din", "two_modules"])
def test_neural_baseline_handles_empty_history(build, train_world):
    world = train_world.subset(np.arange(4))
    s_type = world.s_type.copy()
    s_type[0] = 0  # entity 0 has no history at all
    world = replace(world, s_type=s_type, s_num=np.where(s_type[..., None] > 0, world.s_num, 0))
    dims = {"f_s": world.s_num.shape[2], "f_ns": world.ns_num.shape[1], "f_c": world.cand_num.shape[2],
            "n_s_types": 8}
    model = build(dims)
    batch = neural.to_torch(world, np.arange(4))
    outputs = neural.run_model(model, batch)
    loss = head_losses(model, outputs, batch)["total"]
    loss.backward()
    assert torch.isfinite(loss)
    for parameter in model.parameters():
        assert parameter.grad is None or torch.isfinite(parameter.grad).all()

    # The other entities' outputs do not depend on entity 0's history.
    alone = neural.to_torch(world, np.arange(1, 4))
    with torch.no_grad():
        again = neural.run_model(model, alone)
        torch.testing.assert_close(again["fail_logit"], outputs["fail_logit"][1:].detach(), atol=1e-5, rtol=0)


@pytest.mark.parametrize("build", [
    lambda dims: DcnDin(DcnDinConfig(**dims, d_model=8, attention_hidden=8, deep_hidden=16)),
    lambda dims: TwoModules(TwoModulesConfig(**dims, d_model=8, deep_hidden=16)),
], ids=["dcn_din", "two_modules"])
def test_neural_baseline_ignores_extra_left_padding(build, train_world):
    world = train_world.subset(np.arange(4))
    dims = {"f_s": world.s_num.shape[2], "f_ns": world.ns_num.shape[1], "f_c": world.cand_num.shape[2],
            "n_s_types": 8}
    model = build(dims).eval()
    batch = neural.to_torch(world, np.arange(4))
    padded = dict(batch)
    padded["s_num"] = torch.cat([torch.zeros(4, 5, world.s_num.shape[2]), batch["s_num"]], dim=1)
    padded["s_type"] = torch.cat([torch.zeros(4, 5, dtype=torch.int64), batch["s_type"]], dim=1)
    with torch.no_grad():
        expected, actual = neural.run_model(model, batch), neural.run_model(model, padded)
    for name in expected:
        torch.testing.assert_close(actual[name], expected[name], atol=1e-5, rtol=0)
