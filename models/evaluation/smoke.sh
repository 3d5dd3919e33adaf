#!/usr/bin/env bash
# Runs the evaluation harness at smoke size on synthetic worlds, then the evaluation tests against that run.
# Maven calls it in the integration-test phase; the synthetic worlds only check the plumbing, not the models.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON="${PYTHON:-$PWD/.venv/bin/python}"
OUT=target/evaluation-smoke
if [ ! -x "$PYTHON" ]; then
  echo "evaluation smoke: no Python at $PYTHON; run models/training/install.sh first" >&2
  exit 1
fi

rm -rf "$OUT"
"$PYTHON" -m models.evaluation.fixture --out "$OUT/worlds/train" --seeds 1 2 --entities 150 >/dev/null
"$PYTHON" -m models.evaluation.fixture --out "$OUT/worlds/test" --seeds 7 --entities 100 >/dev/null
"$PYTHON" -m models.evaluation.fixture --out "$OUT/worlds/hot" --seeds 8 --entities 100 --climate-shift-c 8 >/dev/null
"$PYTHON" -m models.evaluation.run --smoke --out "$OUT/run" \
  --train "$OUT"/worlds/train/seed-1 "$OUT"/worlds/train/seed-2 \
  --test "$OUT"/worlds/test/seed-7 "$OUT"/worlds/hot/seed-8

cd models/evaluation
EVALUATION_SMOKE_RUN="../../$OUT/run" "$PYTHON" -m pytest -q -p no:cacheprovider
