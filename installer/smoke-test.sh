#!/usr/bin/env bash
# Smoke test of the packaged program, run by .ci/run: builds the app-image (trimmed runtime, AOT
# caches) and checks that what a caseworker installs works: the packaged command line (--version,
# check, export to PDF when the command exists), the command-line launcher with its own AOT cache
# (check, import, export, batch export), and the packaged window under Xvfb, which must draw its
# first frame and make the library usable within 60 s, also when started with a .bkj file.
#
# Safe on a fresh Debian machine as root: installs Xvfb and GTK when missing. Takes 1-3 minutes.
# SMOKE_SKIP_BUILD=1 tests an app-image already in target/installer; SMOKE_DEB=1 also builds the
# .deb and checks its dependencies and desktop entry.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { echo "[smoke] $*"; }
fail() { echo "[smoke] FAILED: $*" >&2; exit 1; }

install_missing_packages() {
  local wanted=()
  command -v xvfb-run >/dev/null || wanted+=(xvfb xauth)
  command -v unzip >/dev/null || wanted+=(unzip)
  # The GTK 3 library is libgtk-3-0 up to Debian 12 and libgtk-3-0t64 from Debian 13.
  if ! ldconfig -p | grep -q 'libgtk-3.so.0'; then
    if apt-cache show libgtk-3-0t64 >/dev/null 2>&1; then wanted+=(libgtk-3-0t64); else wanted+=(libgtk-3-0); fi
  fi
  if [ "${SMOKE_DEB:-0}" = 1 ]; then
    command -v fakeroot >/dev/null || wanted+=(fakeroot)
  fi
  [ ${#wanted[@]} -eq 0 ] && return
  [ "$(id -u)" = 0 ] || fail "missing packages ${wanted[*]}; install them or run as root"
  log "installing ${wanted[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null; }
}

# Starts the packaged window under Xvfb with the start-up probe, waits for a line on its output and
# ends it. Arguments: output file, line to wait for, launcher arguments...
run_window_until() {
  local output=$1 line=$2; shift 2
  JAVA_TOOL_OPTIONS="-Dbaerekraftsjekk.startupProbe=true" \
    setsid xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@" >"$output" 2>&1 &
  local pid=$!
  local waited=0
  until grep -q "^$line" "$output"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$output" >&2; fail "the window ended before '$line'"
    fi
    if [ $waited -ge 600 ]; then
      kill -- -"$pid" 2>/dev/null || true; cat "$output" >&2; fail "no '$line' within 60 s"
    fi
    sleep 0.1; waited=$((waited + 1))
  done
  grep -E '^(FIRST_FRAME|LIBRARY_SHOWN|LIBRARY_USABLE)' "$output" | sed 's/^/[smoke]   /'
  echo "$pid"  >"$output.pid"
}

stop_window() {
  local pid; pid=$(cat "$1.pid")
  kill -- -"$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

install_missing_packages

if [ "${SMOKE_SKIP_BUILD:-0}" != 1 ]; then
  types=app-image
  [ "${SMOKE_DEB:-0}" = 1 ] && types=app-image,deb
  log "building the $types (mvn -Pinstaller package)"
  mvn -B -q -Pinstaller package -DskipTests -Dinstaller.types=$types
fi

app=target/installer/Baerekraftsjekk/bin/Baerekraftsjekk
[ -x "$app" ] || fail "no packaged launcher at $app"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The program keeps its library in $XDG_DATA_HOME/baerekraftsjekk on Linux: use a fresh one.
export XDG_DATA_HOME="$work/data"
example=$(ls src/main/resources/examples/*.bkj 2>/dev/null | head -1 || true)
[ -n "$example" ] || fail "no example .bkj under src/main/resources/examples"

log "app-image size: $(du -sh target/installer/Baerekraftsjekk | cut -f1)"

# Jars are stored uncompressed, but XMLBeans' compiled schemas must stay deflated: it reads them a
# few bytes at a time, and from a stored entry each read is a system call (a Word report from the
# command line took 1.6 s instead of 1.2 s).
schemas=$(ls target/installer/Baerekraftsjekk/lib/app/lib/poi-ooxml-full-*.jar | head -1)
listing=$(unzip -v "$schemas")
stored_xsb=$(awk '$2 == "Stored" && $NF ~ /\.xsb$/' <<<"$listing" | wc -l)
deflated_xsb=$(awk '$2 ~ /^Defl/ && $NF ~ /\.xsb$/' <<<"$listing" | wc -l)
stored_classes=$(awk '$2 == "Stored" && $NF ~ /\.class$/' <<<"$listing" | wc -l)
[ "$stored_xsb" = 0 ] && [ "$deflated_xsb" -gt 1000 ] \
  || fail "$(basename "$schemas"): $stored_xsb schema files stored, $deflated_xsb deflated (all must be deflated)"
[ "$stored_classes" -gt 1000 ] || fail "$(basename "$schemas"): only $stored_classes classes stored uncompressed"
log "  $(basename "$schemas"): $deflated_xsb schema files deflated, $stored_classes classes stored"

log "command line: --version"
version=$("$app" --version)
[ "$(wc -l <<<"$version")" = 1 ] && grep -q "^Bærekraftsjekk " <<<"$version" \
  || fail "--version printed '$version', not one line"
log "  $version"

log "command line: check $(basename "$example")"
"$app" check "$example" >"$work/check.json" || fail "check exited with $?"
grep -Eq '"valid" *: *true' "$work/check.json" || { cat "$work/check.json"; fail "check did not find the example valid"; }

# Output is captured before grep -q reads it: with pipefail, grep leaving early would fail the pipe.
help=$("$app" --help)
if grep -qE '^\s+export\s' <<<"$help"; then
  log "command line: export to PDF"
  "$app" export "$example" --format pdf --out "$work/report.pdf" >/dev/null || fail "export exited with $?"
  head -c 5 "$work/report.pdf" | grep -q '%PDF-' || fail "export did not write a PDF"
  log "  $(stat -c %s "$work/report.pdf") bytes"
else
  log "command line: export skipped, --help lists no 'export' command yet"
fi

cli=target/installer/Baerekraftsjekk/bin/baerekraftsjekk-cli
# A library of its own: the window's tests below count what opening the example imports.
cli() { XDG_DATA_HOME="$work/cli-data" "$cli" "$@"; }
log "command-line launcher: $(basename "$cli")"
[ -x "$cli" ] || fail "no command-line launcher at $cli"
grep -q 'AOTCache=$APPDIR/cli.aot' target/installer/Baerekraftsjekk/lib/app/baerekraftsjekk-cli.cfg \
  || fail "the command-line launcher does not use its own AOT cache"
[ -s target/installer/Baerekraftsjekk/lib/app/cli.aot ] || fail "no command-line AOT cache"
# Exactly one line: anything the JVM says on standard output (a warning about an option this
# machine does not support, such as huge pages) would land in what scripts read from the commands.
cli_version=$(cli --version)
[ "$(wc -l <<<"$cli_version")" = 1 ] && grep -q "^Bærekraftsjekk " <<<"$cli_version" \
  || fail "$(basename "$cli") --version printed '$cli_version', not one line"
# A command named first is the only one the launcher makes; without one, the help lists them all.
help=$(cli --help)
for command in check import export export-bkj list restore portfolio profile server; do
  grep -qE "^\s+$command\s" <<<"$help" || fail "$(basename "$cli") --help does not list '$command'"
done
# Nothing on standard error: a cache the JVM cannot use would say so there.
cli check "$example" >"$work/cli-check.json" 2>"$work/cli-check.err" || fail "check exited with $?"
grep -Eq '"valid" *: *true' "$work/cli-check.json" || fail "the command-line launcher's check did not find the example valid"
[ ! -s "$work/cli-check.err" ] || { cat "$work/cli-check.err" >&2; fail "check wrote to standard error"; }
cli export "$example" --format pdf --out "$work/cli-report.pdf" >/dev/null 2>"$work/cli-export.err" || fail "export to PDF exited with $?"
head -c 5 "$work/cli-report.pdf" | grep -q '%PDF-' || fail "the command-line launcher's export did not write a PDF"
[ ! -s "$work/cli-export.err" ] || { cat "$work/cli-export.err" >&2; fail "export to PDF wrote to standard error"; }
cli import "$example" >/dev/null || fail "import exited with $?"
cli export 1 --format docx --out "$work/report.docx" >/dev/null || fail "export from the library exited with $?"
head -c 2 "$work/report.docx" | grep -q 'PK' || fail "export did not write a Word file"
log "  help, check, export to PDF, import and export from the library work"

log "command-line launcher: batch export"
echo '{ "not": "an assessment" }' >"$work/broken.bkj"
cli export "$example" "$example" 1 --format pdf --out "$work/batch" >"$work/batch.out" || fail "batch export exited with $?"
[ "$(ls "$work/batch" | grep -c '\.pdf$')" = 3 ] || { ls "$work/batch"; fail "batch export of 3 sources did not make 3 PDFs"; }
ls "$work/batch" | grep -qF ' (2).pdf' || fail "two sources with one name did not get distinct files"
set +e
cli export "$example" "$work/broken.bkj" --format docx --out "$work/batch-docx" >/dev/null 2>"$work/batch.err"
code=$?
set -e
[ "$code" = 2 ] || fail "a batch with an invalid file exited with $code, not 2"
[ "$(ls "$work/batch-docx" | grep -c '\.docx$')" = 1 ] || fail "a batch with an invalid file did not make the good report"
grep -q "broken.bkj" "$work/batch.err" || fail "the batch did not name the invalid file"
log "  3 PDFs in one process; an invalid file is named, exit 2, the other report made"

log "window: first frame and a usable library under Xvfb"
run_window_until "$work/window.log" LIBRARY_USABLE
# The window holds its log until the first frame is drawn, then writes it: it must be there while
# the window still runs, not only when it ends.
logfile="$XDG_DATA_HOME/baerekraftsjekk/logs/baerekraftsjekk.log"
for _ in $(seq 1 50); do
  grep -q "Library open" "$logfile" 2>/dev/null && break
  sleep 0.1
done
grep -q "Library open" "$logfile" 2>/dev/null || { stop_window "$work/window.log"; fail "the running window wrote no log to $logfile"; }
log "  log written while the window runs: $(grep -c . "$logfile") lines"
stop_window "$work/window.log"

log "window: started with a .bkj file, as the file manager does"
title=$(grep -m1 -oP '"title"\s*:\s*"\K[^"]+' "$example")
before=$("$app" list | grep -cF "$title" || true)
run_window_until "$work/open.log" LIBRARY_SHOWN "$example"
for _ in $(seq 1 100); do
  now=$("$app" list | grep -cF "$title" || true)
  [ "$now" -gt "$before" ] && break
  sleep 0.1
done
stop_window "$work/open.log"
[ "$now" -gt "$before" ] || fail "the window did not import $(basename "$example")"
log "  imported «$title»"

log "window: the same .bkj opened again opens what is there, no copy"
run_window_until "$work/again.log" LIBRARY_SHOWN "$example"
sleep 2
again=$("$app" list | grep -cF "$title" || true)
stop_window "$work/again.log"
[ "$again" -eq "$now" ] || fail "opening $(basename "$example") again made a copy ($now before, $again after)"
log "  still $again in the library"

if [ "${SMOKE_DEB:-0}" = 1 ]; then
  deb=$(ls target/installer/*.deb | head -1)
  log "deb: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
  depends=$(dpkg-deb -f "$deb" Depends)
  contents=$(dpkg-deb -c "$deb")
  grep -q 'libgtk-3-0' <<<"$depends" || fail "the .deb does not depend on GTK 3"
  grep -q '\.desktop$' <<<"$contents" || fail "the .deb has no desktop entry"
  grep -q 'lib/app/app.aot$' <<<"$contents" || fail "the .deb has no AOT cache"
  grep -q 'bin/baerekraftsjekk-cli$' <<<"$contents" || fail "the .deb has no command-line launcher"
  grep -q 'lib/app/cli.aot$' <<<"$contents" || fail "the .deb has no command-line AOT cache"
fi

log "passed"
