cave="$1"
set -euo pipefail
reading=$(ssh -o BatchMode=yes ops@cave-gateway "climatectl read --zone $cave --format csv")
humidity=$(echo "$reading" | cut -d, -f1)
temperature=$(echo "$reading" | cut -d, -f2)
echo "read $cave: rh=$humidity t=$temperature" >&2
echo "{\"humidity\": $humidity, \"temperature\": $temperature}" > ./result.json
