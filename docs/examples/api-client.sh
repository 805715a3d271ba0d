#!/usr/bin/env bash
# Creates a TenderBuilder draft from a draft file through the HTTP API, checks what the rules find,
# builds the tender package, downloads its ZIP and checks the ZIP's SHA-256 (and every file in it)
# against the package listing. Walked through in docs/api.md.
#
# Needs: bash, curl, jq, sha256sum (coreutils); unzip to check the files inside the ZIP (skipped without it).
#
#   TENDERBUILDER_URL=http://localhost:5080 TENDERBUILDER_API_KEY=tbk_… \
#     docs/examples/api-client.sh docs/examples/utrecht-like-concession.yaml [output folder]
#
# The key needs the scopes write (create), read (findings) and build (package).
set -euo pipefail

url="${TENDERBUILDER_URL:-http://localhost:5080}"
base="${url%/}/api/v1"
key="${TENDERBUILDER_API_KEY:?Set TENDERBUILDER_API_KEY to an API key (tbk_…).}"
file="${1:?Name a draft file (YAML or JSON), e.g. docs/examples/utrecht-like-concession.yaml.}"
out="${2:-./tender-package}"
mkdir -p "$out"
body="$(mktemp)"
trap 'rm -f "$body"' EXIT

# api METHOD PATH [curl arguments…]: the response body goes to $body, the status is printed.
# A 429 is waited out once (Retry-After); any other 4xx/5xx prints the problem detail and stops.
api() {
  local method="$1" path="$2" status headers
  shift 2
  headers="$(mktemp)"
  for attempt in 1 2; do
    status="$(curl -sS -X "$method" -H "Authorization: Bearer $key" -H 'Accept-Language: en' \
      -D "$headers" -o "$body" -w '%{http_code}' "$@" "$base$path")"
    if [[ "$status" == 429 && "$attempt" == 1 ]]; then
      local wait; wait="$(awk -F': ' 'tolower($1)=="retry-after"{print $2+0}' "$headers")"
      echo "Rate limited; waiting ${wait:-60} s." >&2
      sleep "${wait:-60}"
      continue
    fi
    break
  done
  rm -f "$headers"
  # Anything but a 2xx is a refusal: a redirect means the address is not the API (the web app
  # sends strangers to its sign-in page), so check TENDERBUILDER_URL.
  if (( status < 200 || status >= 300 )); then
    echo "$method $path: HTTP $status" >&2
    jq -r '"\(.title)\n\(.detail // "")", ((.errors // {}) | to_entries[] | "  \(.key): \(.value | join(" "))")' "$body" >&2 || cat "$body" >&2
    exit 1
  fi
  echo "$status"
}

# 1. Create the draft. The API reads the draft file as it is, YAML or JSON (no conversion needed).
case "$file" in
  *.json) type=application/json ;;
  *) type=application/yaml ;;
esac
api POST /drafts -H "Content-Type: $type" --data-binary "@$file" > /dev/null
id="$(jq -r .id "$body")"
echo "Draft $id: $(jq -r .title "$body") (revision $(jq -r .revision "$body"))"

# 2. What the rules find. Errors block the package; warnings and notes do not.
api GET "/drafts/$id/findings" > /dev/null
jq -r '"Findings: \(.errors) error(s), \(.warnings) warning(s)",
       (.findings[] | "  [\(.severity)] \(.message)")' "$body"
if [[ "$(jq .errors "$body")" != 0 ]]; then
  echo "Fix the errors (PATCH /drafts/$id/answers or PUT /drafts/$id/input), then build." >&2
  exit 2
fi

# 3. Build the package: every file with its size, SHA-256 and download address.
api GET "/drafts/$id/package" > /dev/null
cp "$body" "$out/package.json"
echo "Package of revision $(jq -r .revision "$body"): $(jq '.files | length' "$body") files"
expected="$(jq -r '.files[] | select(.path == "tender-package.zip") | .sha256' "$body")"
href="$(jq -r '.files[] | select(.path == "tender-package.zip") | .href' "$body")"

# 4. Download the ZIP (the href is the path from the server's root) and check it.
curl -sS --fail -H "Authorization: Bearer $key" -o "$out/tender-package.zip" "${base%/api/v1}$href"
actual="$(sha256sum "$out/tender-package.zip" | cut -d' ' -f1)"
if [[ "$actual" != "$expected" ]]; then
  echo "SHA-256 mismatch: listed $expected, downloaded $actual" >&2
  exit 3
fi
echo "tender-package.zip: $(stat -c %s "$out/tender-package.zip") bytes, SHA-256 $actual (matches the listing)"

# 5. Every file in the ZIP is the file the listing names, byte for byte.
if command -v unzip > /dev/null; then
  jq -r '.files[] | select(.path != "tender-package.zip") | "\(.sha256)  \(.path)"' "$out/package.json" |
    while read -r sum path; do
      [[ "$(unzip -p "$out/tender-package.zip" "$path" | sha256sum | cut -d' ' -f1)" == "$sum" ]] ||
        { echo "$path in the ZIP differs from the listing" >&2; exit 3; }
    done
  echo "Every file in the ZIP matches its SHA-256 in the listing."
fi
