"""Read the training tensors that the Java `export-training-set` command writes (layout: docs/model-io.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import Tensor

INPUT_FILES = {  # name: (dtype, rank)
    "s_num": (np.float32, 3),
    "s_type": (np.int64, 2),
    "ns_num": (np.float32, 2),
    "cand_num": (np.float32, 3),
    "cand_kind": (np.int64, 2),
}
LABEL_FILES = {
    "y_fail": (np.float32, 2),
    "y_hazard": (np.float32, 2),
    "y_value": (np.float32, 2),
    "y_risk": (np.float32, 2),
    "y_profit": (np.float32, 2),
}
# Written by newer exports; read when present. The v1 heads do not use the per-candidate labels yet.
OPTIONAL_FILES = {
    "y_cand_fail": (np.float32, 3),
    "y_cand_profit": (np.float32, 3),
    "split": (np.int64, 1),  # 0 train, 1 validation
}
META_FILE = "meta.json"
SPLIT_TRAIN, SPLIT_VALIDATION = 0, 1


class TrainingDataError(ValueError):
    """A training tensor file is missing, has the wrong dtype or shape, or holds invalid values."""


@dataclass
class TrainingSet:
    """All tensors of one split, indexed by entity along the first axis."""

    tensors: dict[str, Tensor]
    meta: dict
    source: Path

    def __len__(self) -> int:
        return self.tensors["s_type"].shape[0]

    def split_rows(self, split: int) -> Tensor | None:
        """Return the rows of one split from split.npy, or None when the export wrote no split."""
        if "split" not in self.tensors:
            return None
        return torch.nonzero(self.tensors["split"] == split).squeeze(1)

    def batch(self, rows: Tensor) -> dict[str, Tensor]:
        """Return the rows' tensors, with S columns that are padding in every row cut off on the left."""
        picked = {name: value[rows] for name, value in self.tensors.items()}
        longest = int((picked["s_type"] != 0).sum(dim=1).max()) if len(rows) else 0
        keep = max(longest, 1)  # one padding column keeps the shapes valid when no row has history
        seq_len = picked["s_type"].shape[1]
        picked["s_num"] = picked["s_num"][:, seq_len - keep:]
        picked["s_type"] = picked["s_type"][:, seq_len - keep:]
        return picked

    @property
    def feature_spec_version(self):
        return self.meta.get("feature_spec_version", self.meta.get("spec_version"))


def _load_array(folder: Path, name: str, dtype, rank: int) -> np.ndarray:
    path = folder / f"{name}.npy"
    if not path.exists():
        raise TrainingDataError(f"{path}: file not found; run export-training-set into {folder} first")
    array = np.load(path, allow_pickle=False)
    if array.dtype != dtype:
        raise TrainingDataError(f"{path}: dtype {array.dtype}, expected {np.dtype(dtype)}")
    if array.ndim != rank:
        raise TrainingDataError(f"{path}: shape {array.shape}, expected {rank} dimensions")
    return array


def _check_inputs(folder: Path, arrays: dict[str, np.ndarray]) -> None:
    entities = arrays["s_type"].shape[0]
    for name, array in arrays.items():
        if array.shape[0] != entities:
            raise TrainingDataError(f"{folder / name}.npy: {array.shape[0]} rows, expected {entities} like s_type.npy")
    if arrays["s_num"].shape[:2] != arrays["s_type"].shape:
        raise TrainingDataError(f"{folder}/s_num.npy: shape {arrays['s_num'].shape} does not match "
                                f"s_type.npy {arrays['s_type'].shape} in the first two dimensions")
    if arrays["cand_num"].shape[:2] != arrays["cand_kind"].shape:
        raise TrainingDataError(f"{folder}/cand_num.npy: shape {arrays['cand_num'].shape} does not match "
                                f"cand_kind.npy {arrays['cand_kind'].shape} in the first two dimensions")
    for name in ("s_num", "ns_num", "cand_num"):
        bad = np.argwhere(~np.isfinite(arrays[name]))
        if len(bad):
            raise TrainingDataError(f"{folder / name}.npy: non-finite value {arrays[name][tuple(bad[0])]} at index "
                                    f"{tuple(int(i) for i in bad[0])}; inputs must be finite")
    kinds = arrays["cand_kind"]
    if kinds.min(initial=0) < 0 or kinds.max(initial=0) > 4:
        raise TrainingDataError(f"{folder}/cand_kind.npy: values {kinds.min()}..{kinds.max()}, expected 0..4")


def load_training_set(folder: Path) -> TrainingSet:
    """Load and check one split folder; raises TrainingDataError naming the file and the problem."""
    arrays = {name: _load_array(folder, name, dtype, rank) for name, (dtype, rank) in INPUT_FILES.items()}
    _check_inputs(folder, arrays)
    labels = {name: _load_array(folder, name, dtype, rank) for name, (dtype, rank) in LABEL_FILES.items()}
    for name, (dtype, rank) in OPTIONAL_FILES.items():
        if (folder / f"{name}.npy").exists():
            labels[name] = _load_array(folder, name, dtype, rank)
    meta_path = folder / META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    tensors = {name: torch.from_numpy(np.ascontiguousarray(array)) for name, array in {**arrays, **labels}.items()}
    return TrainingSet(tensors, meta, folder)


def n_s_types_needed(data: TrainingSet) -> int:
    return int(data.tensors["s_type"].max()) + 1
