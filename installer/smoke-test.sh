#!/usr/bin/env bash
# Builds the app-image, starts it headless on the bundled sample workspace, and checks its exit code and size.
#
# Usage: installer/smoke-test.sh [--skip-build]
# The app's --smoke flag imports the demo workspace into a temporary data directory, computes the A/B/C
# comparison and exits with 0; it never opens a window.
set -euo pipefail
cd "$(dirname "$0")/.."
MAX_IMAGE_MB=120
IMAGE=target/installer/HashInsight

installer/build-linux.sh "$@"

SMOKE_DIR=$(mktemp -d)
trap 'rm -rf "$SMOKE_DIR"' EXIT
echo "starting $IMAGE/bin/HashInsight --smoke"
if ! timeout 300 "$IMAGE/bin/HashInsight" --smoke --data-dir "$SMOKE_DIR" > "$SMOKE_DIR/smoke.log" 2>&1; then
  cat "$SMOKE_DIR/smoke.log"
  echo "smoke test failed: the app-image did not exit with 0" >&2
  exit 1
fi
tail -20 "$SMOKE_DIR/smoke.log"

IMAGE_MB=$(du -sm "$IMAGE" | cut -f1)
echo "app-image size: $IMAGE_MB MB (limit $MAX_IMAGE_MB MB)"
if [ "$IMAGE_MB" -gt "$MAX_IMAGE_MB" ]; then
  echo "smoke test failed: app-image is $IMAGE_MB MB, over the $MAX_IMAGE_MB MB limit" >&2
  exit 1
fi
echo "smoke test passed"
