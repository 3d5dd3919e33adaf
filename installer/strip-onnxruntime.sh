#!/usr/bin/env bash
# Removes the ONNX Runtime natives of every platform but one from the onnxruntime jar, in place.
# Usage: installer/strip-onnxruntime.sh JAR PLATFORM   (PLATFORM: linux-x64, linux-aarch64, osx-x64, osx-aarch64, win-x64)
set -euo pipefail
JAR="$1"
KEEP="$2"
case "$KEEP" in
  linux-x64|linux-aarch64|osx-x64|osx-aarch64|win-x64) ;;
  *) echo "unknown platform: $KEEP" >&2; exit 2 ;;
esac
if [ "$(unzip -Z1 "$JAR" | grep -c "^ai/onnxruntime/native/$KEEP/")" -eq 0 ]; then
  echo "$JAR has no natives for $KEEP" >&2
  exit 1
fi
DROP=()
for platform in linux-x64 linux-aarch64 osx-x64 osx-aarch64 win-x64; do
  if [ "$platform" != "$KEEP" ]; then DROP+=("ai/onnxruntime/native/$platform/*"); fi
done
# Debug symbols are never loaded at run time.
zip -q -d "$JAR" "${DROP[@]}" "*.pdb" "*.dSYM/*" >/dev/null 2>&1 || true
echo "kept ONNX Runtime natives for $KEEP: $(du -m "$JAR" | cut -f1) MB"
