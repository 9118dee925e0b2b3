#!/usr/bin/env bash
# Start-up benchmark of the installed program (quality targets: start to first drawn window within
# 1.15 x a bare JavaFX window packaged the same way; a usable library of 1 000 assessments within
# 1.5 x that bare window's first frame; idle window with 1 000 assessments under
# 250 MB resident). Builds the program's app-image and a bare window's app-image with the same
# runtime and options, fills a library of 1 000 assessments, then starts each 7 times, alternately,
# with and without the AOT cache, under one Xvfb, and prints medians, ratios, the time to a
# usable library (and to each step on the way) and memory, with the machine's load.
#
# Usage: installer/benchmark-startup.sh [runs per series, default 7]
# BENCH_SKIP_BUILD=1 reuses target/installer (and target/bench when there). Takes 3-6 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jdk=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
bench=target/bench

command -v Xvfb >/dev/null || { echo "Install Xvfb first: apt-get install -y xvfb libgtk-3-0" >&2; exit 1; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "[bench] building the program's app-image"
  mvn -B -q -Pinstaller package -DskipTests -Dinstaller.types=app-image
fi
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -x "$bench/installer/BareWindow/bin/BareWindow" ]; then
  echo "[bench] building the bare window's app-image"
  rm -rf "$bench" && mkdir -p "$bench/classes" "$bench/lib"
  cp target/lib/javafx-*.jar "$bench/lib/"
  "$jdk/bin/javac" -d "$bench/classes" -cp "$(ls "$bench"/lib/*.jar | tr '\n' :)" installer/bench/BareWindow.java
  "$jdk/bin/jar" --create --file "$bench/bare-window.jar" --main-class BareWindow -C "$bench/classes" .
  "$jdk/bin/java" installer/BuildInstaller.java project=. name=BareWindow mainClass=BareWindow \
    jar="$bench/bare-window.jar" libs="$bench/lib" out="$bench/installer" types=app-image training=first-frame | grep '^\[installer\] \(app-image\|AOT\)'
fi

program=target/installer/Baerekraftsjekk/bin/Baerekraftsjekk
bare=$bench/installer/BareWindow/bin/BareWindow

# A library of 1 000 assessments: copies of the example with numbered titles, imported by the CLI.
data=$(mktemp -d)
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
export DISPLAY=$display

example=$(ls src/main/resources/examples/*.bkj | head -1)
mkdir -p "$data/files"
for i in $(seq 1 1000); do
  sed "0,/\"title\": \"/s//\"title\": \"Sak $i: /" "$example" >"$data/files/sak-$i.bkj"
done
echo "[bench] importing 1 000 assessments"
JAVA_TOOL_OPTIONS="-Dbaerekraftsjekk.data=$data" "$program" import "$data"/files/*.bkj >/dev/null 2>&1
JAVA_TOOL_OPTIONS="-Dbaerekraftsjekk.data=$data" "$program" list 2>/dev/null | grep -c 'Sak ' >"$data/count.txt" || true
rm -rf "$data/files"
echo "[bench] library: $(cat "$data/count.txt") assessments"

echo "[bench] app-image sizes: program $(du -sh target/installer/Baerekraftsjekk | cut -f1)," \
  "bare window $(du -sh "$bench/installer/BareWindow" | cut -f1)"
echo "[bench] load before: $(uptime)"
"$jdk/bin/java" installer/bench/StartupBenchmark.java "$program" "$bare" "$data" "$runs"
echo "[bench] load after: $(uptime)"
