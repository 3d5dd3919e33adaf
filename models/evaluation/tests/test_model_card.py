"""The committed model card shows exactly the numbers of the committed full run."""

from pathlib import Path

import math

import pytest

from models.evaluation import card, report, scoring
from models.evaluation.predictions import load_predictions

TOLERANCE = 1e-9
REPOSITORY = Path(__file__).resolve().parents[3]
RUN = REPOSITORY / "docs" / "model-card"
CARD = REPOSITORY / "docs" / "model-card.md"

pytestmark = pytest.mark.skipif(not (RUN / "results.csv").is_file(),
                                reason="no committed full run under docs/model-card")


def test_card_tables_equal_run_tables():
    assert card.results_block(CARD.read_text(encoding="utf-8")) == (RUN / "results.md").read_text(encoding="utf-8")


def test_run_tables_render_from_csv():
    rows = report.read_csv(RUN / "results.csv")
    assert (RUN / "results.md").read_text(encoding="utf-8") == report.markdown_tables(rows)


def test_shipped_row_recomputes_from_predictions():
    predictions, labels = load_predictions(RUN / "predictions" / "hashtrans_shipped.npz")
    recomputed = scoring.score(predictions, labels)
    row = next(r for r in report.read_csv(RUN / "results.csv")
               if r["model"] == "hashtrans_shipped" and r["world"] == report.ALL_WORLDS)
    for column in scoring.METRIC_COLUMNS:
        if math.isnan(recomputed[column]):
            assert math.isnan(row[column]), column
        else:
            assert row[column] == pytest.approx(recomputed[column], abs=TOLERANCE), column
