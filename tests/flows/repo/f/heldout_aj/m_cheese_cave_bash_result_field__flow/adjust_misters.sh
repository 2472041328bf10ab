cave="$1"
delta="$2"
set -euo pipefail
ssh -o BatchMode=yes ops@cave-gateway "climatectl mist --zone $cave --delta $delta"
echo "adjusted"
