#!/usr/bin/env bash
# Builds the Linux app-image (and, with --deb, a .deb) of HashInsight Workstation with jlink + jpackage.
#
# Usage: installer/build-linux.sh [--deb] [--skip-build]
# Output: target/installer/HashInsight (app-image) and target/installer/*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DEB=false
SKIP_BUILD=false
for arg in "$@"; do
  case "$arg" in
    --deb) BUILD_DEB=true ;;
    --skip-build) SKIP_BUILD=true ;;
    *) echo "unknown option: $arg (expected --deb or --skip-build)" >&2; exit 2 ;;
  esac
done

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
APP_NAME=HashInsight
OUT=target/installer
INPUT="$OUT/input"
RUNTIME="$OUT/runtime"

# The version comes from the pom, so the package and the app report the same number.
VERSION=$(grep -m1 -oP "(?<=<version>)[^<]+" pom.xml)

if [ "$SKIP_BUILD" = false ]; then
  mvn -q -B -ntp package -DskipTests
fi

rm -rf "$OUT"
mkdir -p "$INPUT/lib"
cp target/hashinsight.jar "$INPUT/"
cp target/lib/*.jar "$INPUT/lib/"

# Natives of other platforms, debug symbols and unused map data leave the jars (see StripJars.java).
java installer/StripJars.java "$INPUT/lib" linux-x64

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
  jpackage --type deb --dest "$OUT" --name hashinsight --app-version "$VERSION" \
    --app-image "$OUT/$APP_NAME" \
    --linux-package-name hashinsight --linux-shortcut --linux-menu-group Office \
    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1, libxtst6, libasound2 | libasound2t64" \
    --vendor "HashInsight" --description "Mining fleet strategy workstation" \
    --linux-deb-maintainer "support@hashinsight.invalid"
  ls -la "$OUT"/*.deb
fi
