#!/usr/bin/env bash
# Runs every TenderBuilder test: unit, integration, both databases and the browser.
# It first installs what the tests need and the machine lacks (Debian's chromium, the
# PostgreSQL server binaries, Node.js and the eForms schematron runner's packages, qpdf, which
# checks every generated PDF, and clang and zlib1g-dev for the natively compiled command line),
# so it works on a fresh machine. It ends with one line:
#   N passed, N failed, N skipped
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

results="${TENDERBUILDER_TEST_RESULTS:-$PWD/TestResults}"

install_missing() {
  local missing=()
  [ -x "${TENDERBUILDER_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
  if [ -z "${TENDERBUILDER_PG_BIN:-}" ] && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    missing+=(postgresql)
  fi
  # The eForms schematron rules run on Node.js (tools/eforms-schematron).
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  # qpdf --check reads every generated PDF as a strict reader would (QpdfCheckTests).
  command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
  # The natively compiled command line (ADR 0023) is linked by clang against zlib.
  command -v clang >/dev/null 2>&1 || missing+=(clang)
  [ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "Installing what the tests need: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Reads one counter of a TRX file's <Counters .../> element.
counter() { grep -o '<Counters [^>]*>' "$1" | sed -n "s/.* $2=\"\([0-9]*\)\".*/\1/p"; }

summarise() {
  local passed=0 failed=0 skipped=0 files=0
  for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    files=$((files + 1))
    local p f s project
    p=$(counter "$trx" passed)
    f=$(( $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted) ))
    s=$(counter "$trx" notExecuted)
    # sed reads its whole input (unlike head), so no SIGPIPE trips pipefail on a large result file.
    project=$( (grep -o 'codeBase="[^"]*"' "$trx" || echo 'codeBase="(no tests)"') | sed -n '1{s/.*[/"]\([^/"]*\)"$/\1/; s/\.dll$//; p;}')
    printf '  %-32s %4d passed, %d failed, %d skipped\n' "$project" "$p" "$f" "$s"
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  done
  if [ "$files" -eq 0 ]; then
    echo "No test results were written."
  fi
  echo "$passed passed, $failed failed, $skipped skipped"
}

# The schematron runner's packages, exactly as package-lock.json pins them: installed when
# node_modules is missing, half-installed (npm writes its .package-lock.json last) or older
# than the lock file.
install_schematron_runner() {
  local runner=tools/eforms-schematron
  [ "$runner/node_modules/.package-lock.json" -nt "$runner/package-lock.json" ] && return 0
  echo "Installing the eForms schematron runner's packages"
  npm ci --prefix "$runner" --no-audit --no-fund --loglevel=error >/dev/null
}

install_missing
install_schematron_runner

rm -rf "$results"
export TENDERBUILDER_SCREENSHOTS="${TENDERBUILDER_SCREENSHOTS:-$results/screenshots}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

status=0
dotnet test TenderBuilder.sln --logger trx --results-directory "$results" || status=$?

echo
echo "Test results per project (screenshots in $TENDERBUILDER_SCREENSHOTS):"
summarise
exit "$status"
