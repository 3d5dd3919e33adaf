"""Write small synthetic tensor folders in the exporter's layout, for tests and the CI smoke run.

The worlds are not the simulator's. They reuse a few column names and normalisation rules of the tokenizer's
feature spec, and plant just enough structure that a working model beats chance: a hidden health state drives
temperatures, chip errors, failures and the cost of running a miner hard, and the economics estimate in the
candidate features is a noisy view of the realised value. Results on these worlds say nothing about HashTrans.

    python -m models.evaluation.fixture --out DIR --entities 300 --seeds 1 2 3
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from models.evaluation.data import KIND_CONFIG, KIND_POLICY, KIND_PRESET, KIND_SITE, TensorSet, save_split
from models.evaluation.spec import normalise


def _affine(center, scale, low, high):
    return {"kind": "affine", "center": center, "scale": scale, "min": low, "max": high}


def _log1p(scale, reference):
    return {"kind": "log1p", "scale": scale, "reference": reference}


def _signed_log1p(scale, reference):
    return {"kind": "signed_log1p", "scale": scale, "reference": reference}


IDENTITY = {"kind": "identity"}

# (column name, normalisation) per tensor, with the tokenizer's names and rules.
S_COLUMNS = (("age_hours", _signed_log1p(1, 720)), ("hashrate_ratio", _affine(0, 1, 0, 2)),
             ("board_temp", _affine(60, 20, -4, 4)), ("chip_temp_max", _affine(70, 20, -4, 4)),
             ("chip_errors_max", _log1p(1, 1000)), ("boards_active_min", _affine(0, 1, 0, 1)),
             ("status_fault", IDENTITY), ("price_usd_per_mwh_max", _signed_log1p(50, 5000)))
NS_COLUMNS = (("energy_usd_per_mwh", _signed_log1p(10, 1000)),
              ("btc_usd", {"kind": "log_ratio", "reference": 50_000, "min": -4, "max": 4}),
              ("model_joules_per_th", _affine(0, 30, 0, 5)), ("model_nominal_ths", _log1p(10, 1000)),
              ("pue", _affine(1, 0.5, 0, 4)), ("latitude", _affine(0, 90, -1, 1)),
              ("miner_age_days", _log1p(30, 1825)), ("client_budget_usd", _log1p(10_000, 10_000_000)))
C_COLUMNS = (("cand_est_net_usd_per_th_day", _signed_log1p(0.005, 0.5)),
             ("cand_est_net_usd_per_th_day_present", IDENTITY), ("cand_power_ratio", _affine(0, 1, 0, 2)),
             ("cand_site_changed", IDENTITY), ("cand_curtail_enabled", IDENTITY),
             ("cand_strike_ratio", _affine(0, 1, 0, 4)), ("cand_pue", _affine(1, 0.5, 0, 4)))
S_TYPES = ("padding", "telemetry", "telemetry_hourly", "telemetry_daily", "alert", "action", "curtailment",
           "price_spike")
KIND_SLOTS = (KIND_PRESET,) * 3 + (KIND_SITE,) * 3 + (KIND_CONFIG,) * 3 + (KIND_POLICY,) * 3
SEQUENCE_LENGTH = 24


def make_world(seed: int, entities: int, climate_shift_c: float = 0.0) -> TensorSet:
    """Build one synthetic world; `climate_shift_c` warms every site to mimic an unseen climate."""
    rng = np.random.default_rng(seed)
    health = rng.normal(0.0, 1.0, entities)  # hidden; higher = more likely to fail
    latitude = rng.uniform(10, 60, entities)
    ambient = 35 - 0.4 * latitude + climate_shift_c + rng.normal(0, 2, entities)
    volatility = rng.uniform(0, 1, entities)  # hidden price volatility; seen only through price-spike tokens
    ns_raw = np.stack([rng.uniform(30, 90, entities), rng.uniform(40_000, 110_000, entities),
                       rng.uniform(17, 35, entities), rng.uniform(90, 300, entities),
                       rng.uniform(1.03, 1.4, entities), latitude, rng.uniform(30, 1500, entities),
                       rng.uniform(1e4, 1e6, entities)], axis=1)
    s_raw, s_type = _sequences(rng, health, ambient, volatility)

    # Failure labels: the hazard rises with hidden health, ambient heat, poor efficiency and age.
    logit = 1.2 * health + 0.08 * (ambient - 20) + 0.04 * (ns_raw[:, 2] - 25) + 0.0008 * ns_raw[:, 6] - 2.5
    hazard30 = 1 / (1 + np.exp(-logit))
    y_hazard = np.stack([1 - (1 - hazard30) ** (7 / 30), hazard30], axis=1)
    y_fail = (rng.uniform(size=(entities, 2)) < y_hazard).astype(np.float32)
    y_fail[:, 1] = np.maximum(y_fail[:, 1], y_fail[:, 0])  # a failure within 7 days is one within 30

    current_net = ns_raw[:, 1] / 1e6 - ns_raw[:, 0] * ns_raw[:, 2] * ns_raw[:, 4] * 24 / 1e6
    c_raw, cand_kind, y_value, y_risk = _candidates(rng, current_net, health, hazard30, volatility)
    y_profit = np.stack([current_net * days * (1 - 0.3 * hazard30) + rng.normal(0, 0.01 * days, entities)
                         for days in (30, 90, 365)], axis=1)
    y_profit[rng.uniform(size=entities) < 0.3, 2] = np.nan  # as in worlds too short for 365 days

    spec = {"feature_spec_version": "fixture",
            "s_num": _layout(S_COLUMNS), "ns_num": _layout(NS_COLUMNS), "cand_num": _layout(C_COLUMNS),
            "s_type_vocab_size": len(S_TYPES),
            "s_type_vocab": [{"id": i, "name": name} for i, name in enumerate(S_TYPES)]}
    s_num = np.where(s_type[..., None] > 0, _normalise(s_raw, S_COLUMNS), 0.0)
    cand_num = np.where(cand_kind[..., None] > 0, _normalise(c_raw, C_COLUMNS), 0.0)
    return TensorSet(
        s_num=s_num.astype(np.float32), s_type=s_type, ns_num=_normalise(ns_raw, NS_COLUMNS).astype(np.float32),
        cand_num=cand_num.astype(np.float32), cand_kind=cand_kind, y_fail=y_fail,
        y_hazard=y_hazard.astype(np.float32), y_value=y_value.astype(np.float32), y_risk=y_risk.astype(np.float32),
        y_profit=y_profit.astype(np.float32), world=np.full(entities, f"seed-{seed}", dtype=object), spec=spec)


def _layout(columns):
    return {"width": len(columns),
            "fields": [{"index": i, "name": name, "normalization": rule} for i, (name, rule) in enumerate(columns)]}


def _normalise(raw, columns):
    return np.stack([normalise(rule, raw[..., i]) for i, (_, rule) in enumerate(columns)], axis=-1)


def _sequences(rng, health, ambient, volatility):
    entities = len(health)
    lengths = rng.integers(0, SEQUENCE_LENGTH + 1, entities)
    lengths[rng.uniform(size=entities) < 0.05] = 0  # some miners have no telemetry at all
    s_raw = np.zeros((entities, SEQUENCE_LENGTH, len(S_COLUMNS)))
    s_type = np.zeros((entities, SEQUENCE_LENGTH), dtype=np.int64)
    for b in range(entities):
        n = lengths[b]
        if n == 0:
            continue
        # The newest tokens carry the health signal most strongly, so token order matters.
        recency = np.linspace(0.2, 1.0, n)
        temp = ambient[b] + 35 + 8 * health[b] * recency + rng.normal(0, 2, n)
        errors = rng.poisson(np.exp(1.0 + 1.2 * health[b] * recency))
        types = rng.choice([1, 1, 2, 3, 4, 5, 7], n, p=[0.4, 0.1, 0.1, 0.1, 0.1, 0.05, 0.15])
        s_raw[b, -n:] = np.stack([
            np.linspace(24 * n, 1, n), 1 - 0.05 * np.maximum(health[b], 0) * recency + rng.normal(0, 0.02, n),
            temp - 8, temp + 5, errors, 1 - (rng.uniform(size=n) < 0.05 * np.exp(health[b])) / 3,
            (rng.uniform(size=n) < 0.03 * np.exp(health[b])).astype(float),
            np.where(types == 7, 100 + 1500 * volatility[b] * rng.uniform(size=n), 0.0),
        ], axis=1)
        s_type[b, -n:] = types
    return s_raw, s_type


def _candidates(rng, current_net, health, hazard30, volatility):
    entities, n_cand = len(health), len(KIND_SLOTS)
    cand_kind = np.tile(np.array(KIND_SLOTS, dtype=np.int64), (entities, 1))
    cand_kind[rng.uniform(size=(entities, n_cand)) < 0.1] = 0  # padding slots
    power = np.where(cand_kind == KIND_CONFIG, rng.choice([0.8, 1.0, 1.15], (entities, n_cand)), 1.0)
    site_changed = (cand_kind == KIND_SITE) & (rng.uniform(size=(entities, n_cand)) < 0.7)
    curtail = (cand_kind == KIND_POLICY) & (rng.uniform(size=(entities, n_cand)) < 0.7)
    strike = np.where(curtail, rng.uniform(0.8, 2.5, (entities, n_cand)), 0.0)
    pue = np.where(site_changed, rng.uniform(1.03, 1.4, (entities, n_cand)), 1.2)
    site_gain = np.where(site_changed, rng.normal(0, 0.01, (entities, n_cand)), 0.0)

    # Realised daily net per TH/s: running hard pays only on healthy miners, and curtailment pays with price
    # volatility that only the price-spike tokens reveal.
    daily = (current_net[:, None] * power ** 0.9 + site_gain - 0.01 * (power - 1) * np.maximum(health, 0)[:, None]
             + np.where(curtail, 0.006 * volatility[:, None] / strike.clip(min=0.8) - 0.002, 0.0))
    y_risk = np.clip(hazard30[:, None] * (1 + 3 * (power - 1) * (1 + health[:, None])), 0, 1)
    y_value = 30 * daily + rng.normal(0, 0.02, (entities, n_cand))
    estimate = daily - np.where(curtail, 0.006 * volatility[:, None] / strike.clip(min=0.8) - 0.002, 0.0)
    estimate += rng.normal(0, 0.004, (entities, n_cand))  # the economics engine sees neither health nor volatility
    c_raw = np.stack([estimate, np.ones_like(estimate), power, site_changed.astype(float), curtail.astype(float),
                      strike, pue], axis=2)
    y_value[cand_kind == 0] = np.nan
    y_risk[cand_kind == 0] = np.nan
    return c_raw, cand_kind, y_value, y_risk


def write_fixture(out: Path, seeds: list[int], entities: int, climate_shift_c: float = 0.0) -> list[Path]:
    """Write one folder per seed under `out`; returns the folders."""
    folders = []
    for seed in seeds:
        world = make_world(seed, entities, climate_shift_c)
        folder = out / f"seed-{seed}"
        save_split(world, folder, {"world_seeds": [seed], "split": folder.name, "synthetic": True,
                                   "rows": world.size})
        folders.append(folder)
    return folders


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder that receives one sub-folder per seed")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3], help="one world per seed")
    parser.add_argument("--entities", type=int, default=300, help="entities (rows) per world")
    parser.add_argument("--climate-shift-c", type=float, default=0.0, help="added to every ambient temperature, °C")
    args = parser.parse_args()
    for folder in write_fixture(args.out, args.seeds, args.entities, args.climate_shift_c):
        print(folder)


if __name__ == "__main__":
    main()
