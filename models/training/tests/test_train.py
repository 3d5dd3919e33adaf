import json

import numpy as np
import pytest
import torch

from conftest import EXACT_TOLERANCE, synthetic_batch, tiny_config, write_synthetic_training_set
from hashtrans import HashTrans
from hashtrans.bundle import load_checkpoint, model_card, model_card_text
from hashtrans.data import TrainingDataError, load_training_set
from hashtrans.losses import head_losses, listwise_loss, pinball_loss
from hashtrans.model import OUTPUT_NAMES
from hashtrans.train import CHECKPOINT_FILE, METRICS_FILE, main, parse_args, split_sets


def labels_for(batch: dict, n_candidates: int) -> dict:
    b = batch["s_type"].shape[0]
    value = torch.randn(b, n_candidates)
    value[:, -1] = float("nan")
    return {"y_fail": torch.tensor([[0.0, 1.0]] * b), "y_value": value, "y_risk": torch.rand(b, n_candidates),
            "y_profit": torch.randn(b, 3), "y_hazard": torch.rand(b, 2)}


def test_loss_and_gradients_finite_without_telemetry():
    torch.manual_seed(4)
    model = HashTrans(tiny_config()).train()
    batch = synthetic_batch(model.config, n_real=[0, 0, 11], seq_len=11, n_candidates=5)
    batch["cand_kind"] = torch.tensor([[1, 2, 2, 3, 4]] * 3)
    batch.update(labels_for(batch, 5))
    batch["y_fail"][0, 1] = float("nan")
    batch["y_profit"][1] = float("nan")
    raw = model.forward_raw(batch["s_num"], batch["s_type"], batch["ns_num"], batch["cand_num"], batch["cand_kind"])
    losses = head_losses(model, raw, batch)
    losses["total"].backward()
    for name, value in losses.items():
        assert torch.isfinite(value), name
    for name, parameter in model.named_parameters():
        assert parameter.grad is not None and torch.isfinite(parameter.grad).all(), name


def test_listwise_loss_prefers_true_order():
    targets = torch.tensor([[3.0, 1.0, 2.0, 0.0]])
    mask = torch.tensor([[True, True, True, False]])
    right = listwise_loss(torch.tensor([[3.0, 1.0, 2.0, 9.0]]), targets, mask)
    wrong = listwise_loss(torch.tensor([[1.0, 3.0, 2.0, -9.0]]), targets, mask)
    assert right < wrong


def test_listwise_loss_ignores_single_item_lists():
    loss = listwise_loss(torch.tensor([[5.0, 0.0]]), torch.tensor([[1.0, 0.0]]), torch.tensor([[True, False]]))
    assert float(loss) == 0.0


def test_pinball_loss_zero_at_perfect_quantiles():
    target = torch.tensor([[1.0, 2.0]])
    predicted = target.unsqueeze(-1).expand(1, 2, 3)
    assert float(pinball_loss(predicted, target, torch.ones(1, 2, dtype=torch.bool))) == 0.0
    assert float(pinball_loss(predicted + 1, target, torch.ones(1, 2, dtype=torch.bool))) > 0.0


def test_training_set_rejects_nan_inputs(tmp_path):
    write_synthetic_training_set(tmp_path, n_entities=8)
    s_num = np.load(tmp_path / "s_num.npy")
    s_num[3, -1, 2] = np.nan
    np.save(tmp_path / "s_num.npy", s_num)
    with pytest.raises(TrainingDataError, match="s_num.npy: non-finite value nan at index \\(3, 23, 2\\)"):
        load_training_set(tmp_path)


def test_training_set_rejects_missing_file(tmp_path):
    write_synthetic_training_set(tmp_path, n_entities=8)
    (tmp_path / "cand_kind.npy").unlink()
    with pytest.raises(TrainingDataError, match="cand_kind.npy: file not found"):
        load_training_set(tmp_path)


def test_smoke_training_learns_and_saves(tmp_path, capsys):
    write_synthetic_training_set(tmp_path / "data", n_entities=160)
    main(["--train", str(tmp_path / "data"), "--out", str(tmp_path / "run"), "--smoke", "--epochs", "6",
          "--log-every", "1", "--seed", "3"])
    lines = capsys.readouterr().out.splitlines()
    step_losses = [float(line.split(" loss ")[1].split()[0]) for line in lines if line.startswith("epoch ")]
    assert len(step_losses) >= 10
    assert np.mean(step_losses[-5:]) < np.mean(step_losses[:5])

    metrics = json.loads((tmp_path / "run" / METRICS_FILE).read_text())
    assert np.isfinite(metrics["metrics"]["loss_total"])
    assert metrics["training"]["train_entities"] == 144

    model, metadata = load_checkpoint(tmp_path / "run" / CHECKPOINT_FILE)
    assert metadata["trained"] is True
    card_text = model_card_text(model_card(model, metadata), model)
    assert "- Trained: yes" in card_text
    assert "| fail_auc_30d |" in card_text
    batch = synthetic_batch(model.config, n_real=[7, 0], seq_len=7)
    with torch.no_grad():
        first, second = model(**batch), model(**batch)
    for name in OUTPUT_NAMES:
        assert torch.isfinite(first[name]).all(), name
        torch.testing.assert_close(first[name], second[name], atol=EXACT_TOLERANCE, rtol=0)


def test_split_file_decides_validation_rows(tmp_path):
    write_synthetic_training_set(tmp_path, n_entities=40)
    split = np.zeros(40, dtype=np.int64)
    split[:10] = 1
    np.save(tmp_path / "split.npy", split)
    args = parse_args(["--train", str(tmp_path), "--out", str(tmp_path / "run")])
    _, _, train_rows, val_rows = split_sets(args, torch.Generator().manual_seed(0))
    assert sorted(val_rows.tolist()) == list(range(10))
    assert sorted(train_rows.tolist()) == list(range(10, 40))
