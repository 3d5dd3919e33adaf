"""Load the training tensors written by the Java `export-training-set` command.

The layout is the tensor contract in docs/model-io.md: one folder per data split with `.npy` files, `meta.json`
and, where the exporter writes it, `feature-spec.json`. Python never computes features itself, so this module only
reads, validates, subsets and concatenates those arrays.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import numpy as np

# Per-entity arrays of a split, with the dtype and rank the contract fixes.
ARRAY_SPECS: dict[str, tuple[type, int]] = {
    "s_num": (np.float32, 3),
    "s_type": (np.int64, 2),
    "ns_num": (np.float32, 2),
    "cand_num": (np.float32, 3),
    "cand_kind": (np.int64, 2),
    "y_fail": (np.float32, 2),
    "y_hazard": (np.float32, 2),
    "y_value": (np.float32, 2),
    "y_risk": (np.float32, 2),
    "y_profit": (np.float32, 2),
}

# Candidate kinds of `cand_kind`; 0 is padding.
KIND_PRESET = 1
KIND_SITE = 2
KIND_CONFIG = 3
KIND_POLICY = 4

FAIL_HORIZONS_DAYS = (7, 30)
PROFIT_HORIZONS_DAYS = (30, 90, 365)
PROFIT_QUANTILES = (0.1, 0.5, 0.9)


@dataclass(frozen=True)
class TensorSet:
    """The arrays of one or more exported splits, row-aligned on the entity axis B."""

    s_num: np.ndarray  # [B, L_S, F_S]
    s_type: np.ndarray  # [B, L_S], 0 = left padding
    ns_num: np.ndarray  # [B, F_NS]
    cand_num: np.ndarray  # [B, N, F_C]
    cand_kind: np.ndarray  # [B, N], 0 = padding
    y_fail: np.ndarray  # [B, 2]
    y_hazard: np.ndarray  # [B, 2]
    y_value: np.ndarray  # [B, N], NaN on padding
    y_risk: np.ndarray  # [B, N]
    y_profit: np.ndarray  # [B, 3], NaN where the world is too short
    world: np.ndarray  # [B] name of the split folder each row came from
    spec: dict = field(default_factory=dict)
    meta: list = field(default_factory=list)

    def __post_init__(self) -> None:
        batch = self.s_num.shape[0]
        for name in [*ARRAY_SPECS, "world"]:
            rows = getattr(self, name).shape[0]
            if rows != batch:
                raise ValueError(f"{name} has {rows} rows, expected {batch} like s_num")
        if self.s_type.shape != self.s_num.shape[:2]:
            raise ValueError(f"s_type shape {self.s_type.shape} does not match s_num {self.s_num.shape}")
        for name in ("cand_kind", "y_value", "y_risk"):
            if getattr(self, name).shape != self.cand_num.shape[:2]:
                raise ValueError(f"{name} shape {getattr(self, name).shape} does not match cand_num "
                                 f"{self.cand_num.shape}")
        if self.y_fail.shape[1] != len(FAIL_HORIZONS_DAYS) or self.y_hazard.shape[1] != len(FAIL_HORIZONS_DAYS):
            raise ValueError(f"y_fail/y_hazard need {len(FAIL_HORIZONS_DAYS)} columns, got "
                             f"{self.y_fail.shape[1]} and {self.y_hazard.shape[1]}")
        if self.y_profit.shape[1] != len(PROFIT_HORIZONS_DAYS):
            raise ValueError(f"y_profit needs {len(PROFIT_HORIZONS_DAYS)} columns, got {self.y_profit.shape[1]}")

    @property
    def size(self) -> int:
        return self.s_num.shape[0]

    def subset(self, rows: np.ndarray) -> TensorSet:
        """Return the entities at `rows` (an index or boolean array)."""
        picked = {name: getattr(self, name)[rows] for name in [*ARRAY_SPECS, "world"]}
        return replace(self, **picked)

    def worlds(self) -> list[str]:
        """Return the split names in first-seen order."""
        return list(dict.fromkeys(self.world.tolist()))


def load_split(directory: Path) -> TensorSet:
    """Load one exported split folder.

    Raises FileNotFoundError naming the folder and file when an array is missing, and ValueError naming the file
    when its dtype or rank is not the contract's.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"tensor folder not found: {directory}")
    arrays = {}
    for name, (dtype, rank) in ARRAY_SPECS.items():
        path = directory / f"{name}.npy"
        if not path.is_file():
            raise FileNotFoundError(f"missing {path.name} in {directory}: run export-training-set for this split")
        array = np.load(path, allow_pickle=False)
        if array.ndim != rank:
            raise ValueError(f"{path}: expected rank {rank}, got shape {array.shape}")
        if array.dtype != dtype:
            raise ValueError(f"{path}: expected dtype {np.dtype(dtype).name}, got {array.dtype.name}")
        arrays[name] = array
    meta = _read_json(directory / "meta.json", required=True)
    spec = _read_json(directory / "feature-spec.json", required=False)
    world = np.full(arrays["s_num"].shape[0], directory.name, dtype=object)
    return TensorSet(**arrays, world=world, spec=spec, meta=[meta])


