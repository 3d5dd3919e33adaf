#!/usr/bin/env bash
# Builds the macOS .dmg of HashInsight Workstation on a macOS runner with Temurin 25 and Maven.
# It follows build-linux.sh step for step: the same jars, StripJars.java, stage-content.sh and jlink-modules.txt.
# NOTE: written for macOS runners and never run on the Linux build machine; check it on the first macOS build.
#
# Usage: installer/build-macos.sh          (run on the architecture you ship: osx-aarch64 or osx-x64)
# Output: target/installer/HashInsight-<version>.dmg
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -m)" in
  arm64) PLATFORM=osx-aarch64 ;;
  x86_64) PLATFORM=osx-x64 ;;
  *) echo "unsupported macOS architecture: $(uname -m)" >&2; exit 2 ;;
esac
if [ -n "${JAVA_HOME:-}" ]; then
  export PATH="$JAVA_HOME/bin:$PATH"
fi
OUT=target/installer
INPUT="$OUT/input"
CONTENT="$OUT/content"
RUNTIME="$OUT/runtime"

# The version comes from the pom, so the package and the app report the same number.
VERSION=$(grep -m1 -oE "<version>[^<]+" pom.xml | sed 's/<version>//')

mvn -q -B -ntp package -DskipTests
rm -rf "$OUT"
mkdir -p "$INPUT/lib"
cp target/hashinsight.jar "$INPUT/"
cp target/lib/*.jar "$INPUT/lib/"
java installer/StripJars.java "$INPUT/lib" "$PLATFORM"
installer/stage-content.sh "$CONTENT"

MODULES=$(jdeps --multi-release 25 --ignore-missing-deps --print-module-deps \
  --class-path "$INPUT/lib/*" "$INPUT/hashinsight.jar")
MODULES="$MODULES,$(grep -v -e '^#' -e '^$' installer/jlink-modules.txt | paste -sd, -)"
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress zip-9 \
  --include-locales en,zh --output "$RUNTIME"

# jpackage rejects a first version number of 0 on macOS (its CFBundleVersion check), so the bundle reads 1.x for a
# 0.x pom. The .dmg file is renamed to the pom version below, like the .deb and .msi.
MAC_VERSION=$(echo "$VERSION" | sed 's/^0\./1./')
jpackage --type dmg --dest "$OUT" --name HashInsight --app-version "$MAC_VERSION" \
  --input "$INPUT" --main-jar hashinsight.jar --main-class com.hashinsight.app.Launcher \
  --runtime-image "$RUNTIME" --icon installer/icon.icns \
  --app-content "$CONTENT/models" --app-content "$CONTENT/sample-data" \
  --vendor "HashInsight" --description "Mining fleet strategy workstation" \
  --mac-package-identifier com.hashinsight.workstation \
  --java-options "-Dai.djl.offline=true" --java-options "--enable-native-access=ALL-UNNAMED" \
  --java-options "-Dhashinsight.home=\$APPDIR"
if [ "$MAC_VERSION" != "$VERSION" ]; then
  mv "$OUT/HashInsight-$MAC_VERSION.dmg" "$OUT/HashInsight-$VERSION.dmg"
fi
ls -la "$OUT"/*.dmg
