"""Every model of the comparison behind one interface: fit, predict, size.

A profile fixes the budgets. `full` is the documented run; `smoke` shrinks every model and budget so that CI only
checks the plumbing. Both train all models on the same tensors in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

import numpy as np
import torch
from torch import nn

from models.evaluation.baselines.aggregates import type_vocabulary_size
from models.evaluation.baselines.gbt import GbtSettings, GradientBoostedTrees
from models.evaluation.baselines.rules import RulesBaseline
from models.evaluation.data import TensorSet
from models.evaluation.flops import FLOP_METHOD, flops_per_request
from models.evaluation.neural import train as neural
from models.evaluation.neural.dcn_din import DcnDin, DcnDinConfig
from models.evaluation.neural.two_modules import TwoModules, TwoModulesConfig
from models.evaluation.predictions import Predictions

FAMILY_BASELINE = "baseline"
FAMILY_HASHTRANS = "hashtrans"
FAMILY_ABLATION = "ablation"
FAMILY_SCALING = "scaling"

# Relative training cost per model, measured as CPU time per step on exported tensors (L_S 256, 13 candidates);
# the harness starts the costly models first.
RELATIVE_COST = {"ablation_non_causal": 8.0, "hashtrans_large": 6.0, "ablation_no_pyramid": 5.0, "hashtrans": 3.0,
                 "dcn_din": 3.0, "ablation_shared_params": 3.0, "two_modules": 2.0, "gbt": 2.0,
                 "hashtrans_small": 0.6, "ablation_ns_only": 0.3, "rules": 0.1}

NO_PYRAMID_MIN_S = 1 << 30  # HashTrans keeps every S-token at every layer when min_s exceeds L_S
NON_CAUSAL_TRAIN_CANDIDATES = 4


def tensor_dims(tensors: TensorSet) -> dict:
    """Return the feature widths and S-type vocabulary that size a model for these tensors."""
    return {"f_s": tensors.s_num.shape[2], "f_ns": tensors.ns_num.shape[1], "f_c": tensors.cand_num.shape[2],
            "n_s_types": type_vocabulary_size(tensors)}


@dataclass(frozen=True)
class Size:
    params: int
    flops: int  # per request; for trees and rules the count of comparisons or scalar operations
    method: str


class Entry:
    """One row of the table. Subclasses implement fit (returns seconds), predict and size."""

    name: str
    family: str

    def fit(self, tensors: TensorSet) -> float:
        raise NotImplementedError

    def predict(self, tensors: TensorSet) -> Predictions:
        raise NotImplementedError

    def size(self, tensors: TensorSet) -> Size:
        raise NotImplementedError


class RulesEntry(Entry):
    def __init__(self) -> None:
        self.name, self.family = "rules", FAMILY_BASELINE
        self.model = RulesBaseline()

    def fit(self, tensors):
        return self.model.fit(tensors)

    def predict(self, tensors):
        return self.model.predict(tensors)

    def size(self, tensors):
        constants, operations = self.model.size(tensors.s_type.shape[1], tensors.cand_kind.shape[1])
        return Size(constants, operations, "hand count of scalar operations")


class GbtEntry(Entry):
    def __init__(self, settings: GbtSettings) -> None:
        self.name, self.family = "gbt", FAMILY_BASELINE
        self.model = GradientBoostedTrees(settings)

    def fit(self, tensors):
        return self.model.fit(tensors)

    def predict(self, tensors):
        return self.model.predict(tensors)

    def size(self, tensors):
        nodes, comparisons = self.model.size(tensors.cand_kind.shape[1])
        return Size(nodes, comparisons, "tree nodes; split comparisons, one per tree level (upper bound)")


class NeuralEntry(Entry):
    """A PyTorch model trained by the shared loop; `build` makes it from the tensor widths."""

    def __init__(self, name: str, family: str, build: Callable[[dict], nn.Module],
                 settings: neural.TrainSettings) -> None:
        self.name, self.family = name, family
        self.build, self.settings = build, settings
        self.model: nn.Module | None = None

    def fit(self, tensors):
        self.model = self.initial_model(tensor_dims(tensors))
        return neural.train_model(self.model, tensors, self.settings)

    def initial_model(self, dims: dict) -> nn.Module:
        """Build the model from the training seed, so its starting weights do not depend on what ran before it."""
        torch.manual_seed(self.settings.seed)
        return self.build(dims)

    def predict(self, tensors):
        return neural.predict(self.model, tensors)

    def size(self, tensors):
        return Size(neural.count_parameters(self.model), flops_per_request(self.model, tensors), FLOP_METHOD)


@dataclass(frozen=True)
class Profile:
    """Budgets and model sizes of one run."""

    name: str
    train: neural.TrainSettings
    gbt: GbtSettings
    baseline_width: int
    # HashTrans sizes for the scaling plot, smallest first; the middle one is the main row and the ablations' base.
    hashtrans_sizes: tuple[dict, ...]
    notes: dict = field(default_factory=dict)


PROFILES = {
    "full": Profile(
        name="full",
        train=neural.TrainSettings(epochs=4, batch_size=64, learning_rate=2e-3),
        gbt=GbtSettings(max_iter=300),
        baseline_width=32,
        hashtrans_sizes=(
            {"d_model": 16, "n_heads": 2, "n_layers": 2, "l_ns": 4, "ns_hidden": 32},
            {"d_model": 32, "n_heads": 4, "n_layers": 3, "l_ns": 6, "ns_hidden": 64},
            {"d_model": 64, "n_heads": 4, "n_layers": 4, "l_ns": 8, "ns_hidden": 128},
        ),
    ),
    "smoke": Profile(
        name="smoke",
        train=neural.TrainSettings(epochs=1, batch_size=64, learning_rate=3e-3),
        gbt=GbtSettings(max_iter=10),
        baseline_width=8,
        hashtrans_sizes=(
            {"d_model": 8, "n_heads": 2, "n_layers": 1, "l_ns": 2, "ns_hidden": 8},
            {"d_model": 8, "n_heads": 2, "n_layers": 2, "l_ns": 3, "ns_hidden": 16},
            {"d_model": 16, "n_heads": 2, "n_layers": 2, "l_ns": 3, "ns_hidden": 16},
        ),
    ),
}


def build_entries(profile: Profile, only: set[str] | None = None) -> list[Entry]:
    """Return the table's models in run order; `only` keeps the named ones."""
    width = profile.baseline_width
    small, main, large = profile.hashtrans_sizes

    def hashtrans(overrides: dict, ns_only: bool = False):
        def build(dims: dict) -> nn.Module:
            # Imported on use, so the baselines run even where models/training is broken or absent.
            from models.evaluation.neural.hashtrans_adapter import HashTransAdapter, build_config
            return HashTransAdapter(build_config(dims, overrides), ns_only=ns_only)
        return build

    entries: list[Entry] = [
        RulesEntry(),
        GbtEntry(profile.gbt),
        NeuralEntry("dcn_din", FAMILY_BASELINE,
                    lambda dims: DcnDin(DcnDinConfig(**dims, d_model=width, attention_hidden=width,
                                                     deep_hidden=4 * width)), profile.train),
        NeuralEntry("two_modules", FAMILY_BASELINE,
                    lambda dims: TwoModules(TwoModulesConfig(**dims, d_model=width, deep_hidden=4 * width)),
                    profile.train),
        NeuralEntry("hashtrans", FAMILY_HASHTRANS, hashtrans(main), profile.train),
        NeuralEntry("hashtrans_small", FAMILY_SCALING, hashtrans(small), profile.train),
        NeuralEntry("hashtrans_large", FAMILY_SCALING, hashtrans(large), profile.train),
        NeuralEntry("ablation_shared_params", FAMILY_ABLATION, hashtrans({**main, "shared_params": True}),
                    profile.train),
        NeuralEntry("ablation_no_pyramid", FAMILY_ABLATION,
                    hashtrans({**main, "pyramid_min_s": NO_PYRAMID_MIN_S}), profile.train),
        # Full attention runs one sequence per candidate, so training sees NON_CAUSAL_TRAIN_CANDIDATES random
        # candidates per entity and step to stay within the budget; prediction scores all of them.
        NeuralEntry("ablation_non_causal", FAMILY_ABLATION, hashtrans({**main, "causal": False}),
                    replace(profile.train, train_candidates=NON_CAUSAL_TRAIN_CANDIDATES)),
        NeuralEntry("ablation_ns_only", FAMILY_ABLATION, hashtrans(main, ns_only=True), profile.train),
    ]
    if only:
        unknown = only - {e.name for e in entries}
        if unknown:
            raise ValueError(f"unknown model names {sorted(unknown)}; known: {[e.name for e in entries]}")
        entries = [e for e in entries if e.name in only]
    return entries


def seeds_of(tensors: TensorSet) -> set[int]:
    """Return the world seeds that the splits' meta.json files list.

    The exporter lists them as `worlds[i].seed`; the synthetic fixture writes `world_seeds`.
    """
    seeds: set[int] = set()
    for meta in tensors.meta:
        seeds.update(int(s) for s in np.atleast_1d(meta.get("world_seeds", [])))
        seeds.update(int(world["seed"]) for world in meta.get("worlds", []) if "seed" in world)
    return seeds
