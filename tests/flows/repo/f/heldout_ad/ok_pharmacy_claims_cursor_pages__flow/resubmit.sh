claim_id="$1"
override_code="${2:-01}"
curl -sf -X POST "https://switch.internal/claims/${claim_id}/resubmit" \
  -H "Content-Type: application/json" \
  -d "{\"override\": \"${override_code}\"}"
