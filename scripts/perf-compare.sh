#!/usr/bin/env bash
# The whole-process build of the largest example, side by side with LibreOffice converting one of
# its documents, in one hyperfine run; prints the table and how many times faster the build is.
#
#   scripts/perf-compare.sh [--runs N] [--cli native|r2r|jit] [--no-publish]
#
# 1. Publishes the command line (Release): natively compiled by default (ADR 0023), or
#    ReadyToRun (--cli r2r), or plain IL run by the JIT (--cli jit), into artifacts/perf-compare/
#    (--no-publish takes what an earlier run published there, to measure without building first).
# 2. Builds docs/examples/utrecht-like-concession.yaml once, for its specification as a .docx.
# 3. One hyperfine run, 1 warm-up and N runs (default 10) of each command:
#    - `tenderbuilder build` of the whole package (five documents in Word, PDF and HTML, the
#      compliance matrix, the open data, the EU notice, the manifest and the ZIP), start-up included;
#    - `libreoffice --headless --convert-to pdf` of the specification .docx alone (with a
#      LibreOffice profile of its own in the temporary folder, so yours is left alone).
#
# Needs hyperfine, LibreOffice (Debian: libreoffice-writer), python3, and for the native command
# clang and zlib1g-dev. It installs nothing: it says what is missing and stops.
# Measure on a quiet machine: other builds running change both figures, not by the same factor.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=10 cli=native publish=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --cli) cli="$2"; shift ;;
    --no-publish) publish=no ;;
    *) echo "usage: $0 [--runs N] [--cli native|r2r|jit] [--no-publish]" >&2; exit 2 ;;
  esac
  shift
done

missing=()
command -v dotnet >/dev/null || missing+=("the .NET 10 SDK (dotnet)")
command -v hyperfine >/dev/null || missing+=("hyperfine (Debian: apt-get install hyperfine)")
command -v libreoffice >/dev/null || missing+=("LibreOffice (Debian: apt-get install libreoffice-writer)")
command -v python3 >/dev/null || missing+=("python3")
if [ "$cli" = native ]; then
  command -v clang >/dev/null || missing+=("clang, to compile the native command (Debian: apt-get install clang)")
  [ -e /usr/include/zlib.h ] || missing+=("zlib's headers, to link the native command (Debian: apt-get install zlib1g-dev)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  printf 'perf-compare.sh needs:\n' >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 2
fi

out="artifacts/perf-compare/$cli"
case "$cli" in
  native)
    [ "$publish" = no ] || dotnet publish src/TenderBuilder.Cli -c Release -r linux-x64 -o "$out" -nologo -v q >/dev/null
    tenderbuilder="$out/tenderbuilder" ;;
  r2r)
    [ "$publish" = no ] || dotnet publish src/TenderBuilder.Cli -c Release -r linux-x64 --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true -o "$out" -nologo -v q >/dev/null
    tenderbuilder="dotnet $out/tenderbuilder.dll" ;;
  jit)
    [ "$publish" = no ] || dotnet publish src/TenderBuilder.Cli -c Release -r linux-x64 --self-contained false -p:PublishAot=false -o "$out" -nologo -v q >/dev/null
    tenderbuilder="dotnet $out/tenderbuilder.dll" ;;
  *) echo "--cli is native, r2r or jit" >&2; exit 2 ;;
esac

[ -e "$out/tenderbuilder" ] || { echo "nothing published in $out: run without --no-publish first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
example=docs/examples/utrecht-like-concession.yaml
$tenderbuilder build "$example" --out "$work/first" --date 2026-11-29 >/dev/null
cp "$work/first/technical-specifications.docx" "$work/"

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run; command line: $cli"
hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/table.md" --export-json "$work/times.json" \
  -n "tenderbuilder build (whole package, $cli)" \
  "$tenderbuilder build $example --out $work/out --date 2026-11-29" \
  -n 'libreoffice --convert-to pdf (specification DOCX)' \
  "libreoffice -env:UserInstallation=file://$work/lo-profile --headless --convert-to pdf --outdir $work/lo $work/technical-specifications.docx"
echo
cat "$work/table.md"
echo
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/times.json" <<'PY'
import json, sys
build, convert = json.load(open(sys.argv[1]))["results"]
print(f"The whole package is built {convert['mean'] / build['mean']:.1f} times faster than LibreOffice converts the specification "
      f"(means: {build['mean'] * 1000:.0f} ms against {convert['mean'] * 1000:.0f} ms).")
PY
