#!/usr/bin/env bash
# Builds the macOS .dmg of HashInsight Workstation on a macOS runner with Temurin 25 and Maven.
# NOTE: written for macOS runners and never run on the Linux build machine; check it on the first macOS build.
#
# Usage: installer/build-macos.sh          (run on the architecture you ship: osx-aarch64 or osx-x64)
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -m)" in
  arm64) PLATFORM=osx-aarch64 ;;
  x86_64) PLATFORM=osx-x64 ;;
  *) echo "unsupported macOS architecture: $(uname -m)" >&2; exit 2 ;;
esac
VERSION=$(grep -m1 -oE "<version>[^<]+" pom.xml | sed 's/<version>//')
OUT=target/installer
INPUT="$OUT/input"

mvn -q -B -ntp package -DskipTests
rm -rf "$OUT" && mkdir -p "$INPUT/lib" "$OUT/content/models"
cp target/hashinsight.jar "$INPUT/" && cp target/lib/*.jar "$INPUT/lib/"
installer/strip-onnxruntime.sh "$(ls "$INPUT"/lib/onnxruntime-[0-9]*.jar)" "$PLATFORM"
cp -r models/hashtrans-v1 "$OUT/content/models/"
cp -r sample-data "$OUT/content/sample-data"

MODULES=$(jdeps --multi-release 25 --ignore-missing-deps --print-module-deps \
  --class-path "$INPUT/lib/*" "$INPUT/hashinsight.jar")
jlink --add-modules "$MODULES,java.sql,java.naming,java.management,jdk.unsupported,java.desktop,jdk.localedata,jdk.crypto.ec,jdk.zipfs" \
  --strip-debug --no-header-files --no-man-pages --compress zip-9 --include-locales en,zh --output "$OUT/runtime"

# macOS wants a version with a non-zero first number for the bundle; 0.x is mapped to 1.x here.
MAC_VERSION=$(echo "$VERSION" | sed 's/^0\./1./')
jpackage --type dmg --dest "$OUT" --name HashInsight --app-version "$MAC_VERSION" \
  --input "$INPUT" --main-jar hashinsight.jar --main-class com.hashinsight.app.Launcher \
  --runtime-image "$OUT/runtime" --icon installer/icon.icns \
  --app-content "$OUT/content/models" --app-content "$OUT/content/sample-data" \
  --mac-package-identifier com.hashinsight.workstation \
  --java-options "-Dai.djl.offline=true" --java-options "--enable-native-access=ALL-UNNAMED" \
  --java-options "-Dhashinsight.home=\$APPDIR"
ls -la "$OUT"/*.dmg
