"""Daily net profit per nominal TH/s of each candidate, from the exported token columns alone.

The rules baseline ranks candidates by the economics engine's estimate. Feature spec version 2 no longer exports
that estimate as a candidate column, so this module recomputes the engine's steady-state formula from the columns
the spec does export:

    revenue = hashprice (USD per PH/s-day) / 1000 * hashrate ratio
    power   = nameplate W / nameplate TH/s * power ratio * PUE                     (W per nominal TH/s)
    cost    = power * 24 / 1e6 * energy price (USD/MWh) + hosting per kW-month * power / 1000 / 30.44
              + hosting per kWh * power * 24 / 1000

A candidate's own site, contract and config columns replace the entity's where the candidate sets them.
NOTE: curtailment is left out, so every policy candidate gets the always-on estimate. The rules baseline therefore
cannot tell curtailment policies apart on profit, and its policy ranking follows the order of the tied scores.
"""

from __future__ import annotations

import numpy as np

from models.evaluation import spec as feature_spec
from models.evaluation.data import TensorSet

DAYS_PER_MONTH = 30.44


def candidate_net_per_th_day(tensors: TensorSet) -> np.ndarray:
    """Return the steady-state daily net in USD per nominal TH/s of each candidate, NaN on padding: [B, N]."""
    spec = tensors.spec

    def ns(name: str) -> np.ndarray:
        return feature_spec.raw_column(spec, "ns_num", name, tensors.ns_num)[:, None]  # [B, 1]

    def cand(name: str) -> np.ndarray:
        return feature_spec.raw_column(spec, "cand_num", name, tensors.cand_num)  # [B, N]

    def cand_or_entity(candidate: str, entity: str, present: np.ndarray) -> np.ndarray:
        return np.where(present, cand(candidate), ns(entity))

    site_set = cand("cand_site_present") > 0.5
    contract_set = cand("cand_contract_present") > 0.5
    hashrate = np.where(cand("cand_hashrate_ratio_present") > 0.5, cand("cand_hashrate_ratio"), 1.0)
    power_ratio = np.where(cand("cand_power_ratio_present") > 0.5, cand("cand_power_ratio"), 1.0)

    revenue = ns("hashprice_usd_per_ph_day") / 1000.0 * hashrate
    watts_per_th = ns("model_nominal_w") / np.maximum(ns("model_nominal_ths"), 1e-9) * power_ratio
    watts_per_th = watts_per_th * cand_or_entity("cand_pue", "pue", site_set)
    energy_price = np.where(cand("cand_energy_usd_per_mwh_present") > 0.5, cand("cand_energy_usd_per_mwh"),
                            ns("energy_usd_per_mwh"))
    hosting_kw_month = cand_or_entity("cand_hosting_usd_per_kw_month", "hosting_usd_per_kw_month", contract_set)
    hosting_kwh = cand_or_entity("cand_hosting_usd_per_kwh", "hosting_usd_per_kwh", contract_set)

    cost = (watts_per_th * 24.0 / 1e6 * energy_price
            + hosting_kw_month * watts_per_th / 1000.0 / DAYS_PER_MONTH
            + hosting_kwh * watts_per_th * 24.0 / 1000.0)
    return np.where(tensors.cand_kind > 0, revenue - cost, np.nan)
