"""The harness end to end at smoke size: every model, every table row, the saved predictions and the plots.

smoke.sh sets EVALUATION_SMOKE_RUN to the run it has just made; without it the tests make their own run.
"""

import math
import os
from pathlib import Path

import numpy as np
import pytest

from models.evaluation import report, run, scoring
from models.evaluation.data import load_split, load_splits
from models.evaluation.predictions import load_predictions
from models.evaluation.zoo import PROFILES, build_entries, tensor_dims

TOLERANCE = 1e-9
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def smoke_run(fixture_worlds, tmp_path_factory) -> Path:
    smoke_output = os.environ.get("EVALUATION_SMOKE_RUN")
    if smoke_output:
        return Path(smoke_output)
    out = tmp_path_factory.mktemp("run")
    run.main(["--smoke", "--workers", "1", "--out", str(out), "--train", *map(str, fixture_worlds["train"]),
              "--test", *map(str, fixture_worlds["test"])])
    return out


@pytest.fixture(scope="module")
def rows(smoke_run):
    return report.read_csv(smoke_run / "results.csv")


def test_table_has_every_model_and_world(rows):
    models = [entry.name for entry in build_entries(PROFILES["smoke"])]
    assert sorted({r["model"] for r in rows}) == sorted(models)
    for model in models:
        worlds = {r["world"] for r in rows if r["model"] == model}
        assert {"all", "seed-7", "seed-8"} <= worlds


@pytest.mark.parametrize("model", ["hashtrans", "gbt", "rules"])
def test_table_row_recomputes_from_predictions(smoke_run, rows, model):
    predictions, labels = load_predictions(smoke_run / "predictions" / f"{model}.npz")
    recomputed = scoring.score(predictions, labels)
    row = next(r for r in rows if r["model"] == model and r["world"] == report.ALL_WORLDS)
    for column in scoring.METRIC_COLUMNS:
        if math.isnan(recomputed[column]):
            assert math.isnan(row[column]), column
        else:
            assert row[column] == pytest.approx(recomputed[column], abs=TOLERANCE), column


def test_world_row_recomputes_from_predictions(smoke_run, rows):
    predictions, labels = load_predictions(smoke_run / "predictions" / "hashtrans.npz")
    selected = np.flatnonzero(labels["world"] == "seed-8")
    recomputed = scoring.score(predictions, labels, selected)
    row = next(r for r in rows if r["model"] == "hashtrans" and r["world"] == "seed-8")
    assert row["entities"] == len(selected)
    assert row["fail30_auc"] == pytest.approx(recomputed["fail30_auc"], abs=TOLERANCE)
    assert row["policy_regret"] == pytest.approx(recomputed["policy_regret"], abs=TOLERANCE)


def test_markdown_is_rendered_from_csv(smoke_run, rows):
    assert (smoke_run / "results.md").read_text() == report.markdown_tables(rows)


def test_plots_are_png(smoke_run):
    for name in ("calibration.png", "scaling.png"):
        assert (smoke_run / name).read_bytes()[:8] == PNG_SIGNATURE, name


def test_flops_grow_with_hashtrans_size(rows):
    pooled = {r["model"]: r for r in rows if r["world"] == report.ALL_WORLDS}
    small, main, large = (pooled[name]["flops_per_request"] for name in
                          ("hashtrans_small", "hashtrans", "hashtrans_large"))
    assert 0 < small < main < large


def test_non_causal_ablation_costs_more_flops(rows):
    pooled = {r["model"]: r for r in rows if r["world"] == report.ALL_WORLDS}
    assert pooled["ablation_non_causal"]["flops_per_request"] > pooled["hashtrans"]["flops_per_request"]


def test_training_seed_in_test_is_rejected(fixture_worlds):
    train = load_splits(fixture_worlds["train"])
    with pytest.raises(ValueError, match="training seeds"):
        run.check_held_out(train, [load_split(fixture_worlds["train"][0])])


def test_checkpoint_scores_saved_weights(fixture_worlds, tmp_path):
    import torch

    from models.evaluation.neural import train as neural
    from models.evaluation.neural.hashtrans_adapter import HashTransAdapter, build_config
    from models.evaluation.worker import SHIPPED, score_checkpoint
    from hashtrans import bundle

    test = load_split(fixture_worlds["test"][0])
    torch.manual_seed(3)
    adapter = HashTransAdapter(build_config(tensor_dims(test), PROFILES["smoke"].hashtrans_sizes[0]))
    checkpoint = tmp_path / "checkpoint.pt"
    torch.save({"config": adapter.model.config.to_dict(), "state_dict": adapter.model.state_dict(),
                "training": {"cpu_s": 12.5, "duration_s": 7.0}}, checkpoint)

    fitted = score_checkpoint(checkpoint, test)

    expected = neural.predict(adapter, test)
    assert fitted.name == SHIPPED
    assert fitted.train_cpu_seconds == 12.5
    assert fitted.weights_digest == bundle.weights_digest(adapter.model)
    np.testing.assert_allclose(fitted.predictions.fail_prob, expected.fail_prob, atol=1e-6)
    np.testing.assert_allclose(fitted.predictions.profit_q, expected.profit_q, atol=1e-4)


@pytest.mark.parametrize("name", ["dcn_din", "two_modules", "hashtrans"])
def test_starting_weights_ignore_run_order(fixture_worlds, name):
    import torch

    entry = next(e for e in build_entries(PROFILES["smoke"]) if e.name == name)
    dims = tensor_dims(load_split(fixture_worlds["train"][0]))
    first = entry.initial_model(dims).state_dict()
    torch.rand(1000)  # what training an earlier model in the same worker does to the global generator
    second = entry.initial_model(dims).state_dict()
    assert first.keys() == second.keys()
    for key in first:
        assert torch.equal(first[key], second[key]), key
