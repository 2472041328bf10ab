url="$1"
retries="${2:-3}"
set -euo pipefail
out="/tmp/prices_$$.csv"
curl -fsSL --retry "$retries" -o "$out" "$url"
echo "{\"path\": \"$out\", \"lines\": $(wc -l < "$out")}" > ./result.json
