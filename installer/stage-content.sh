#!/usr/bin/env bash
# Copies what the installers ship beside the jars into DEST: the bundled model and the sample data.
#
# Usage: installer/stage-content.sh DEST
# Output: DEST/models/hashtrans-v1 and DEST/sample-data, each passed to jpackage with --app-content.
set -euo pipefail
cd "$(dirname "$0")/.."
DEST="$1"
MODEL=models/hashtrans-v1

if [ ! -f "$MODEL/checksums.sha256" ]; then
  echo "$MODEL/checksums.sha256 is missing: the installers need the bundled model (see models/training)" >&2
  exit 1
fi
mkdir -p "$DEST/models"
cp -r "$MODEL" "$DEST/models/"
# The golden vectors (3 MB) let the test suite compare the Java graphs with PyTorch; the app never reads them.
# Their checksum lines go too, because the app verifies every file its checksum list names.
rm -rf "$DEST/$MODEL/golden"
grep -v -E '^[0-9a-fA-F]{64}[[:space:]]+\*?golden/' "$MODEL/checksums.sha256" > "$DEST/$MODEL/checksums.sha256"

# The simulator's ground truth is for training and evaluation, not for the app.
cp -r sample-data "$DEST/sample-data"
find "$DEST/sample-data" -type d -name ground-truth -prune -exec rm -rf {} +
echo "staged $MODEL ($(du -sk "$DEST/$MODEL" | cut -f1) KB) and sample-data ($(du -sk "$DEST/sample-data" | cut -f1) KB) in $DEST"
