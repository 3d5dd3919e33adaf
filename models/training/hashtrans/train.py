"""Train HashTrans on tensors from `export-training-set` and write a checkpoint.

Usage (from the repository root):
    PYTHONPATH=models/training .venv/bin/python -m hashtrans.train --train DATA/train --val DATA/val --out RUN
    PYTHONPATH=models/training .venv/bin/python -m hashtrans.train --train DATA/train --out RUN --smoke
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import platform
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import Tensor
from sklearn.metrics import roc_auc_score

from hashtrans.bundle import FEATURE_SPEC_FILE, checkpoint_payload
from hashtrans.config import HashTransConfig
from hashtrans.data import SPLIT_TRAIN, SPLIT_VALIDATION, TrainingSet, load_training_set, n_s_types_needed
from hashtrans.losses import HEAD_LOSSES, head_losses, set_target_scales
from hashtrans.model import HashTrans

CHECKPOINT_FILE = "checkpoint.pt"
METRICS_FILE = "metrics.json"

# Model sizes. The full size is the bundled model; smoke is for CI and checks the pipeline only.
SMOKE_MODEL = dict(d_model=16, n_heads=2, n_layers=2, l_ns=4, ns_hidden=32)
FULL_MODEL = dict(d_model=64, n_heads=4, n_layers=4, l_ns=8, ns_hidden=128)
SMOKE_DEFAULTS = dict(epochs=2, batch_size=32, max_minutes=1.0, max_entities=256)
FULL_DEFAULTS = dict(epochs=30, batch_size=64, max_minutes=18.0, max_entities=0)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m hashtrans.train", description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, required=True, help="folder of training tensors")
    parser.add_argument("--val", type=Path,
                        help="folder of validation tensors; default: the validation rows of split.npy in --train, "
                             "or 10%% of its rows when it has no split.npy")
    parser.add_argument("--out", type=Path, required=True, help="run folder for checkpoint.pt and metrics.json")
    parser.add_argument("--smoke", action="store_true", help="tiny model and short run (under a minute on 2 cores)")
    parser.add_argument("--epochs", type=int, help="passes over the training set (smoke 2, full 30)")
    parser.add_argument("--batch-size", type=int, help="entities per step (smoke 32, full 64)")
    parser.add_argument("--lr", type=float, default=2e-3, help="peak AdamW learning rate")
    parser.add_argument("--weight-decay", type=float, default=0.01, help="AdamW weight decay")
    parser.add_argument("--max-minutes", type=float, help="stop after this many minutes of training (smoke 1, full 18)")
    parser.add_argument("--max-entities", type=int, help="use at most this many training entities, 0 = all")
    parser.add_argument("--limit-by-cpu", action="store_true",
                        help="apply --max-minutes to process CPU time / --threads instead of wall time, which "
                             "estimates wall time on dedicated cores when the machine is shared")
    parser.add_argument("--seed", type=int, default=7, help="seed for initialisation, shuffling and the split")
    parser.add_argument("--threads", type=int, default=2, help="torch CPU threads")
    parser.add_argument("--log-every", type=int, default=20, help="steps between progress lines")
    args = parser.parse_args(argv)
    defaults = SMOKE_DEFAULTS if args.smoke else FULL_DEFAULTS
    for name, value in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    return args


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def split_sets(args: argparse.Namespace, generator: torch.Generator) -> tuple[TrainingSet, TrainingSet, Tensor, Tensor]:
    """Return the training and validation sets with the row indices used from each."""
    train = load_training_set(args.train)
    if args.val is not None:
        val = load_training_set(args.val)
        train_rows = torch.randperm(len(train), generator=generator)
        val_rows = torch.arange(len(val))
    elif train.split_rows(SPLIT_TRAIN) is not None:
        # The exporter's split keeps all rows of one miner on one side.
        val = train
        train_rows = train.split_rows(SPLIT_TRAIN)
        train_rows = train_rows[torch.randperm(len(train_rows), generator=generator)]
        val_rows = train.split_rows(SPLIT_VALIDATION)
    else:
        val = train
        order = torch.randperm(len(train), generator=generator)
        n_val = max(1, len(train) // 10)
        train_rows, val_rows = order[n_val:], order[:n_val]
    if args.max_entities:
        train_rows = train_rows[: args.max_entities]
        val_rows = val_rows[: max(1, args.max_entities // 4)]
    return train, val, train_rows, val_rows


def build_model(args: argparse.Namespace, train: TrainingSet) -> HashTrans:
    t = train.tensors
    sizes = SMOKE_MODEL if args.smoke else FULL_MODEL
    spec_types = train.meta.get("s_type_vocab_size")
    config = HashTransConfig(f_s=t["s_num"].shape[2], f_ns=t["ns_num"].shape[1], f_c=t["cand_num"].shape[2],
                             n_s_types=max(int(spec_types or 0), n_s_types_needed(train)),
                             scenario_columns=scenario_columns(args.train / FEATURE_SPEC_FILE), **sizes)
    return HashTrans(config)


def scenario_columns(spec_path: Path) -> tuple[int, ...]:
    """Return the ns_num columns of the feature spec's "scenario" group (the sliders' columns), or () without a spec."""
    if not spec_path.exists():
        return ()
    fields = json.loads(spec_path.read_text(encoding="utf-8"))["ns_num"]["fields"]
    return tuple(field["index"] for field in fields if field["group"] == "scenario")


def learning_rate(progress: float, peak: float) -> float:
    """Linear warm-up over the first 5 % of training, then cosine decay to 10 % of the peak.

    progress is the larger of the step share and the time-budget share, so the decay also ends in time when the
    time limit stops training before the last epoch.
    """
    if progress < 0.05:
        return peak * max(progress, 0.005) / 0.05
    remaining = min(1.0, (progress - 0.05) / 0.95)
    return peak * (0.1 + 0.45 * (1 + math.cos(math.pi * remaining)))


@torch.no_grad()
def evaluate(model: HashTrans, data: TrainingSet, rows: Tensor, batch_size: int) -> dict:
    """Return mean head losses and failure AUCs over the given rows."""
    model.eval()
    sums = {name: 0.0 for name in (*HEAD_LOSSES, "total")}
    fail_prob, fail_label = [], []
    batches = 0
    for start in range(0, len(rows), batch_size):
        batch = data.batch(rows[start: start + batch_size])
        raw = model.forward_raw(batch["s_num"], batch["s_type"], batch["ns_num"], batch["cand_num"],
                                batch["cand_kind"])
        for name, value in head_losses(model, raw, batch).items():
            sums[name] += float(value)
        fail_prob.append(torch.sigmoid(raw["fail_logit"][:, 0]))
        fail_label.append(batch["y_fail"])
        batches += 1
    metrics = {f"loss_{name}": value / max(batches, 1) for name, value in sums.items()}
    probs, labels = torch.cat(fail_prob), torch.cat(fail_label)
    for index, days in enumerate((7, 30)):
        known = torch.isfinite(labels[:, index])
        y = labels[known, index].numpy()
        metrics[f"fail_auc_{days}d"] = (float(roc_auc_score(y, probs[known, index].numpy()))
                                        if 0 < y.sum() < len(y) else float("nan"))
    model.train()
    return metrics


def format_losses(losses: dict) -> str:
    return " ".join(f"{name} {losses[name].item():7.4f}" for name in HEAD_LOSSES)


def train(args: argparse.Namespace) -> dict:
    seed_everything(args.seed)
    torch.set_num_threads(args.threads)
    generator = torch.Generator().manual_seed(args.seed)
    train_set, val_set, train_rows, val_rows = split_sets(args, generator)
    model = build_model(args, train_set)
    t = train_set.tensors
    set_target_scales(model, t["y_value"][train_rows], t["cand_kind"][train_rows], t["y_profit"][train_rows])
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=args.weight_decay)
    steps_per_epoch = math.ceil(len(train_rows) / args.batch_size)
    total_steps = steps_per_epoch * args.epochs
    n_params = sum(p.numel() for p in model.parameters())
    print(f"train entities {len(train_rows)} val entities {len(val_rows)} params {n_params} "
          f"steps {total_steps} threads {args.threads}", flush=True)

    started = time.monotonic()
    cpu_started = time.process_time()
    step, stopped_early = 0, False
    budget_s = args.max_minutes * 60

    def budget_used() -> float:
        if args.limit_by_cpu:
            return (time.process_time() - cpu_started) / args.threads
        return time.monotonic() - started

    model.train()
    for epoch in range(1, args.epochs + 1):
        order = train_rows[torch.randperm(len(train_rows), generator=generator)]
        for start in range(0, len(order), args.batch_size):
            progress = max(step / total_steps, budget_used() / budget_s)
            for group in optimizer.param_groups:
                group["lr"] = learning_rate(progress, args.lr)
            batch = train_set.batch(order[start: start + args.batch_size])
            raw = model.forward_raw(batch["s_num"], batch["s_type"], batch["ns_num"], batch["cand_num"],
                                    batch["cand_kind"])
            losses = head_losses(model, raw, batch)
            optimizer.zero_grad(set_to_none=True)
            losses["total"].backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            step += 1
            elapsed = time.monotonic() - started
            if step % args.log_every == 0 or step == 1:
                print(f"epoch {epoch:3d}/{args.epochs} step {step:6d}/{total_steps} "
                      f"loss {losses['total'].item():8.4f} {format_losses(losses)} "
                      f"lr {optimizer.param_groups[0]['lr']:.2e} elapsed {elapsed:7.1f}s", flush=True)
            if budget_used() > budget_s:
                stopped_early = True
                break
        metrics = evaluate(model, val_set, val_rows, args.batch_size)
        print(f"val   epoch {epoch:3d} loss {metrics['loss_total']:8.4f} "
              f"fail_auc_7d {metrics['fail_auc_7d']:.4f} fail_auc_30d {metrics['fail_auc_30d']:.4f} "
              f"elapsed {time.monotonic() - started:7.1f}s", flush=True)
        if stopped_early:
            print(f"stopped after {args.max_minutes} minutes at step {step}", flush=True)
            break

    duration = time.monotonic() - started
    cpu_seconds = time.process_time() - cpu_started
    training = {
        "command": " ".join(["python -m hashtrans.train", *args.argv]),
        "args": {key: str(value) for key, value in vars(args).items() if key != "argv"},
        "seed": args.seed, "steps": step, "epochs_run": epoch, "stopped_early": stopped_early,
        "duration_s": round(duration, 1), "cpu_s": round(cpu_seconds, 1), "threads": args.threads,
        "train_entities": len(train_rows), "val_entities": len(val_rows), "parameters": n_params,
        "torch": str(torch.__version__), "machine": platform.machine(), "data": train_set.meta,
    }
    metadata = {"trained": True, "feature_spec_version": train_set.feature_spec_version,
                "training": training, "metrics": metrics}
    args.out.mkdir(parents=True, exist_ok=True)
    torch.save(checkpoint_payload(model, metadata), args.out / CHECKPOINT_FILE)
    (args.out / METRICS_FILE).write_text(json.dumps({"training": training, "metrics": metrics,
                                                     "config": dataclasses.asdict(model.config)}, indent=2) + "\n")
    print(f"done steps {step} duration {duration:7.1f}s checkpoint {args.out / CHECKPOINT_FILE}", flush=True)
    return metrics


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    args.argv = list(argv) if argv is not None else sys.argv[1:]
    train(args)


if __name__ == "__main__":
    main()
