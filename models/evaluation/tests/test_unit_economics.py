"""The rules baseline's candidate estimate, recomputed by hand for the shipped feature spec."""

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from models.evaluation import spec as feature_spec
from models.evaluation.baselines.unit_economics import candidate_net_per_th_day

SPEC = Path(__file__).resolve().parents[3] / "models" / "hashtrans-v1" / "feature-spec.json"
TOLERANCE = 1e-6


def encode(spec: dict, tensor: str, raw: dict[str, float]) -> np.ndarray:
    """Return one normalised row of `tensor` with the given raw values and zeros elsewhere."""
    row = np.zeros(len(spec[tensor]["fields"]), dtype=np.float32)
    for name, value in raw.items():
        entry = feature_spec.field(spec, tensor, name)
        row[entry["index"]] = feature_spec.normalise(entry["normalization"], np.array(value))
    return row


def test_estimate_matches_hand_computation():
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    # An S21 at 200 TH/s, 3,500 W in a PUE 1.08 site on 45 USD/MWh power, hashprice 50 USD per PH/s-day.
    ns = encode(spec, "ns_num", {"hashprice_usd_per_ph_day": 50.0, "model_nominal_ths": 200.0,
                                 "model_nominal_w": 3500.0, "pue": 1.08, "energy_usd_per_mwh": 45.0,
                                 "hosting_usd_per_kw_month": 0.0, "hosting_usd_per_kwh": 0.0})
    stay_eco = encode(spec, "cand_num", {"cand_power_ratio": 0.8, "cand_power_ratio_present": 1.0,
                                         "cand_hashrate_ratio": 0.85, "cand_hashrate_ratio_present": 1.0})
    move_site = encode(spec, "cand_num", {"cand_site_present": 1.0, "cand_pue": 1.2, "cand_contract_present": 1.0,
                                          "cand_energy_usd_per_mwh": 30.0, "cand_energy_usd_per_mwh_present": 1.0,
                                          "cand_hosting_usd_per_kwh": 0.01})
    tensors = SimpleNamespace(spec=spec, ns_num=ns[None, :], cand_num=np.stack([stay_eco, move_site, move_site])[None],
                              cand_kind=np.array([[3, 2, 0]]))

    estimate = candidate_net_per_th_day(tensors)

    watts = 3500.0 / 200.0  # W per nominal TH/s
    stay_expected = 0.050 * 0.85 - watts * 0.8 * 1.08 * 24 / 1e6 * 45.0
    move_expected = 0.050 - watts * 1.2 * 24 / 1e6 * 30.0 - 0.01 * watts * 1.2 * 24 / 1000
    assert estimate[0, 0] == pytest.approx(stay_expected, abs=TOLERANCE)
    assert estimate[0, 1] == pytest.approx(move_expected, abs=TOLERANCE)
    assert np.isnan(estimate[0, 2])
