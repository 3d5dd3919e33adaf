# Builds the Windows .msi of HashInsight Workstation on a Windows runner with Temurin 25, Maven and WiX 3.x
# (jpackage needs WiX's candle.exe and light.exe on PATH).
# NOTE: written for Windows runners and never run on the Linux build machine; check it on the first Windows build.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$version = ([xml](Get-Content pom.xml)).project.version
$out = "target\installer"
$inputDir = "$out\input"

mvn -q -B -ntp package -DskipTests
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$inputDir\lib", "$out\content\models" | Out-Null
Copy-Item target\hashinsight.jar $inputDir
Copy-Item target\lib\*.jar "$inputDir\lib"

# Keep only the win-x64 ONNX Runtime natives (the jar ships every platform plus debug symbols).
$ortJar = Get-ChildItem "$inputDir\lib\onnxruntime-[0-9]*.jar" | Select-Object -First 1
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::Open($ortJar.FullName, "Update")
$drop = $zip.Entries | Where-Object { $_.FullName -like "ai/onnxruntime/native/*" -and $_.FullName -notlike "ai/onnxruntime/native/win-x64/*" -or $_.FullName -like "*.pdb" }
$drop | ForEach-Object { $_.Delete() }
$zip.Dispose()

Copy-Item -Recurse models\hashtrans-v1 "$out\content\models\"
Copy-Item -Recurse sample-data "$out\content\sample-data"

$modules = jdeps --multi-release 25 --ignore-missing-deps --print-module-deps --class-path "$inputDir\lib\*" "$inputDir\hashinsight.jar"
jlink --add-modules "$modules,java.sql,java.naming,java.management,jdk.unsupported,java.desktop,jdk.localedata,jdk.crypto.ec,jdk.zipfs" `
  --strip-debug --no-header-files --no-man-pages --compress zip-9 --include-locales en,zh --output "$out\runtime"

jpackage --type msi --dest $out --name HashInsight --app-version $version `
  --input $inputDir --main-jar hashinsight.jar --main-class com.hashinsight.app.Launcher `
  --runtime-image "$out\runtime" --icon installer\icon.ico `
  --app-content "$out\content\models" --app-content "$out\content\sample-data" `
  --win-menu --win-shortcut --win-dir-chooser --win-upgrade-uuid 6f1d1c1e-5c3a-4d47-9a35-2f0f6f3b8e21 `
  --java-options "-Dai.djl.offline=true" --java-options "--enable-native-access=ALL-UNNAMED" `
  --java-options "-Dhashinsight.home=`$APPDIR"
Get-ChildItem "$out\*.msi"
