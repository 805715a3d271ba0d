#!/usr/bin/env bash
# How long the web app takes from the start of its process to its first page.
#
#   scripts/first-page.sh [--jit] [--runs N] [--no-publish]
#
# Publishes the web app (Release; ReadyToRun for linux-x64, or plain IL with --jit) into
# artifacts/first-page/, then starts it N times (default 3) on a free loopback port with an
# embedded SQLite file in a fresh temporary folder: the first start finds an empty database and
# migrates it, the later ones open the existing database. Each start prints the milliseconds from
# launching the process until GET / answers 200 (redirects followed), then the app is stopped.
# --no-publish starts what an earlier run published (to measure on a quiet machine without building).
# Needs: the .NET 10 SDK, curl and python3 (for a free port). It installs nothing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=r2r runs=3 publish=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --jit) mode=jit ;;
    --runs) runs="$2"; shift ;;
    --no-publish) publish=no ;;
    *) echo "usage: $0 [--jit] [--runs N] [--no-publish]" >&2; exit 2 ;;
  esac
  shift
done
for tool in dotnet curl python3; do
  command -v "$tool" >/dev/null || { echo "first-page.sh needs $tool on the PATH" >&2; exit 2; }
done

out="artifacts/first-page/$mode"
if [ "$publish" = no ]; then
  [ -e "$out/TenderBuilder.Web.dll" ] || { echo "nothing published in $out yet: run without --no-publish first" >&2; exit 2; }
elif [ "$mode" = r2r ]; then
  dotnet publish src/TenderBuilder.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" -nologo -v q >/dev/null
else
  dotnet publish src/TenderBuilder.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=false -o "$out" -nologo -v q >/dev/null
fi

data=$(mktemp -d)
log="$data/app.log"
pid=""
stop() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; pid=""; }
trap 'stop; rm -rf "$data"' EXIT

echo "first page of the web app ($mode, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
for run in $(seq 1 "$runs"); do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  [ "$run" = 1 ] && what="empty database (migrated at start)" || what="existing database"
  start=$(date +%s%N)
  # Started from its own folder, as a deployment starts it: the folder it starts in is its content
  # root, whose files it watches, and from the checkout's root that meant opening every folder of
  # the checkout (0.2–0.6 s).
  (cd "$out" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=Sqlite Database__ConnectionString="Data Source=$data/tenderbuilder.db" \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    dotnet TenderBuilder.Web.dll) >"$log" 2>&1 &
  pid=$!
  code=000
  until [ "$code" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the app stopped before answering; its log:" >&2; cat "$log" >&2; exit 1
    fi
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 60000 ]; then
      echo "no page after 60 s; the app's log:" >&2; cat "$log" >&2; exit 1
    fi
    code=$(curl -s -L -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/" || true)
    [ "$code" = 200 ] || sleep 0.02
  done
  echo "run $run, $what: $(( ($(date +%s%N) - start) / 1000000 )) ms"
  stop
done
