import pytest
import torch

from conftest import EXACT_TOLERANCE, synthetic_batch, take_rows, tiny_config
from hashtrans import HashTrans, pyramid
from hashtrans.model import OUTPUT_NAMES


def assert_outputs_close(actual: dict, expected: dict, tolerance: float) -> None:
    for name in OUTPUT_NAMES:
        torch.testing.assert_close(actual[name], expected[name], atol=tolerance, rtol=0, msg=name)


@pytest.mark.parametrize("overrides", [{}, {"n_layers": 1}, {"n_layers": 4, "pyramid_min_s": 0}, {"l_ns": 2},
                                       {"scenario_columns": ()}])
def test_cached_scorer_equals_full_forward(overrides):
    torch.manual_seed(2)
    model = HashTrans(tiny_config(**overrides)).eval()
    batch = synthetic_batch(model.config, n_real=[37, 20, 0, 8], seq_len=37, n_candidates=5)
    with torch.no_grad():
        cached = model.score(model.encode(batch["s_num"], batch["s_type"]),
                             batch["ns_num"], batch["cand_num"], batch["cand_kind"])
        full = model.forward_reference(**batch)
    assert_outputs_close(cached, full, EXACT_TOLERANCE)


@pytest.mark.parametrize("overrides", [{}, {"n_layers": 1}, {"l_ns": 3}, {"l_ns": 6, "n_layers": 4}])
def test_context_cached_scorer_equals_full_forward(overrides):
    torch.manual_seed(4)
    model = HashTrans(tiny_config(**overrides)).eval()
    batch = synthetic_batch(model.config, n_real=[37, 20, 0, 8], seq_len=37, n_candidates=5)
    with torch.no_grad():
        cache = model.encode(batch["s_num"], batch["s_type"])
        context = model.encode_context(cache, batch["ns_num"])
        cached = model.score_with_context(cache, context, batch["ns_num"], batch["cand_num"], batch["cand_kind"])
        full = model.forward_reference(**batch)
    assert_outputs_close(cached, full, EXACT_TOLERANCE)


def test_context_cache_ignores_scenario_columns(tiny_model):
    """A slider move (new scenario columns) reuses the context K/V; any other ns_num column changes it."""
    batch = synthetic_batch(tiny_model.config, n_real=[12, 5], seq_len=12, n_candidates=3)
    scenario = list(tiny_model.config.scenario_columns)
    moved = batch["ns_num"].clone()
    moved[:, scenario] += torch.tensor([1.5, -2.0])
    with torch.no_grad():
        cache = tiny_model.encode(batch["s_num"], batch["s_type"])
        context = tiny_model.encode_context(cache, batch["ns_num"])
        for before, after in zip(context, tiny_model.encode_context(cache, moved)):
            torch.testing.assert_close(after, before, atol=0, rtol=0)
        reused = tiny_model.score_with_context(cache, context, moved, batch["cand_num"], batch["cand_kind"])
        full = tiny_model.forward_reference(batch["s_num"], batch["s_type"], moved, batch["cand_num"],
                                            batch["cand_kind"])
        old = tiny_model.forward_reference(**batch)
        other = batch["ns_num"].clone()
        other[:, tiny_model.config.base_columns[0]] += 1.0
        changed = tiny_model.encode_context(cache, other)
    assert_outputs_close(reused, full, EXACT_TOLERANCE)
    assert (reused["policy_value"] - old["policy_value"]).abs().max() > 1e-3
    assert (changed[0][0] - context[0][0]).abs().max() > 1e-3


def test_sequence_alone_equals_left_padded(tiny_model):
    batch = synthetic_batch(tiny_model.config, n_real=[50, 23, 9, 1], seq_len=50)
    with torch.no_grad():
        in_batch = tiny_model(**batch)
        for row, n_real in enumerate([50, 23, 9, 1]):
            alone = tiny_model(**take_rows(batch, [row], trim_to=n_real))
            assert_outputs_close(alone, {k: v[row:row + 1] for k, v in in_batch.items()}, EXACT_TOLERANCE)


def test_zero_telemetry_outputs_are_finite(tiny_model):
    batch = synthetic_batch(tiny_model.config, n_real=[0, 0], seq_len=12)
    with torch.no_grad():
        outputs = tiny_model(**batch)
    for name in OUTPUT_NAMES:
        assert torch.isfinite(outputs[name]).all(), name


