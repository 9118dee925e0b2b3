#!/usr/bin/env bash
# Command-line benchmark of the installed program (quality targets, whole process, wall time: one
# PDF report of the wind-power example at most 1.0 s, Word at most 1.3 s; a batch of 100 reports
# in one process under 150 ms a PDF and 250 ms a Word report, with memory that stays flat).
#
# Runs, alternately and in the same minutes so the machine's load falls alike on all: the
# command-line launcher (baerekraftsjekk-cli, its own AOT cache) for check, import and export to
# PDF and Word; the window's launcher (Baerekraftsjekk) for the same exports; and LibreOffice's own
# headless conversion of the same Word file to PDF, as a yardstick of this machine. Then batches of
# 10 and 100 reports in one process each, with their peak resident memory and the heap at exit.
# Prints medians, ratios and the load (uptime) beside them.
#
# Usage: installer/benchmark-cli.sh [runs per series, default 5]
# BENCH_SKIP_BUILD=1 reuses target/installer. Needs LibreOffice (apt-get install libreoffice-writer-nogui).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
app=target/installer/Baerekraftsjekk
cli=$app/bin/baerekraftsjekk-cli
window=$app/bin/Baerekraftsjekk
example=$PWD/src/main/resources/examples/vindkraft-omrade.bkj

command -v soffice >/dev/null || { echo "Install LibreOffice first: apt-get install -y libreoffice-writer-nogui" >&2; exit 1; }
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "[bench] building the program's app-image"
  mvn -B -q -Pinstaller package -DskipTests -Dinstaller.types=app-image
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export JAVA_TOOL_OPTIONS="-Dbaerekraftsjekk.data=$work/data"
mkdir -p "$work/out" "$work/lo" "$work/files"

# Wall time of one command in ms, its output thrown away; fails loudly if the command fails. Its
# CPU time (user + system, ms) goes to $work/cpu: on a shared machine it says what the command
# costs when wall time mostly says how busy the others are.
millis() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$work/cpu" "$@" >/dev/null 2>"$work/stderr" \
    || { echo "[bench] failed: $*" >&2; cat "$work/stderr" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
cpu() { awk '{printf "%d", ($1 + $2) * 1000}' "$work/cpu"; }
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# The Word file LibreOffice converts is the one the program makes; its profile is made once, uncounted.
"$cli" export "$example" --format docx --out "$work/vindkraft.docx" >/dev/null
soffice -env:UserInstallation=file://$work/lo-profile --headless --convert-to pdf --outdir "$work/lo" "$work/vindkraft.docx" >/dev/null 2>&1

declare -A series cpus
names="cli-check cli-import cli-pdf cli-docx window-pdf window-docx libreoffice"
echo "[bench] load before: $(uptime)"
for i in $(seq 1 "$runs"); do
  series[cli-check]+=" $(millis "$cli" check "$example")"; cpus[cli-check]+=" $(cpu)"
  series[cli-import]+=" $(millis "$cli" import "$example")"; cpus[cli-import]+=" $(cpu)"
  series[cli-pdf]+=" $(millis "$cli" export "$example" --format pdf --out "$work/out/a.pdf")"; cpus[cli-pdf]+=" $(cpu)"
  series[cli-docx]+=" $(millis "$cli" export "$example" --format docx --out "$work/out/a.docx")"; cpus[cli-docx]+=" $(cpu)"
  series[window-pdf]+=" $(millis "$window" export "$example" --format pdf --out "$work/out/b.pdf")"; cpus[window-pdf]+=" $(cpu)"
  series[window-docx]+=" $(millis "$window" export "$example" --format docx --out "$work/out/b.docx")"; cpus[window-docx]+=" $(cpu)"
  series[libreoffice]+=" $(millis soffice -env:UserInstallation=file://$work/lo-profile --headless --convert-to pdf --outdir "$work/lo" "$work/vindkraft.docx")"; cpus[libreoffice]+=" $(cpu)"
done
echo "[bench] load after:  $(uptime)"

echo
echo "One command, whole process, wall time and CPU time (ms), $runs runs each, alternating:"
declare -A med
for name in $names; do
  med[$name]=$(echo "${series[$name]}" | median)
  printf "  %-13s median %5d   CPU median %5d   runs%s\n" "$name" "${med[$name]}" "$(echo "${cpus[$name]}" | median)" "${series[$name]}"
done
echo "  targets: cli-pdf at most 1000, cli-docx at most 1300"
echo "  ratio to LibreOffice's conversion of the same Word file to PDF:" \
  "cli-pdf $(ratio "${med[cli-pdf]}" "${med[libreoffice]}"), cli-docx $(ratio "${med[cli-docx]}" "${med[libreoffice]}")," \
  "window-pdf $(ratio "${med[window-pdf]}" "${med[libreoffice]}"), window-docx $(ratio "${med[window-docx]}" "${med[libreoffice]}")"
echo "  command-line launcher / window's launcher: pdf $(ratio "${med[cli-pdf]}" "${med[window-pdf]}")," \
  "docx $(ratio "${med[cli-docx]}" "${med[window-docx]}")"

# Batches: distinct files (numbered titles, so distinct report names), one process per batch.
for i in $(seq 1 100); do
  sed "0,/\"title\": \"/s//\"title\": \"Sak $i: /" "$example" >"$work/files/sak-$i.bkj"
done
batch() { # format count -> "wall-ms peak-rss-kB old-generation-used-at-exit-kB"
  local format=$1 count=$2 start end rss heap
  rm -rf "$work/batch" "$work/heap.txt"
  start=$(date +%s%N)
  JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xlog:gc+exit:file=$work/heap.txt" /usr/bin/time -f "%M" -o "$work/rss.txt" \
    "$cli" export $(for i in $(seq 1 "$count"); do echo "$work/files/sak-$i.bkj"; done) --format "$format" --out "$work/batch" >/dev/null 2>"$work/stderr"
  end=$(date +%s%N)
  [ "$(ls "$work/batch" | wc -l)" = "$count" ] \
    || { cat "$work/stderr" >&2; echo "[bench] batch made $(ls "$work/batch" | wc -l) of $count reports" >&2; exit 1; }
  rss=$(tail -1 "$work/rss.txt")
  # Serial collector: what the old generation holds at exit, that is what outlived the collections
  # so far (the young generation's garbage is left out); it grows with the batch if reports leak.
  heap=$(grep -m1 'Tenured' "$work/heap.txt" | grep -oE 'used [0-9]+K' | tr -dc '0-9')
  echo "$(( (end - start) / 1000000 )) $rss $heap"
}
echo
echo "[bench] load before batches: $(uptime)"
echo "Batch export, one process (wall ms; peak resident MB; old generation of the heap in use at exit, MB):"
for format in pdf docx; do
  read -r w10 r10 h10 <<<"$(batch "$format" 10)"
  read -r w100 r100 h100 <<<"$(batch "$format" 100)"
  single=${med[cli-$format]}
  printf "  %-4s  10 reports %6d ms, %4d MB peak, heap %3d MB | 100 reports %6d ms, %4d MB peak, heap %3d MB\n" \
    "$format" "$w10" $((r10 / 1024)) $((h10 / 1024)) "$w100" $((r100 / 1024)) $((h100 / 1024))
  printf "        per report in 100: %d ms (whole process / 100), %d ms beyond the first ((100 reports - one report) / 99); target %s\n" \
    $((w100 / 100)) $(( (w100 - single) / 99 )) "$([ "$format" = pdf ] && echo 'under 150' || echo 'under 250')"
done
echo "[bench] load after batches:  $(uptime)"
