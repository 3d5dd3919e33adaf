"""Fit and predict one model of the comparison, in this process or in a worker process of a pool.

Each worker loads the tensors once (`init_worker`) and then fits the models it is given by name, so models run in
parallel without sharing PyTorch or OpenMP thread pools.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

import torch
from threadpoolctl import threadpool_limits

from models.evaluation.data import TensorSet, concat, load_split, load_splits
from models.evaluation.predictions import Predictions, as_float32
from models.evaluation.zoo import FAMILY_HASHTRANS, PROFILES, Size, build_entries

log = logging.getLogger(__name__)

_data: dict[str, TensorSet] = {}
SHIPPED = "hashtrans_shipped"  # row name of the checkpoint scored by score_checkpoint


@dataclass(frozen=True)
class Fitted:
    name: str
    family: str
    predictions: Predictions
    size: Size
    train_cpu_seconds: float  # CPU time of fit; equals wall time on an idle core, since every model runs 1 thread
    train_wall_seconds: float
    weights_digest: str | None = None  # set for a scored checkpoint: the bundle's weights digest


def init_worker(train_dirs: list[Path], test_dirs: list[Path], threads: int) -> None:
    """Load the training and test tensors and limit PyTorch and OpenMP to `threads` threads."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    torch.set_num_threads(threads)
    threadpool_limits(threads)
    _data["train"] = load_splits(train_dirs)
    _data["test"] = concat([load_split(d) for d in test_dirs])


def fit_entry(profile_name: str, name: str) -> Fitted:
    """Fit model `name` of the profile on the training tensors and predict the test tensors."""
    entry = build_entries(PROFILES[profile_name], {name})[0]
    train, test = _data["train"], _data["test"]
    log.info("fitting %s", name)
    wall, cpu = time.perf_counter(), time.process_time()
    entry.fit(train)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    predictions = as_float32(entry.predict(test))
    log.info("fitted %s in %.0f s CPU, %.0f s wall", name, cpu, wall)
    return Fitted(name, entry.family, predictions, entry.size(test), cpu, wall)


def score_checkpoint(checkpoint: Path, test: TensorSet) -> Fitted:
    """Predict the test tensors with a trainer checkpoint (the shipped bundle's weights), without refitting it.

    The training times are the checkpoint's own, from its metadata, so the row compares with the refitted models.
    """
    from models.evaluation.neural import train as neural
    from models.evaluation.neural.hashtrans_adapter import HashTransAdapter
    from models.evaluation.flops import FLOP_METHOD, flops_per_request
    from hashtrans import bundle

    model, metadata = bundle.load_checkpoint(checkpoint)
    adapter = HashTransAdapter(model.config, model=model)
    training = metadata.get("training", {})
    log.info("scoring checkpoint %s", checkpoint)
    predictions = as_float32(neural.predict(adapter, test))
    size = Size(neural.count_parameters(adapter), flops_per_request(adapter, test), FLOP_METHOD)
    return Fitted(SHIPPED, FAMILY_HASHTRANS, predictions, size, float(training.get("cpu_s", float("nan"))),
                  float(training.get("duration_s", float("nan"))), bundle.weights_digest(model))
