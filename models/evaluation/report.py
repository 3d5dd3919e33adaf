"""Results table (CSV and Markdown) and the PNG plots of an evaluation run."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only; no display on CI or the build machine
import matplotlib.pyplot as plt  # noqa: E402

from models.evaluation import metrics  # noqa: E402
from models.evaluation.flops import FLOP_METHOD  # noqa: E402
from models.evaluation.scoring import METRIC_COLUMNS  # noqa: E402

ALL_WORLDS = "all"
INFO_COLUMNS = ("model", "family", "world", "entities", "params", "flops_per_request", "flops_method",
                "train_seconds", "train_wall_seconds")
COLUMNS = INFO_COLUMNS + METRIC_COLUMNS

# Markdown summary: (column, header, format).
SUMMARY = (
    ("params", "params", "count"), ("flops_per_request", "FLOPs/request", "count"),
    ("train_seconds", "train CPU s", "{:.0f}"),
    ("fail30_expected_auc", "fail 30d E[AUC]", "{:.3f}"), ("oracle30_expected_auc", "oracle 30d E[AUC]", "{:.3f}"),
    ("fail30_auc", "fail 30d AUC", "{:.3f}"), ("oracle30_auc", "oracle 30d AUC", "{:.3f}"),
    ("fail30_positives", "30d failures", "{:.0f}"), ("fail30_pr_auc", "fail 30d PR-AUC", "{:.3f}"),
    ("fail7_expected_auc", "fail 7d E[AUC]", "{:.3f}"), ("fail30_ece", "fail 30d ECE", "{:.4f}"),
    ("site_ndcg3", "site NDCG@3", "{:.3f}"), ("site_regret", "site regret", "{:.1%}"),
    ("config_ndcg3", "config NDCG@3", "{:.3f}"), ("config_regret", "config regret", "{:.1%}"),
    ("policy_ndcg3", "policy NDCG@3", "{:.3f}"), ("policy_regret", "policy regret", "{:.1%}"),
    ("profit_coverage", "P10-P90 coverage", "{:.1%}"), ("profit_pinball", "pinball", "{:.3f}"),
)
PER_WORLD = (("fail30_expected_auc", "fail 30d E[AUC]", "{:.3f}"), ("oracle30_expected_auc", "oracle", "{:.3f}"),
             ("site_regret", "site regret", "{:.1%}"), ("config_regret", "config regret", "{:.1%}"),
             ("policy_regret", "policy regret", "{:.1%}"), ("profit_coverage", "coverage", "{:.1%}"))


def write_csv(rows: list[dict], path: Path) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_value(row.get(k)) for k in COLUMNS})


def read_csv(path: Path) -> list[dict]:
    """Read a results CSV; numeric cells become floats (empty cells NaN), the rest stay strings."""
    with path.open(newline="") as handle:
        return [{k: _parse(k, v) for k, v in row.items()} for row in csv.DictReader(handle)]


def markdown_tables(rows: list[dict]) -> str:
    """Render the pooled table and the per-world table as Markdown."""
    pooled = [r for r in rows if r["world"] == ALL_WORLDS]
    lines = ["| model | " + " | ".join(h for _, h, _ in SUMMARY) + " |",
             "|---|" + "---:|" * len(SUMMARY)]
    for row in pooled:
        lines.append(f"| {row['model']} | " + " | ".join(_format(row[c], f) for c, _, f in SUMMARY) + " |")

    worlds = sorted({r["world"] for r in rows} - {ALL_WORLDS})
    lines += ["", "Per held-out world:", "",
              "| model | world | entities | " + " | ".join(h for _, h, _ in PER_WORLD) + " |",
              "|---|---|---:|" + "---:|" * len(PER_WORLD)]
    for world in worlds:
        for row in (r for r in rows if r["world"] == world):
            lines.append(f"| {row['model']} | {world} | {int(row['entities'])} | "
                         + " | ".join(_format(row[c], f) for c, _, f in PER_WORLD) + " |")
    return "\n".join(lines) + "\n"


def plot_calibration(curves: dict[str, metrics.CalibrationCurve], path: Path) -> None:
    """Reliability diagram of the 30-day failure probability for every model."""
    figure, axis = plt.subplots(figsize=(6, 5))
    axis.plot([0, 1], [0, 1], color="grey", linestyle=":", label="perfect calibration")
    for name, curve in curves.items():
        axis.plot(curve.mean_predicted, curve.observed_rate, marker="o", markersize=3, label=name)
    axis.set_xlabel("predicted probability of failure within 30 days")
    axis.set_ylabel("observed failure rate")
    axis.set_title("Calibration on held-out worlds (10 equal-width bins)")
    axis.legend(fontsize=7)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def plot_scaling(rows: list[dict], scaling_models: list[str], path: Path) -> None:
    """Failure 30-day AUC and policy regret against FLOPs per request; HashTrans sizes joined by a line."""
    pooled = {r["model"]: r for r in rows if r["world"] == ALL_WORLDS}
    figure, axes = plt.subplots(1, 2, figsize=(11, 4.5))
    for axis, column, label in ((axes[0], "fail30_expected_auc", "failure 30-day expected AUC (higher is better)"),
                                (axes[1], "policy_regret", "policy decision regret (lower is better)")):
        line = [pooled[m] for m in scaling_models if m in pooled]
        axis.plot([r["flops_per_request"] for r in line], [r[column] for r in line], marker="o",
                  color="tab:blue", label="HashTrans sizes")
        for row in line:
            axis.annotate(row["model"], (row["flops_per_request"], row[column]), fontsize=7)
        for name, row in pooled.items():
            if name in scaling_models or row["flops_method"] != FLOP_METHOD:
                continue
            axis.scatter([row["flops_per_request"]], [row[column]], marker="x", color="tab:red")
            axis.annotate(name, (row["flops_per_request"], row[column]), fontsize=7)
        if column == "fail30_expected_auc" and line:
            axis.axhline(line[0]["oracle30_expected_auc"], color="grey", linestyle=":", label="oracle")
        axis.set_xscale("log")
        axis.set_xlabel("FLOPs per request (one entity, all candidates)")
        axis.set_ylabel(label)
        axis.legend(fontsize=7)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def _format(value, style: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if style == "count":
        return _count(float(value))
    return style.format(value)


def _count(value: float) -> str:
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.1f}{suffix}"
    return f"{value:.0f}"


def _csv_value(value):
    if isinstance(value, float):
        return "" if math.isnan(value) else repr(value)
    return "" if value is None else value


def _parse(column: str, cell: str):
    if column in ("model", "family", "world", "flops_method"):
        return cell
    return float(cell) if cell != "" else float("nan")
