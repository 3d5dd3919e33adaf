#!/usr/bin/env bash
# Builds the app-image, starts it headless on the bundled sample workspace, and checks its exit code and size.
#
# Usage: installer/smoke-test.sh [--skip-build] [--deb] [--gpu]   (options go to build-linux.sh)
# The app's --smoke flag loads the bundled HashTrans model, imports the demo workspace into a temporary data
# directory, scores the A/B/C comparison through HashTrans and exits with 0; it never opens a window. It exits with 1
# when the model is missing or does not match the app. OnnxRuntimeCheck then opens every graph file on its own.
set -euo pipefail
cd "$(dirname "$0")/.."
# 120 MB in decimal units, the stricter reading of the size target (120 MiB would allow 125.8 MB).
MAX_IMAGE_BYTES=120000000
IMAGE=target/installer/HashInsight
GPU=false
for arg in "$@"; do
  if [ "$arg" = --gpu ]; then GPU=true; IMAGE=target/installer-gpu/HashInsight; fi
done

installer/build-linux.sh "$@"

SMOKE_DIR=$(mktemp -d)
trap 'rm -rf "$SMOKE_DIR"' EXIT
echo "starting $IMAGE/bin/HashInsight --smoke"
STARTED=$(date +%s%N)
if ! timeout 300 "$IMAGE/bin/HashInsight" --smoke --data-dir "$SMOKE_DIR" > "$SMOKE_DIR/smoke.log" 2>&1; then
  cat "$SMOKE_DIR/smoke.log"
  echo "smoke test failed: the app-image did not exit with 0" >&2
  exit 1
fi
SMOKE_MS=$(( ($(date +%s%N) - STARTED) / 1000000 ))
cat "$SMOKE_DIR/smoke.log"
echo "smoke run: ${SMOKE_MS} ms"

# Open each graph file directly too, with the image's own runtime, jars and natives, and list its inputs.
javac -d "$SMOKE_DIR/classes" -cp "$IMAGE/lib/app/lib/*" installer/OnnxRuntimeCheck.java
# The GPU image keeps ONNX Runtime's natives in lib/app/ort-native instead of the jar (see build-linux.sh).
NATIVE_OPTIONS=()
if [ -d "$IMAGE/lib/app/ort-native" ]; then
  NATIVE_OPTIONS=(-Donnxruntime.native.path="$IMAGE/lib/app/ort-native")
fi
"$IMAGE/lib/runtime/bin/java" --enable-native-access=ALL-UNNAMED "${NATIVE_OPTIONS[@]}" \
  -cp "$SMOKE_DIR/classes:$IMAGE/lib/app/lib/*" OnnxRuntimeCheck "$IMAGE/lib/models/hashtrans-v1"

# Apparent size (du -sb), so the number does not depend on the file system's block size.
IMAGE_BYTES=$(du -sb "$IMAGE" | cut -f1)
if [ "$GPU" = true ]; then
  # ONNX Runtime's CUDA provider alone is about 345 MB, so the size limit applies to the CPU image only.
  echo "app-image size: $IMAGE_BYTES bytes (GPU variant, no size limit)"
  exit 0
fi
echo "app-image size: $IMAGE_BYTES bytes (limit $MAX_IMAGE_BYTES)"
if [ "$IMAGE_BYTES" -gt "$MAX_IMAGE_BYTES" ]; then
  echo "smoke test failed: app-image is $IMAGE_BYTES bytes, over the $MAX_IMAGE_BYTES byte limit" >&2
  exit 1
fi
echo "smoke test passed"
