# Reads one soil probe through the gateway's local API and prints the reading as JSON.
device="$1"
gateway="$2"
timeout_s="${3:-10}"

set -euo pipefail
reading=$(curl -fsS --max-time "$timeout_s" "http://${gateway}/probes/${device}/latest")
moisture=$(echo "$reading" | jq -r '.moisture_pct')
temp=$(echo "$reading" | jq -r '.temp_c')
echo "{\"device\": \"${device}\", \"moisture_pct\": ${moisture}, \"temp_c\": ${temp}}"
