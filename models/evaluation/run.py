"""Train every model of the comparison on the same tensors and evaluate it on held-out worlds.

    python -m models.evaluation.run --train DIR [DIR ...] --test DIR [DIR ...] --out DIR [--smoke]

Writes to --out: predictions/<model>.npz (predictions plus labels), results.csv and results.md (one row per model
and held-out world, plus the pooled `all` rows), calibration.png, scaling.png and run.json (settings, seeds, time).
Nothing is tuned on the test folders: budgets are fixed by the profile before any test row is read.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import platform
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import torch

from models.evaluation import metrics, report, scoring
from models.evaluation import spec as feature_spec
from models.evaluation.data import TensorSet, concat, load_split, load_splits
from models.evaluation.predictions import LABEL_NAMES, save_predictions
from models.evaluation.worker import SHIPPED, Fitted, fit_entry, init_worker, score_checkpoint
from models.evaluation.zoo import FAMILY_SCALING, PROFILES, RELATIVE_COST, build_entries, seeds_of

log = logging.getLogger("models.evaluation")

# NS columns whose values identify a site climate and a miner model; see row_groups.
UNSEEN_COLUMNS = {"unseen-site": "latitude", "unseen-model": "model_nominal_ths"}
MIN_SUBSET = 20


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, nargs="+", required=True,
                        help="exported training split folders (all are concatenated)")
    parser.add_argument("--test", type=Path, nargs="+", required=True,
                        help="exported held-out split folders, one world each; their seeds must not be in --train")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created)")
    parser.add_argument("--smoke", action="store_true", help="tiny models and budgets, for CI")
    parser.add_argument("--models", type=lambda s: set(s.split(",")), default=None,
                        help="comma-separated model names to run (default: all)")
    parser.add_argument("--workers", type=int, default=2,
                        help="models fitted in parallel, one process each (default 2, for 2 cores)")
    parser.add_argument("--checkpoint", type=Path,
                        help="also score this trainer checkpoint, the shipped bundle's weights, as row "
                             "`hashtrans_shipped`; it is scored as trained, never refitted")
    parser.add_argument("--threads", type=int, default=1,
                        help="threads per worker for PyTorch and scikit-learn's OpenMP loops; more than 1 only pays on an "
                             "idle machine, because OpenMP threads spin-wait when other processes hold the cores")
    return parser.parse_args(argv)


def check_held_out(train: TensorSet, tests: list[TensorSet]) -> None:
    """Raise ValueError when a test world shares a seed with the training worlds."""
    train_seeds = seeds_of(train)
    for test in tests:
        shared = train_seeds & seeds_of(test)
        if shared:
            raise ValueError(f"test world {test.world[0]} uses training seeds {sorted(shared)}; "
                             f"evaluate only on worlds whose seeds were not used in training")


def row_groups(train: TensorSet, test: TensorSet) -> dict[str, np.ndarray]:
    """Return the test rows of each table group: all worlds, each world, and each world's unseen-value subsets.

    An unseen subset contains the entities whose NS value of a column (site latitude for the climate, nameplate TH/s
    for the miner model) never occurs in training. It is kept only when it has at least MIN_SUBSET entities and
    is smaller than its world, so a world that is entirely new is not listed twice.
    """
    groups = {report.ALL_WORLDS: np.arange(test.size)}
    for world in test.worlds():
        in_world = test.world == world
        groups[world] = np.flatnonzero(in_world)
        for label, column in UNSEEN_COLUMNS.items():
            if not feature_spec.has_field(test.spec, "ns_num", column):
                continue
            seen = np.unique(np.round(feature_spec.raw_column(train.spec, "ns_num", column, train.ns_num), 3))
            values = np.round(feature_spec.raw_column(test.spec, "ns_num", column, test.ns_num), 3)
            unseen = in_world & ~np.isin(values, seen)
            if MIN_SUBSET <= unseen.sum() < in_world.sum():
                groups[f"{world}:{label}"] = np.flatnonzero(unseen)
    return groups


def fit_all(args: argparse.Namespace, profile: str, names: list[str]) -> dict[str, Fitted]:
    """Fit every named model, in `args.workers` processes, and return the results by name."""
    init_args = (args.train, args.test, args.threads)
    if args.workers == 1:
        init_worker(*init_args)
        return {name: fit_entry(profile, name) for name in names}

    # Longest first, so that the last model to start is a short one.
    ordered = sorted(names, key=lambda name: -RELATIVE_COST.get(name, 1.0))
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(args.workers, mp_context=context, initializer=init_worker, initargs=init_args) as pool:
        futures = {name: pool.submit(fit_entry, profile, name) for name in ordered}
        return {name: futures[name].result() for name in names}


def evaluate(args: argparse.Namespace) -> list[dict]:
    started = time.perf_counter()
    profile = PROFILES["smoke" if args.smoke else "full"]
    train = load_splits(args.train)
    tests = [load_split(d) for d in args.test]
    check_held_out(train, tests)
    test = concat(tests)
    log.info("train: %d entities from %s; test: %d entities from %s", train.size, train.worlds(), test.size,
             test.worlds())
    groups = row_groups(train, test)
    log.info("row groups: %s", {name: len(selected) for name, selected in groups.items()})

    names = [entry.name for entry in build_entries(profile, args.models)]
    fitted = fit_all(args, profile.name, names)
    if args.checkpoint is not None:
        fitted[SHIPPED] = score_checkpoint(args.checkpoint, test)
        names.append(SHIPPED)

    args.out.mkdir(parents=True, exist_ok=True)
    labels = {name: getattr(test, name) for name in LABEL_NAMES}
    rows: list[dict] = []
    curves: dict[str, metrics.CalibrationCurve] = {}
    for name in names:
        result = fitted[name]
        save_predictions(args.out / "predictions" / f"{name}.npz", result.predictions, test)
        info = {"model": name, "family": result.family, "params": result.size.params,
                "flops_per_request": result.size.flops, "flops_method": result.size.method,
                "train_seconds": result.train_cpu_seconds, "train_wall_seconds": result.train_wall_seconds}
        for group, selected in groups.items():
            rows.append({**info, "world": group, "entities": len(selected),
                         **scoring.score(result.predictions, labels, selected)})
        curves[name] = metrics.calibration_curve(test.y_fail[:, 1], result.predictions.fail_prob[:, 1])

    report.write_csv(rows, args.out / "results.csv")
    (args.out / "results.md").write_text(report.markdown_tables(rows))
    report.plot_calibration(curves, args.out / "calibration.png")
    scaling = [name for name in names if fitted[name].family == FAMILY_SCALING or name == "hashtrans"]
    scaling.sort(key=lambda name: fitted[name].size.flops)
    report.plot_scaling(rows, scaling, args.out / "scaling.png")
    run_info = {
        "command": " ".join(["python -m models.evaluation.run", *sys.argv[1:]]),
        "profile": profile.name, "train": [str(p) for p in args.train], "test": [str(p) for p in args.test],
        "train_seeds": sorted(seeds_of(train)), "test_seeds": sorted(seeds_of(test)),
        "train_entities": train.size, "test_entities": test.size, "threads": args.threads, "workers": args.workers,
        "total_seconds": round(time.perf_counter() - started, 1), "python": platform.python_version(),
        "torch": torch.__version__, "cpu_count": os.cpu_count(),
    }
    if args.checkpoint is not None:
        run_info["checkpoint"] = {"path": str(args.checkpoint), "weights": fitted[SHIPPED].weights_digest}
    (args.out / "run.json").write_text(json.dumps(run_info, indent=2) + "\n")
    log.info("wrote %s in %.0f s", args.out, run_info["total_seconds"])
    return rows


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    evaluate(parse_args(argv))


if __name__ == "__main__":
    main()
