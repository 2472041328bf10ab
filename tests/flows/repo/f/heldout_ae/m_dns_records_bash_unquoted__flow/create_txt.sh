# shellcheck shell=bash
set -euo pipefail

zone_id=$1
record_name="$2"
token="$3"
ttl="${4:-300}"

export CF_API_TOKEN="$CLOUDFLARE_TOKEN"
flarectl dns create --zone "$zone_id" --type TXT --name "$record_name" --content "$token" --ttl "$ttl"
echo "{\"record\": \"$record_name\", \"ttl\": $ttl}"
