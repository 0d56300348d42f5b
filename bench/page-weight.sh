#!/usr/bin/env bash
# Page weight of the first load of /kalkulator: the HTML plus every stylesheet (href="/css/..."),
# script (src="/webjars/...") and icon (<link rel="icon">) it references, fetched the way a
# browser with an empty cache would (Accept-Encoding: gzip). Prints, per resource, the body bytes
# transferred (curl's %{size_download}: compressed bytes when the server compresses), the decoded
# size, the Content-Encoding and the response-header bytes, then the totals.
#
# Against a running app:
#   BASE_URL=http://localhost:18080 bench/page-weight.sh      (bench/load-score.sh calls it)
# Only meant for the app on this machine (localhost).
set -euo pipefail

BASE_URL="${BASE_URL:-http://localhost:18080}"
BASE_URL="${BASE_URL%/}"
PAGE="${PAGE:-/kalkulator}"

command -v curl >/dev/null || { echo "error: curl not found" >&2; exit 1; }

if ! curl -fs -o /dev/null --max-time 10 "$BASE_URL$PAGE"; then
    echo "error: GET $BASE_URL$PAGE did not answer 2xx; is the app running? (set BASE_URL=...)" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# fetch PATH OUTFILE: prints "status bytes_transferred header_bytes content_encoding"
fetch() {
    curl -s --compressed -H 'Accept-Encoding: gzip' -o "$2" \
        -w '%{http_code} %{size_download} %{size_header} %header{content-encoding}\n' "$BASE_URL$1"
}

printf '%-60s %6s %8s %12s %12s %12s\n' "resource" "status" "encoding" "transferred" "decoded" "headers"
total_transferred=0
total_decoded=0
total_headers=0
failed=0

row() {
    local path=$1 file=$2 status bytes headers encoding decoded
    read -r status bytes headers encoding <<<"$(fetch "$path" "$file")"
    decoded=$( [[ -f "$file" ]] && wc -c <"$file" || echo 0)
    printf '%-60s %6s %8s %12s %12s %12s\n' "$path" "$status" "${encoding:-none}" "$bytes" "$decoded" "$headers"
    total_transferred=$(( total_transferred + bytes ))
    total_decoded=$(( total_decoded + decoded ))
    total_headers=$(( total_headers + headers ))
    [[ "$status" == 200 ]] || failed=$(( failed + 1 ))
}

row "$PAGE" "$work/page.html"

# Stylesheets and scripts referenced by the page (same-origin paths only), then the page's icon
# (<link rel="icon" href="/...">), which a browser also requests on a first visit.
mapfile -t resources < <( {
    grep -oE 'href="/css/[^"]+"|src="/webjars/[^"]+"' "$work/page.html" || true
    grep -oE '<link[^>]*rel="icon"[^>]*>' "$work/page.html" | grep -oE 'href="/[^"]+"' || true
} | sed -E 's/^(href|src)="//; s/"$//' | awk '!seen[$0]++')
if [[ ${#resources[@]} -eq 0 ]]; then
    echo "warning: no /css/, /webjars/ or icon references found in $PAGE" >&2
fi
n=0
for path in "${resources[@]}"; do
    n=$(( n + 1 ))
    row "$path" "$work/resource-$n"
done

printf '%-60s %6s %8s %12s %12s %12s\n' "total ($(( n + 1 )) requests)" "" "" \
    "$total_transferred" "$total_decoded" "$total_headers"
echo "transferred = body bytes on the wire (compressed when encoding is gzip); headers not included in it"
if (( failed > 0 )); then
    echo "error: $failed resource(s) did not return 200" >&2
    exit 1
fi
