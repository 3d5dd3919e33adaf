"""Copy a run's results tables into the model card, between two marker comments.

    python -m models.evaluation.card --run docs/model-card --card docs/model-card.md

The card's prose stays hand-written and only the block between the markers is replaced. A test compares that block
with the run's results.md, so the card cannot show other numbers than the run wrote.
"""

from __future__ import annotations

import argparse
from pathlib import Path

BEGIN = "<!-- results:begin (written by python -m models.evaluation.card; do not edit) -->"
END = "<!-- results:end -->"


def results_block(card_text: str) -> str:
    """Return the text between the markers; raises ValueError when they are missing."""
    start, stop = card_text.find(BEGIN), card_text.find(END)
    if start < 0 or stop < start:
        raise ValueError(f"model card lacks the markers {BEGIN!r} ... {END!r}")
    return card_text[start + len(BEGIN):stop].strip("\n") + "\n"


def sync(card: Path, run: Path) -> None:
    """Replace the card's results block with the run's results.md."""
    text = card.read_text(encoding="utf-8")
    results_block(text)  # validates the markers
    start, stop = text.find(BEGIN) + len(BEGIN), text.find(END)
    tables = (run / "results.md").read_text(encoding="utf-8").strip("\n")
    card.write_text(text[:start] + "\n" + tables + "\n" + text[stop:], encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, required=True, help="output folder of models.evaluation.run")
    parser.add_argument("--card", type=Path, required=True, help="Markdown model card with the results markers")
    args = parser.parse_args()
    sync(args.card, args.run)


if __name__ == "__main__":
    main()
