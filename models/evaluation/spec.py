"""Read columns from the tokenizer's feature spec and undo their normalisation.

The spec lists, per tensor (`s_num`, `ns_num`, `cand_num`), `fields` with `index`, `name` and a `normalization`
object whose `kind` is identity, affine, log1p, signed_log1p or log_ratio (the Java tokenizer's Normalization
variants). The rules baseline needs raw units (degrees Celsius, error counts, USD), so it inverts those formulas.
Clipped values stay at the clip bound, and a missing reading, which the tokenizer writes as 0, inverts to whatever
0 means for the rule; callers check the matching `_present` column where that matters.
"""

from __future__ import annotations

import numpy as np


class SpecError(KeyError):
    """The feature spec lacks a column that a baseline needs."""


def field(spec: dict, tensor: str, name: str) -> dict:
    """Return the spec entry of column `name` of `tensor`; raises SpecError naming both when absent."""
    for entry in spec.get(tensor, {}).get("fields", []):
        if entry["name"] == name:
            return entry
    raise SpecError(f"feature spec has no column {name!r} in {tensor}; export the tensors with a spec that has it")


def has_field(spec: dict, tensor: str, name: str) -> bool:
    return any(entry["name"] == name for entry in spec.get(tensor, {}).get("fields", []))


def raw_column(spec: dict, tensor: str, name: str, values: np.ndarray) -> np.ndarray:
    """Return column `name` of `values` (last axis = the tensor's features) in the field's raw unit."""
    entry = field(spec, tensor, name)
    return invert(entry["normalization"], values[..., entry["index"]].astype(np.float64))


def invert(rule: dict, normalised: np.ndarray) -> np.ndarray:
    """Map normalised values back to raw values for one normalisation rule."""
    kind = rule["kind"]
    if kind == "identity":
        return normalised
    if kind == "affine":
        return normalised * rule["scale"] + rule["center"]
    if kind == "log1p":
        return rule["scale"] * np.expm1(normalised * np.log1p(rule["reference"] / rule["scale"]))
    if kind == "signed_log1p":
        magnitude = rule["scale"] * np.expm1(np.abs(normalised) * np.log1p(rule["reference"] / rule["scale"]))
        return np.sign(normalised) * magnitude
    if kind == "log_ratio":
        return rule["reference"] * np.exp(normalised)
    raise SpecError(f"unknown normalization kind {kind!r}; expected identity, affine, log1p, signed_log1p or "
                    f"log_ratio")


def type_ids(spec: dict, names: tuple[str, ...]) -> list[int]:
    """Return the s_type ids whose vocabulary name is in `names` (for example the telemetry token types)."""
    return [entry["id"] for entry in spec.get("s_type_vocab", []) if entry["name"] in names]


def normalise(rule: dict, raw: np.ndarray) -> np.ndarray:
    """Apply one normalisation rule as the Java tokenizer does (used by the synthetic fixture and tests)."""
    raw = np.asarray(raw, dtype=np.float64)
    kind = rule["kind"]
    if kind == "identity":
        return raw
    if kind == "affine":
        return np.clip((raw - rule["center"]) / rule["scale"], rule["min"], rule["max"])
    if kind == "log1p":
        scaled = np.log1p(np.maximum(raw, 0) / rule["scale"]) / np.log1p(rule["reference"] / rule["scale"])
        return np.clip(scaled, 0, 4)
    if kind == "signed_log1p":
        magnitude = np.log1p(np.abs(raw) / rule["scale"]) / np.log1p(rule["reference"] / rule["scale"])
        return np.clip(np.sign(raw) * magnitude, -4, 4)
    if kind == "log_ratio":
        with np.errstate(divide="ignore"):
            ratio = np.where(raw > 0, np.log(np.maximum(raw, 1e-300) / rule["reference"]), 0.0)
        return np.where(raw > 0, np.clip(ratio, rule["min"], rule["max"]), 0.0)
    raise SpecError(f"unknown normalization kind {kind!r}")