def test_zero_telemetry_row_leaves_other_rows_unchanged(tiny_model):
    batch = synthetic_batch(tiny_model.config, n_real=[30, 0, 17], seq_len=30)
    with torch.no_grad():
        with_empty = tiny_model(**batch)
        without_empty = tiny_model(**take_rows(batch, [0, 2]))
    assert_outputs_close({k: v[[0, 2]] for k, v in with_empty.items()}, without_empty, EXACT_TOLERANCE)


def test_zero_telemetry_gradients_are_finite(tiny_model):
    model = tiny_model.train()
    batch = synthetic_batch(model.config, n_real=[0, 14], seq_len=14)
    outputs = model(**batch)
    total = sum(outputs[name].sum() for name in OUTPUT_NAMES)
    total.backward()
    assert torch.isfinite(total)
    for name, parameter in model.named_parameters():
        assert parameter.grad is None or torch.isfinite(parameter.grad).all(), name


@pytest.mark.parametrize("n_cached,n_total", [(17, 23), (16, 23), (0, 6), (5, 7), (40, 41)])
def test_incremental_encode_equals_full_encode(tiny_model, n_cached, n_total):
    config = tiny_model.config
    assert pyramid.can_append(n_cached, n_total, config)
    batch = synthetic_batch(config, n_real=[n_total], seq_len=n_total)
    new = n_total - n_cached
    with torch.no_grad():
        full = tiny_model.encode(batch["s_num"], batch["s_type"])
        cached = tiny_model.encode(batch["s_num"][:, :n_cached], batch["s_type"][:, :n_cached])
        stepped = tiny_model.encode_step(cached, batch["s_num"][:, n_cached:], batch["s_type"][:, n_cached:])

        for layer in range(config.n_layers):
            # Compare the kept tokens, aligned from the right: both layouts end with the newest token.
            kept = int(full[layer].valid.sum())
            assert int(stepped[layer].valid.sum()) == kept
            for part in ("k", "v"):
                full_part = getattr(full[layer], part)[:, :, full[layer].valid[0]]
                step_part = getattr(stepped[layer], part)[:, :, stepped[layer].valid[0]]
                torch.testing.assert_close(step_part, full_part, atol=EXACT_TOLERANCE, rtol=0)

        ns = (batch["ns_num"], batch["cand_num"], batch["cand_kind"])
        assert_outputs_close(tiny_model.score(stepped, *ns), tiny_model.score(full, *ns), EXACT_TOLERANCE)
    assert new > 0


def test_incremental_encode_in_batch_with_padding(tiny_model):
    config = tiny_model.config
    batch = synthetic_batch(config, n_real=[21, 13], seq_len=21)
    with torch.no_grad():
        full = tiny_model(**batch)
        # Cache the first 18 columns (rows hold 18 and 10 real tokens), then append the last 3 columns.
        cached = tiny_model.encode(batch["s_num"][:, :18], batch["s_type"][:, :18])
        stepped = tiny_model.encode_step(cached, batch["s_num"][:, 18:], batch["s_type"][:, 18:])
        incremental = tiny_model.score(stepped, batch["ns_num"], batch["cand_num"], batch["cand_kind"])
    assert_outputs_close(incremental, full, EXACT_TOLERANCE)


def test_candidates_do_not_see_each_other(tiny_model):
    batch = synthetic_batch(tiny_model.config, n_real=[20], seq_len=20, n_candidates=3)
    with torch.no_grad():
        together = tiny_model(**batch)
        single = tiny_model(**{**batch, "cand_num": batch["cand_num"][:, 1:2], "cand_kind": batch["cand_kind"][:, 1:2]})
    assert_outputs_close(single, {k: v[:, 1:2] for k, v in together.items()}, EXACT_TOLERANCE)


def test_profit_quantiles_are_ordered(tiny_model):
    batch = synthetic_batch(tiny_model.config, n_real=[20, 3], seq_len=20)
    with torch.no_grad():
        profit = tiny_model(**batch)["profit_q"]
    assert (profit[..., 0] <= profit[..., 1]).all()
    assert (profit[..., 1] <= profit[..., 2]).all()