def load_splits(directories: list[Path]) -> TensorSet:
    """Load and concatenate several split folders; they must share L_S, N and the feature widths."""
    if not directories:
        raise ValueError("no tensor folder given")
    return concat([load_split(d) for d in directories])


# Candidate-axis arrays and their padding value: a world with more sites has more site candidates.
CANDIDATE_PADDING = {"cand_num": 0.0, "cand_kind": 0, "y_value": np.nan, "y_risk": np.nan}


def concat(parts: list[TensorSet]) -> TensorSet:
    """Concatenate splits along B, padding the candidate axis N to the largest N.

    Raises ValueError when any other dimension differs.
    """
    n_candidates = max(part.cand_kind.shape[1] for part in parts)
    parts = [pad_candidates(part, n_candidates) for part in parts]
    first = parts[0]
    for part in parts[1:]:
        for name in ARRAY_SPECS:
            if getattr(part, name).shape[1:] != getattr(first, name).shape[1:]:
                raise ValueError(f"{name} shape {getattr(part, name).shape} of world {part.world[:1]} differs "
                                 f"from {getattr(first, name).shape}; export all splits with the same spec")
    joined = {name: np.concatenate([getattr(p, name) for p in parts]) for name in [*ARRAY_SPECS, "world"]}
    return TensorSet(**joined, spec=first.spec, meta=[m for p in parts for m in p.meta])


def pad_candidates(tensors: TensorSet, n_candidates: int) -> TensorSet:
    """Return `tensors` with padding candidate slots appended up to `n_candidates`."""
    missing = n_candidates - tensors.cand_kind.shape[1]
    if missing <= 0:
        return tensors
    padded = {}
    for name, fill in CANDIDATE_PADDING.items():
        array = getattr(tensors, name)
        widths = [(0, 0)] * array.ndim
        widths[1] = (0, missing)
        padded[name] = np.pad(array, widths, constant_values=fill)
    return replace(tensors, **padded)


def split_holdout(tensors: TensorSet, fraction: float, seed: int) -> tuple[TensorSet, TensorSet]:
    """Split training entities into a fit part and a validation part, both from the training worlds."""
    rng = np.random.default_rng(seed)
    order = rng.permutation(tensors.size)
    n_valid = max(1, int(round(tensors.size * fraction)))
    return tensors.subset(np.sort(order[n_valid:])), tensors.subset(np.sort(order[:n_valid]))


def save_split(tensors: TensorSet, directory: Path, meta: dict) -> None:
    """Write a TensorSet in the exporter's layout (used by the synthetic fixture)."""
    directory.mkdir(parents=True, exist_ok=True)
    for item in fields(TensorSet):
        if item.name in ARRAY_SPECS:
            np.save(directory / f"{item.name}.npy", getattr(tensors, item.name))
    (directory / "meta.json").write_text(json.dumps(meta, indent=2))
    if tensors.spec:
        (directory / "feature-spec.json").write_text(json.dumps(tensors.spec, indent=2))


def _read_json(path: Path, required: bool) -> dict:
    if not path.is_file():
        if required:
            raise FileNotFoundError(f"missing {path.name} in {path.parent}: run export-training-set for this split")
        return {}
    return json.loads(path.read_text())
