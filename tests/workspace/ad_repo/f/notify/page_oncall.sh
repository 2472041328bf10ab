# Page the on-call engineer through the PBX gateway.
team="$1"
minutes="$2"
message="$3"
curl -fsS -X POST "https://pbx.riverbend.internal/page" \
  --data-urlencode "team=${team}" \
  --data-urlencode "ack_minutes=${minutes}" \
  --data-urlencode "message=${message}"
