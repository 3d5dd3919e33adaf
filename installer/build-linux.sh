#!/usr/bin/env bash
# Builds the Linux app-image (and, with --deb, a .deb) of HashInsight Workstation with jlink + jpackage.
#
# Usage: installer/build-linux.sh [--deb] [--skip-build] [--gpu]
# Output: target/installer/HashInsight (app-image) and target/installer/*.deb
# --gpu builds the GPU variant instead (Maven profile gpu: ONNX Runtime with the CUDA execution provider) into
# target/installer-gpu, with the package name hashinsight-gpu. It needs an NVIDIA driver, CUDA 12 and cuDNN 9 on the
# user's machine to use the GPU, and runs on the CPU without them.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DEB=false
SKIP_BUILD=false
GPU=false
for arg in "$@"; do
  case "$arg" in
    --deb) BUILD_DEB=true ;;
    --skip-build) SKIP_BUILD=true ;;
    --gpu) GPU=true ;;
    *) echo "unknown option: $arg (expected --deb, --skip-build or --gpu)" >&2; exit 2 ;;
  esac
done

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
APP_NAME=HashInsight
OUT=target/installer
PACKAGE_NAME=hashinsight
MAVEN_PROFILES=()
if [ "$GPU" = true ]; then
  OUT=target/installer-gpu
  PACKAGE_NAME=hashinsight-gpu
  MAVEN_PROFILES=(-Pgpu)
fi
INPUT="$OUT/input"
RUNTIME="$OUT/runtime"

# The version comes from the pom, so the package and the app report the same number.
VERSION=$(grep -m1 -oP "(?<=<version>)[^<]+" pom.xml)

if [ "$SKIP_BUILD" = false ]; then
  # A fresh target/lib, so the ONNX Runtime jar of the other variant does not stay beside this one.
  rm -rf target/lib
  mvn -q -B -ntp package -DskipTests "${MAVEN_PROFILES[@]}"
fi

rm -rf "$OUT"
mkdir -p "$INPUT/lib"
cp target/hashinsight.jar "$INPUT/"
cp target/lib/*.jar "$INPUT/lib/"

# Natives of other platforms, debug symbols and unused map data leave the jars (see StripJars.java). The GPU variant
# also moves ONNX Runtime's natives to ort-native/, where -Donnxruntime.native.path finds them without copying its
# 345 MB CUDA provider to a temporary folder at every start. The CPU variant keeps them in the jar, compressed, for
# its size limit (unpacked, its ONNX Runtime library takes 13 MB more).
if [ "$GPU" = true ]; then
  java installer/StripJars.java "$INPUT/lib" linux-x64 "$INPUT/ort-native"
  NATIVE_OPTIONS=(--java-options "-Donnxruntime.native.path=\$APPDIR/ort-native")
else
  java installer/StripJars.java "$INPUT/lib" linux-x64
  NATIVE_OPTIONS=()
fi

# A runtime trimmed to the JDK modules the app uses (JavaFX stays on the class path).
MODULES=$(jdeps --multi-release 25 --ignore-missing-deps --print-module-deps \
  --class-path "$INPUT/lib/*" "$INPUT/hashinsight.jar")
MODULES="$MODULES,$(grep -v -e '^#' -e '^$' installer/jlink-modules.txt | paste -sd, -)"
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress zip-9 \
  --include-locales en,zh --output "$RUNTIME"
# Temurin ships libjvm.so with its symbol table; the dynamic symbols are all the JVM needs (saves about 5 MB).
find "$RUNTIME" -name '*.so' -exec strip --strip-unneeded {} +

# The bundled model and the sample workspaces travel beside the jars.
CONTENT="$OUT/content"
installer/stage-content.sh "$CONTENT"

JAVA_OPTIONS=(
  --java-options "-Dai.djl.offline=true"
  --java-options "--enable-native-access=ALL-UNNAMED"
  --java-options "-Dhashinsight.home=\$APPDIR"
  "${NATIVE_OPTIONS[@]}"
)

jpackage --type app-image --dest "$OUT" --name "$APP_NAME" --app-version "$VERSION" \
  --input "$INPUT" --main-jar hashinsight.jar --main-class com.hashinsight.app.Launcher \
  --runtime-image "$RUNTIME" --icon installer/icon.png \
  --app-content "$CONTENT/models" --app-content "$CONTENT/sample-data" \
  --vendor "HashInsight" --description "Mining fleet strategy workstation" \
  "${JAVA_OPTIONS[@]}"

echo "app-image: $OUT/$APP_NAME ($(du -sb "$OUT/$APP_NAME" | cut -f1) bytes)"

if [ "$BUILD_DEB" = true ]; then
  # JavaFX's glass toolkit loads GTK 3 at run time, which dpkg cannot see inside the jars.
  jpackage --type deb --dest "$OUT" --name "$PACKAGE_NAME" --app-version "$VERSION" \
    --app-image "$OUT/$APP_NAME" \
    --linux-package-name "$PACKAGE_NAME" --linux-shortcut --linux-menu-group Office \
    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1, libxtst6, libasound2 | libasound2t64" \
    --vendor "HashInsight" --description "Mining fleet strategy workstation" \
    --linux-deb-maintainer "support@hashinsight.invalid"
  ls -la "$OUT"/*.deb
fi
