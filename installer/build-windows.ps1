# Builds the Windows .msi of HashInsight Workstation on a Windows runner with Temurin 25, Maven and WiX 3.x
# (jpackage needs WiX's candle.exe and light.exe on PATH).
# It follows build-linux.sh step for step: the same jars, StripJars.java, the content of stage-content.sh and
# jlink-modules.txt.
# NOTE: written for Windows runners and never run on the Linux build machine; check it on the first Windows build.
#
# Usage: powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-Gpu]
# Output: target\installer\HashInsight-<version>.msi
# -Gpu builds the GPU variant instead (Maven profile gpu: ONNX Runtime with the CUDA execution provider) into
# target\installer-gpu as HashInsight-GPU-<version>.msi.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$gpu = $args -contains "-Gpu"

# Runs a native tool and stops the build when it fails, because PowerShell does not stop on exit codes by itself.
# A plain function (no param block), so arguments such as -q and --add-modules reach the tool unchanged in $args.
function Invoke-Tool {
  $tool, $arguments = $args
  & $tool @arguments
  if ($LASTEXITCODE -ne 0) { throw "$tool failed with exit code $LASTEXITCODE" }
}

# The version comes from the pom, so the package and the app report the same number.
$version = ([xml](Get-Content pom.xml)).project.version
$out = if ($gpu) { "target\installer-gpu" } else { "target\installer" }
$profiles = if ($gpu) { @("-Pgpu") } else { @() }
# The two variants install side by side, each with its own name and upgrade code.
$name = if ($gpu) { "HashInsight-GPU" } else { "HashInsight" }
$upgradeCode = if ($gpu) { "0b7e3f52-8d61-4c2e-b1a4-7e95c0d2a6f3" } else { "6f1d1c1e-5c3a-4d47-9a35-2f0f6f3b8e21" }
$inputDir = "$out\input"
$content = "$out\content"
$model = "$content\models\hashtrans-v1"

# A fresh target\lib, so the ONNX Runtime jar of the other variant does not stay beside this one.
if (Test-Path target\lib) { Remove-Item -Recurse -Force target\lib }
Invoke-Tool mvn -q -B -ntp package -DskipTests @profiles
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$inputDir\lib", "$content\models" | Out-Null
Copy-Item target\hashinsight.jar $inputDir
Copy-Item target\lib\*.jar "$inputDir\lib"
# NOTE: unlike build-linux.sh --gpu, the GPU variant keeps ONNX Runtime's natives in the jar, so each start copies
# the 323 MB CUDA provider to a temporary folder; pass a third StripJars argument and -Donnxruntime.native.path as
# build-linux.sh does once a Windows build can test it.
Invoke-Tool java installer\StripJars.java "$inputDir\lib" win-x64

# The same content as stage-content.sh: the model without its golden test vectors (and their checksum lines),
# and the sample data without the simulator's ground truth.
Copy-Item -Recurse models\hashtrans-v1 "$content\models\"
Remove-Item -Recurse -Force "$model\golden"
Get-Content models\hashtrans-v1\checksums.sha256 | Where-Object { $_ -notmatch '^[0-9a-fA-F]{64}\s+\*?golden/' } |
  Set-Content -Encoding ascii "$model\checksums.sha256"
Copy-Item -Recurse sample-data "$content\sample-data"
Get-ChildItem -Recurse -Directory -Filter ground-truth "$content\sample-data" | Remove-Item -Recurse -Force

$modules = Invoke-Tool jdeps --multi-release 25 --ignore-missing-deps --print-module-deps --class-path "$inputDir\lib\*" "$inputDir\hashinsight.jar"
$extraModules = (Get-Content installer\jlink-modules.txt | Where-Object { $_ -and $_ -notmatch '^#' }) -join ','
Invoke-Tool jlink --add-modules "$modules,$extraModules" --strip-debug --no-header-files --no-man-pages --compress zip-9 `
  --include-locales en,zh --output "$out\runtime"

Invoke-Tool jpackage --type msi --dest $out --name $name --app-version $version `
  --input $inputDir --main-jar hashinsight.jar --main-class com.hashinsight.app.Launcher `
  --runtime-image "$out\runtime" --icon installer\icon.ico `
  --app-content "$content\models" --app-content "$content\sample-data" `
  --vendor "HashInsight" --description "Mining fleet strategy workstation" `
  --win-menu --win-shortcut --win-dir-chooser --win-upgrade-uuid $upgradeCode `
  --java-options "-Dai.djl.offline=true" --java-options "--enable-native-access=ALL-UNNAMED" `
  --java-options "-Dhashinsight.home=`$APPDIR"
Get-ChildItem "$out\*.msi"
