#!/usr/bin/env bash
# Creates .venv with the training requirements. Uses the package registry when it answers,
# and falls back to wheels on this machine's disk (pip --no-index --find-links) when it does not.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=.venv
REQUIREMENTS=models/training/requirements.txt
WHEEL_DIRS=(/opt/wheels /opt/pypi/files /opt/pypi-more/files)

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if "$VENV/bin/python" -c "import torch, onnx, onnxscript, onnxruntime, numpy, sklearn, matplotlib, pytest" 2>/dev/null; then
  echo "python requirements already installed in $VENV"
  exit 0
fi

if curl -fsS -m 8 -o /dev/null https://pypi.org/simple/pip/; then
  echo "installing python requirements from the registry"
  "$VENV/bin/pip" install --disable-pip-version-check \
      --extra-index-url https://download.pytorch.org/whl/cpu -r "$REQUIREMENTS"
else
  echo "package registry unreachable: installing python requirements from wheels on disk"
  FIND_LINKS=()
  for dir in "${WHEEL_DIRS[@]}"; do
    if [ -d "$dir" ]; then FIND_LINKS+=(--find-links "$dir"); fi
  done
  # torch's CPU wheel is tagged 2.13.0+cpu on disk, so allow any local tag of the pinned version.
  sed 's/^torch==2.13.0$/torch==2.13.0.*/' "$REQUIREMENTS" > "$VENV/requirements-offline.txt"
  "$VENV/bin/pip" install --disable-pip-version-check --no-index "${FIND_LINKS[@]}" -r "$VENV/requirements-offline.txt"
fi
