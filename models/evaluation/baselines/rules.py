"""Rules baseline: the economics engine's estimate plus fixed risk thresholds, as an operator would set them.

Value heads rank candidates by the economics engine's expected net profit (`cand_est_net_usd_per_th_day`, which the
tokenizer copies into every candidate row). Failure risk counts fixed warning flags in the last week of telemetry:
a chip at or above 85 °C, 20 or more chip errors in one sample, a hashboard down, or a FAULT status. Fitting only
counts: the failure rate of training entities per number of raised flags, and the spread of realised profit around
the economics estimate per horizon. No threshold is learned.
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass

import numpy as np

from models.evaluation import spec as feature_spec
from models.evaluation.baselines.unit_economics import candidate_net_per_th_day
from models.evaluation.data import KIND_CONFIG, PROFIT_HORIZONS_DAYS, TensorSet
from models.evaluation.predictions import Predictions

CHIP_TEMP_LIMIT_C = 85.0
CHIP_ERRORS_LIMIT = 20.0
RECENT_HOURS = 7 * 24
# A config preset's downtime risk grows with its power target; the exponent makes +15 % power double the risk.
POWER_RISK_EXPONENT = 5.0
ESTIMATE_DAYS = 30  # y_value is a 30-day profit

TELEMETRY_TYPES = ("telemetry", "telemetry_hourly", "telemetry_daily")
FLAG_COUNT = 4


@dataclass(frozen=True)
class FlagRates:
    """Observed failure rate per number of raised flags, for each failure horizon: [FLAG_COUNT + 1, 2]."""

    rates: np.ndarray


class RulesBaseline:
    def __init__(self) -> None:
        self.flag_rates: FlagRates | None = None
        self.residual_quantiles = np.zeros((len(PROFIT_HORIZONS_DAYS), 3))

    def fit(self, tensors: TensorSet) -> float:
        started = time.perf_counter()
        flags = self.flags(tensors)
        rates = np.zeros((FLAG_COUNT + 1, tensors.y_fail.shape[1]))
        prior = tensors.y_fail.mean(axis=0)
        for count in range(FLAG_COUNT + 1):
            hit = flags == count
            # Add-one smoothing towards the overall rate keeps rare flag counts from getting 0 or 1.
            rates[count] = (tensors.y_fail[hit].sum(axis=0) + prior) / (hit.sum() + 1)
        self.flag_rates = FlagRates(np.maximum.accumulate(rates, axis=0))  # more flags never lower the risk

        estimate = self.current_estimate(tensors)
        for h, days in enumerate(PROFIT_HORIZONS_DAYS):
            residual = tensors.y_profit[:, h] - days * estimate
            residual = residual[np.isfinite(residual)]
            if residual.size:
                self.residual_quantiles[h] = np.quantile(residual, [0.1, 0.5, 0.9])
        return time.perf_counter() - started

    def predict(self, tensors: TensorSet) -> Predictions:
        if self.flag_rates is None:
            raise RuntimeError("fit the rules baseline before predict")
        fail_prob = self.flag_rates.rates[self.flags(tensors)]  # [B, 2]

        value = ESTIMATE_DAYS * self.candidate_estimate(tensors)  # [B, N]
        power = feature_spec.raw_column(tensors.spec, "cand_num", "cand_power_ratio", tensors.cand_num)
        power = np.where(power > 0, power, 1.0)
        risk = np.clip(fail_prob[:, 1:2] * power ** POWER_RISK_EXPONENT, 0, 1)
        risk = np.where(tensors.cand_kind == KIND_CONFIG, risk, np.nan)
        config_value = value * (1 - np.nan_to_num(risk))

        estimate = self.current_estimate(tensors)
        days = np.array(PROFIT_HORIZONS_DAYS, dtype=np.float64)
        profit_q = (days[None, :, None] * estimate[:, None, None]) + self.residual_quantiles[None]
        return Predictions(fail_prob=fail_prob, site_score=value, policy_value=value.copy(),
                           config_value=config_value, config_risk=risk, profit_q=profit_q)

    @staticmethod
    def flags(tensors: TensorSet) -> np.ndarray:
        """Count the raised warning flags per entity over its telemetry of the last RECENT_HOURS: [B] in 0..4."""
        spec, s_num = tensors.spec, tensors.s_num
        telemetry = np.isin(tensors.s_type, feature_spec.type_ids(spec, TELEMETRY_TYPES))
        if feature_spec.has_field(spec, "s_num", "age_hours"):
            telemetry &= feature_spec.raw_column(spec, "s_num", "age_hours", s_num) <= RECENT_HOURS

        def recent_max(name: str) -> np.ndarray:
            column = feature_spec.raw_column(spec, "s_num", name, s_num)
            return np.where(telemetry, column, -np.inf).max(axis=1)

        def recent_min(name: str) -> np.ndarray:
            column = feature_spec.raw_column(spec, "s_num", name, s_num)
            return np.where(telemetry, column, np.inf).min(axis=1)

        hot = recent_max("chip_temp_max") >= CHIP_TEMP_LIMIT_C
        errors = recent_max("chip_errors_max") >= CHIP_ERRORS_LIMIT
        # NOTE: a summary token's boards_active_min is 0 when no row reported boards, so a board counts as
        # down only on tokens that report it; the fixture and the tokenizer both write 0 for unreported columns.
        if feature_spec.has_field(spec, "s_num", "boards_active_present"):
            reported = feature_spec.raw_column(spec, "s_num", "boards_active_present", s_num) > 0
            boards = np.where(telemetry & reported, feature_spec.raw_column(spec, "s_num", "boards_active_min",
                                                                              s_num), np.inf).min(axis=1) < 0.99
        else:
            boards = recent_min("boards_active_min") < 0.99
        fault = recent_max("status_fault") > 0
        return hot.astype(int) + errors + boards + fault

    @staticmethod
    def candidate_estimate(tensors: TensorSet) -> np.ndarray:
        """Return the economics engine's daily net per TH/s of each candidate, NaN where it has none: [B, N]."""
        spec = tensors.spec
        if not feature_spec.has_field(spec, "cand_num", "cand_est_net_usd_per_th_day"):
            return candidate_net_per_th_day(tensors)
        estimate = feature_spec.raw_column(spec, "cand_num", "cand_est_net_usd_per_th_day", tensors.cand_num)
        present = feature_spec.raw_column(spec, "cand_num", "cand_est_net_usd_per_th_day_present", tensors.cand_num)
        return np.where((present > 0) & (tensors.cand_kind > 0), estimate, np.nan)

    @classmethod
    def current_estimate(cls, tensors: TensorSet) -> np.ndarray:
        """Return the estimated daily net of current operation per entity: [B].

        Current operation is taken as the candidates that keep the site, do not curtail and run at nameplate power
        (their median); entities without such a candidate use the median of all their estimates, then 0.
        """
        spec = tensors.spec
        estimate = cls.candidate_estimate(tensors)
        keeps_site = feature_spec.raw_column(spec, "cand_num", "cand_site_changed", tensors.cand_num) < 0.5
        no_curtail = feature_spec.raw_column(spec, "cand_num", "cand_curtail_enabled", tensors.cand_num) < 0.5
        power = feature_spec.raw_column(spec, "cand_num", "cand_power_ratio", tensors.cand_num)
        nameplate = (np.abs(power - 1) < 0.05) | (power == 0)
        current = np.where(keeps_site & no_curtail & nameplate, estimate, np.nan)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # nanmedian warns on entities without an estimate
            chosen = np.nanmedian(current, axis=1)
            fallback = np.nanmedian(estimate, axis=1)
        return np.nan_to_num(np.where(np.isfinite(chosen), chosen, fallback))

    @staticmethod
    def size(l_s: int, n_candidates: int) -> tuple[int, int]:
        """Return (fitted constants, operations per request), counted by hand from the code above.

        Operations are about 8 per S-token (unnormalise and compare 4 columns) and 12 per candidate.
        """
        constants = (FLAG_COUNT + 1) * 2 + len(PROFIT_HORIZONS_DAYS) * 3
        return constants, 8 * l_s + 12 * n_candidates
